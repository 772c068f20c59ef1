import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

@Suite struct RouterPlannerTests {
    func plans(_ text: String, environment: [String: String] = ["DX_KEY": "s3cret-key"], vendor: Vendor? = nil) throws
        -> [RouterPlan]
    {
        try VendorConfigFixture.plans(text, vendor: vendor, environment: environment)
    }

    @Test func plansTheFixture() throws {
        let plan = try #require(try plans(SimulationFixture.base).first)
        #expect(plan.routerName == "edge-1")
        #expect(plan.localASN == ASN(64496))
        #expect(plan.interfaces.map { "\($0.parent).\($0.vlan)" } == ["eth1.101"])
        let neighbor = try #require(plan.neighbors.first)
        #expect(neighbor.peerAddress == IPAddress("198.51.100.250"))
        #expect(neighbor.authKey == SafeBGPKey.check("s3cret-key", for: .frr).map(ResolvedAuthKey.value))
        #expect(neighbor.authKey?.text == "s3cret-key")
        #expect(neighbor.bfd == .aws)
        #expect(neighbor.prefixLimits.accepted == 100)
        #expect(neighbor.prefixLimits.restartMinutes == PrefixLimitPlan.defaultRestartMinutes)
        #expect(
            neighbor.importPolicy.acceptRegion && neighbor.importPolicy.acceptContinent
                && neighbor.importPolicy.acceptUntagged)
        #expect(neighbor.importPolicy.prefixFilter == nil)
        #expect(
            neighbor.exportPolicy.entries == [
                .init(prefix: IPPrefix("198.51.100.0/24")!, communities: [.customerContinent], prepend: 0)
            ])
        #expect(plan.originated == [IPPrefix("198.51.100.0/24")!])
        #expect(plan.internetExport.uplinks == ["isp-a"])
        #expect(plan.findings.isEmpty)
    }

    @Test func unsetKeyGivesAMarkedPlaceholderAndAWarning() throws {
        let plan = try #require(try plans(SimulationFixture.base, environment: [:]).first)
        #expect(plan.neighbors.first?.authKey == .placeholder("DX_KEY"))
        #expect(plan.neighbors.first?.authKey?.text == "DXPLAN-SET-DX_KEY")
        #expect(plan.findings.map(\.id) == ["bgp-auth-key-unset"])
        let unsafe = try #require(try plans(SimulationFixture.base, environment: ["DX_KEY": "bad key\nneighbor"]).first)
        #expect(unsafe.findings.map(\.id) == ["bgp-auth-key-unsafe"])
        #expect(!unsafe.findings[0].message.contains("bad key"))
    }

    @Test func vendorDefaultsAndLimits() throws {
        let junos = try #require(try plans(SimulationFixture.base, vendor: .junos).first)
        #expect(junos.interfaces.first?.parent == "xe-0/0/0")
        let long = SimulationFixture.base.replacingOccurrences(
            of: "    router: edge-1\n    virtual",
            with: "    router: edge-1\n    interface: enp0s31f6verylong\n    virtual")
        let plan = try #require(try plans(long).first)
        #expect(plan.findings.contains { $0.id == "interface-name-too-long" })
    }

    @Test func serviceFilterIsExactOrLongerWithoutChangingWhatMatches() throws {
        let text = SimulationFixture.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        accept_services: [AMAZON_CONNECT]\n")
        let input = try SimulationFixture.input(text)
        let plan = try #require(
            RouterPlanner(input: input, simulation: Simulator.run(input), environment: [:]).plans().first)
        let policy = try #require(plan.neighbors.first?.importPolicy)
        let filter = ServiceFilter(
            entries: try #require(policy.prefixFilter), exceptions: policy.prefixFilterExceptions)
        // 15.193.0.0/19 holds 15.193.6.0/24 (both AMAZON_CONNECT): one exact-or-longer entry covers both.
        #expect(
            filter.entries == [
                PrefixListEntry(prefix: IPPrefix("15.193.0.0/19")!, upTo: 32),
                PrefixListEntry(prefix: IPPrefix("52.55.191.224/27")!, upTo: 32),
            ])
        for prefix in input.aws.prefixes where prefix.prefix.family == .ipv4 {
            #expect(filter.matches(prefix.prefix) == prefix.has(service: "AMAZON_CONNECT"), "\(prefix.prefix)")
        }
        // A more-specific AWS might advertise later is accepted too (aws-ip-ranges-syntax).
        #expect(filter.matches(IPPrefix("52.55.191.240/28")!))
    }

    @Test func serviceFilterExceptsUnwantedAdvertisedMoreSpecificsAndReportsAggregates() {
        var universe = PrefixTrie<Int>()
        for (index, text) in ["10.0.0.0/8", "10.1.0.0/16", "10.2.0.0/16", "11.0.0.0/8", "12.0.0.0/8", "12.1.0.0/16"]
            .enumerated()
        {
            universe.insert(IPPrefix(text)!, index)
        }
        let wanted = [IPPrefix("10.0.0.0/8")!, IPPrefix("10.1.0.0/16")!, IPPrefix("12.1.0.0/16")!]
        let filter = PrefixListPlanner.filter(wanted: wanted, universe: universe)
        #expect(
            filter.entries == [
                PrefixListEntry(prefix: IPPrefix("10.0.0.0/8")!, upTo: 32),
                PrefixListEntry(prefix: IPPrefix("12.1.0.0/16")!, upTo: 32),
            ])
        #expect(filter.exceptions == [IPPrefix("10.2.0.0/16")!])
        for (prefix, _) in universe.moreSpecifics(of: IPPrefix("0.0.0.0/0")!) {
            #expect(filter.matches(prefix) == wanted.contains(prefix), "\(prefix)")
        }
        let covered = PrefixListPlanner.coveringAggregates(wanted: wanted, universe: universe)
        #expect(covered.map(\.prefix) == [IPPrefix("12.1.0.0/16")!])
        #expect(covered.map(\.aggregate) == [IPPrefix("12.0.0.0/8")!])
    }

    @Test func commentsCannotCarryInjection() {
        #expect(ConfigText.comment("Corp\n router bgp 1; } \"x\"") == "Corp  router bgp 1, ) 'x'")
        #expect(
            ConfigText.comment("Amazon's 203.0.113.10/31 'pub-fr5-v4' ok? /* x */")
                == "Amazon's 203.0.113.10/31 'pub-fr5-v4' ok / * x * /")
    }

    /// The received-route guard is sized from what AWS advertises for the family (never from what
    /// the policy keeps), so a filtering VIF is not torn down when AWS's whole table arrives.
    @Test func sizesTheReceivedLimitFromAWSsAdvertisements() throws {
        let plan = try #require(try plans(SimulationFixture.base).first)
        let limits = try #require(plan.neighbors.first?.prefixLimits)
        let input = try SimulationFixture.input(SimulationFixture.base)
        let advertised = input.aws.count(.ipv4)
        #expect(limits.advertisedByAWS == advertised)
        #expect(limits.received >= advertised + advertised / 5)
        #expect(limits.received % 100 == 0 && limits.received >= limits.accepted)
        #expect(PrefixLimitPlan.withHeadroom(7713) == 9300)
        #expect(PrefixLimitPlan.withHeadroom(0) == 100)
    }
}
