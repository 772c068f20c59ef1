import DXTestSupport
import Testing

@testable import DXCore
@testable import DXModel
@testable import DXPlanning
@testable import DXSimulation

/// The policies as ordered terms, decided once in the planner (PolicyPlanner): each `accept`,
/// `accept_services`, export and ISP case gives the expected terms, every policy ends with an
/// explicit default reject.
@Suite struct PolicyPlannerTests {
    /// One line per term: `NAME: conditions -> actions disposition`.
    static func describe(_ terms: [PolicyTerm]) -> [String] {
        terms.map { term in
            let conditions = term.conditions.map { condition in
                switch condition {
                case .community(let set): "community \(set.name)"
                case .prefixSet(let set): "prefix \(set.name)"
                }
            }
            let actions = term.actions.map { action in
                switch action {
                case .setLocalPreference(let value): "local-pref \(value)"
                case .addCommunities(let set): "add \(set.communities.map(\.description).joined(separator: ","))"
                case .prependOwnAS(let count): "prepend \(count)"
                }
            }
            let match = conditions.isEmpty ? "any" : conditions.joined(separator: " & ")
            return "\(term.name): \(match) -> \((actions + ["\(term.disposition)"]).joined(separator: ", "))"
        }
    }

    static func intent(
        region: Bool = true, continent: Bool = true, untagged: Bool = true, filter: [PrefixListEntry]? = nil,
        exceptions: [IPPrefix] = []
    ) -> ImportPolicyPlan {
        ImportPolicyPlan(
            name: "", acceptRegion: region, acceptContinent: continent, acceptUntagged: untagged,
            prefixFilter: filter, prefixFilterExceptions: exceptions, prefixFilterName: "", localPreference: 250)
    }

    static func importTerms(_ intent: ImportPolicyPlan, vendor: Vendor = .frr) -> [String] {
        var names = PolicyNameAllocator(vendor: vendor, routerName: "edge-1")
        return describe(
            PolicyPlanner.importPolicy(intent, family: .ipv4, subject: "pub-1", at: nil, names: &names).terms)
    }

    @Test func acceptEveryScope() {
        #expect(
            Self.importTerms(Self.intent()) == [
                "REGION: community AWS-7224-8100 -> local-pref 250, accept",
                "CONTINENT: community AWS-7224-8200 -> local-pref 250, accept",
                "UNTAGGED: any -> local-pref 250, accept",
                "REJECT: any -> reject",
            ])
    }

    @Test func acceptRegionOnly() {
        #expect(
            Self.importTerms(Self.intent(continent: false, untagged: false)) == [
                "REGION: community AWS-7224-8100 -> local-pref 250, accept",
                "CONTINENT: community AWS-7224-8200 -> reject",
                "UNTAGGED: any -> reject",
                "REJECT: any -> reject",
            ])
    }

    @Test func acceptServicesRejectsTheExceptionsFirstAndFiltersEveryKeptScope() {
        let block = PrefixListEntry(prefix: IPPrefix("15.193.0.0/19")!, upTo: 32)
        let terms = Self.importTerms(
            Self.intent(continent: false, filter: [block], exceptions: [IPPrefix("15.193.1.0/24")!]))
        #expect(
            terms == [
                "EXCEPT: prefix DX-SERVICES-pub-1-EXCEPT -> reject",
                "REGION: community AWS-7224-8100 & prefix DX-SERVICES-pub-1 -> local-pref 250, accept",
                "CONTINENT: community AWS-7224-8200 -> reject",
                "UNTAGGED: prefix DX-SERVICES-pub-1 -> local-pref 250, accept",
                "REJECT: any -> reject",
            ])
    }

    @Test func anEmptyServiceFilterAcceptsNothing() {
        #expect(
            Self.importTerms(Self.intent(filter: [])) == [
                "REGION: community AWS-7224-8100 -> reject",
                "CONTINENT: community AWS-7224-8200 -> reject",
                "UNTAGGED: any -> reject",
                "REJECT: any -> reject",
            ])
    }

    @Test func exportOneTermPerPrefixWithCommunitiesAndPrepend() {
        let intent = ExportPolicyPlan(
            name: "",
            entries: [
                .init(
                    prefix: IPPrefix("198.51.100.0/24")!, communities: [.customerContinent, BGPCommunity("65000:1")!],
                    prepend: 2),
                .init(prefix: IPPrefix("203.0.113.0/24")!, communities: [], prepend: 0),
            ])
        var names = PolicyNameAllocator(vendor: .iosXE, routerName: "edge-1")
        let policy = PolicyPlanner.exportPolicy(intent, subject: "pub-1", at: nil, names: &names)
        #expect(policy.name == "DX-OUT-pub-1")
        #expect(
            Self.describe(policy.terms) == [
                "P1: prefix DX-OUT-pub-1-10 -> add 7224:9200,65000:1, prepend 2, accept",
                "P2: prefix DX-OUT-pub-1-20 -> accept",
                "REJECT: any -> reject",
            ])
        #expect(
            policy.routePolicy.prefixSets.map { $0.entries.map(\.prefix.description) } == [
                ["198.51.100.0/24"], ["203.0.113.0/24"],
            ])
        // Only Junos adds communities by a named community.
        var junos = PolicyNameAllocator(vendor: .junos, routerName: "edge-1")
        let named = PolicyPlanner.exportPolicy(intent, subject: "pub-1", at: nil, names: &junos)
        #expect(named.routePolicy.communitySets.map(\.name) == ["DX-OUT-pub-1-P1"])
        #expect(policy.routePolicy.communitySets.map(\.name) == [""])
    }

    static func isp(defaultRoute: Bool, table: Bool, rejectAWS: Bool) -> ISPNeighborPlan {
        ISPNeighborPlan(
            uplink: "isp-a", remoteASN: ASN(64510)!, peerAddress: IPAddress("192.0.2.1")!,
            localAddress: IPAddress("192.0.2.2")!, description: "", rejectsAWSPrefixes: rejectAWS,
            acceptsDefaultRoute: defaultRoute, acceptsTable: table, localPreference: 90)
    }

    static func ispTerms(_ neighbor: ISPNeighborPlan) -> [String] {
        var names = PolicyNameAllocator(vendor: .eos, routerName: "edge-1")
        let filter = AWSPrefixFilterPlan(
            name: "AWS-PREFIXES", entries: [PrefixListEntry(prefix: IPPrefix("3.80.0.0/12")!, upTo: 32)])
        let policy = PolicyPlanner.ispImport(neighbor, awsPrefixes: filter, names: &names)
        #expect(policy.name == "FROM-ISP-isp-a")
        return describe(policy.terms)
    }

    @Test func ispImportCases() {
        #expect(
            Self.ispTerms(Self.isp(defaultRoute: true, table: false, rejectAWS: false)) == [
                "DEFAULT: prefix DEFAULT-ROUTE -> local-pref 90, accept", "REJECT: any -> reject",
            ])
        #expect(
            Self.ispTerms(Self.isp(defaultRoute: false, table: true, rejectAWS: true)) == [
                "AWS: prefix AWS-PREFIXES -> reject", "DEFAULT: prefix DEFAULT-ROUTE -> reject",
                "TABLE: any -> local-pref 90, accept", "REJECT: any -> reject",
            ])
        #expect(
            Self.ispTerms(Self.isp(defaultRoute: true, table: true, rejectAWS: true)) == [
                "AWS: prefix AWS-PREFIXES -> reject", "DEFAULT: prefix DEFAULT-ROUTE -> local-pref 90, accept",
                "TABLE: any -> local-pref 90, accept", "REJECT: any -> reject",
            ])
        #expect(
            Self.ispTerms(Self.isp(defaultRoute: false, table: false, rejectAWS: false)) == [
                "DEFAULT: prefix DEFAULT-ROUTE -> reject", "REJECT: any -> reject",
            ])
    }

    @Test func ispExportOnlyTheCustomerPrefixesPerFamily() {
        var names = PolicyNameAllocator(vendor: .iosXR, routerName: "edge-1")
        let export = PolicyPlanner.internetExport(
            InternetExportPlan(
                name: "", prefixes: [IPPrefix("198.51.100.0/24")!, IPPrefix("2001:db8:100::/48")!], uplinks: []),
            names: &names)
        #expect(export.name == "TO-ISP")
        #expect(
            Self.describe(export.terms) == [
                "CUSTOMER: prefix CUSTOMER-PREFIXES -> accept", "CUSTOMER-V6: prefix CUSTOMER-PREFIXES-V6 -> accept",
                "REJECT: any -> reject",
            ])
    }

    @Test func everyPlannedPolicyEndsWithTheDefaultReject() throws {
        let input = try SimulationFixture.input(SimulationFixture.base)
        for vendor in Vendor.allCases {
            let plans = RouterPlanner(input: input, simulation: Simulator.run(input), environment: [:]).plans(
                vendor: vendor)
            for plan in plans {
                let policies =
                    plan.neighbors.flatMap { [$0.importPolicy.routePolicy, $0.exportPolicy.routePolicy] }
                    + [plan.internetExport.routePolicy] + plan.ispNeighbors.map(\.importPolicy)
                for policy in policies {
                    let last = try #require(policy.terms.last)
                    #expect(last.name == "REJECT" && last.conditions.isEmpty && last.actions.isEmpty)
                    #expect(last.disposition == .reject, "\(vendor) \(policy.name)")
                }
            }
        }
    }
}
