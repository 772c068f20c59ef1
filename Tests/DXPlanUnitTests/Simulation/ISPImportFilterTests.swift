import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXRouting
@testable import DXSimulation

/// `reject_aws_prefixes` on an ISP uplink (Docs/Simulation.md, "ISP import filter"): the fix of
/// `internet-more-specific`, and its trade-off when Direct Connect is down.
@Suite struct ISPImportFilterTests {
    /// The fixture's ISP with the filter and its default route.
    static let filtered = SimulationFixture.base.replacingOccurrences(
        of: "    default_route: true\n", with: "    default_route: true\n    reject_aws_prefixes: true\n")
    /// The fixture's ISP with the filter and no default route.
    static let filteredWithoutDefault = SimulationFixture.base.replacingOccurrences(
        of: "    default_route: true\n", with: "    reject_aws_prefixes: true\n")
    static let table = "15.193.6.0/25 64510 16509\n8.8.8.0/24 64510 15169\n15.193.0.0/19 64510 16509\n"

    @Test func theKeyIsDecodedAndDefaultsToOff() throws {
        let on = try TopologyFixture.decode(Self.filtered)
        #expect(on.internet[0].rejectsAWSPrefixes)
        #expect(on.internet[0].rejectAWSPrefixes?.location.column == 26)
        let off = try TopologyFixture.decode(SimulationFixture.base)
        #expect(!off.internet[0].rejectsAWSPrefixes && off.internet[0].rejectAWSPrefixes == nil)
        let wrong = TopologyFixture.errors(
            SimulationFixture.base.replacingOccurrences(
                of: "    default_route: true\n", with: "    reject_aws_prefixes: yes\n"))
        #expect(wrong.count == 1)
        #expect(wrong.first?.contains("expected true or false for 'reject_aws_prefixes'") == true)
    }

    @Test func theFilterRemovesTheMoreSpecificThatTookPartOfTheRange() throws {
        let unfiltered = try SimulationFixture.simulate(SimulationFixture.base, tables: ["isp-a": Self.table])
        #expect(!unfiltered.verdict.forward)
        #expect(unfiltered.findings.contains { $0.id == "internet-more-specific" })
        let result = try SimulationFixture.simulate(Self.filtered, tables: ["isp-a": Self.table])
        #expect(result.verdict == Verdict(forward: true, returnPath: true))
        #expect(!result.findings.contains { $0.id == "internet-more-specific" })
        let media = try #require(result.destinations.first { $0.prefix.description == "15.193.6.0/24" })
        #expect(media.segments.map(\.prefix.description) == ["15.193.6.0/24"])
        #expect(media.segments[0].decision.kind == .directConnect)
    }

    /// Only routes equal to or inside an AWS prefix go: other routes and the default route stay.
    @Test func routesOutsideAWSAndTheDefaultRouteStay() throws {
        let input = try SimulationFixture.input(Self.filtered, tables: ["isp-a": Self.table])
        let uplink = input.uplinks[0]
        #expect(uplink.routes.prefixes.map(\.description) == ["8.8.8.0/24"])
        #expect(uplink.routes[exact: .defaultRoute(.ipv4)] != nil)
        #expect(uplink.rejectedRoutes.prefixes.map(\.description) == ["15.193.0.0/19", "15.193.6.0/25"])
        let rib = Simulator.rib(input, scenario: .none)
        #expect(rib.decide(IPPrefix("8.8.8.8/32")!).via == ["isp-a"])
    }

    /// `dxplan` reads ISP tables on a thread of their own and gives them to the input afterwards
    /// (`addTables`): the filter applies there exactly as to tables given up front.
    @Test func tablesAddedAfterTheInputAreFilteredToo() throws {
        let upFront = try SimulationFixture.input(Self.filtered, tables: ["isp-a": Self.table])
        var later = try SimulationFixture.input(Self.filtered)
        later.addTables(["isp-a": try InternetTable.parse(Array(Self.table.utf8), file: "isp-a.txt")])
        #expect(later.uplinks[0].routes.prefixes == upFront.uplinks[0].routes.prefixes)
        #expect(later.uplinks[0].rejectedRoutes.prefixes.map(\.description) == ["15.193.0.0/19", "15.193.6.0/25"])
        #expect(Simulator.run(later).verdict == Simulator.run(upFront).verdict)
    }

    @Test func explainShowsTheRejectedISPRouteAndWhy() throws {
        let input = try SimulationFixture.input(Self.filtered, tables: ["isp-a": Self.table])
        let explanation = RouteExplanation.explain(IPPrefix("15.193.6.1/32")!, input: input)
        let isp = explanation.candidates.filter { $0.origin == .internet(uplink: "isp-a") }
        #expect(isp.map(\.prefix.description) == ["15.193.6.0/25", "15.193.0.0/19", "0.0.0.0/0"])
        #expect(isp[0].rejection == .awsPrefixFromISP(uplink: "isp-a", awsPrefix: IPPrefix("15.193.0.0/19")))
        #expect(
            isp[0].rejection?.description
                == "reject_aws_prefixes of isp-a: equal to or inside a prefix AWS advertises on the public VIFs (15.193.0.0/19)"
        )
        #expect(isp[1].rejection == .awsPrefixFromISP(uplink: "isp-a", awsPrefix: IPPrefix("15.193.0.0/19")))
        #expect(isp[2].isAccepted)
        #expect(explanation.segments.count == 1)
        #expect(explanation.segments[0].decision.via == ["pub-1"])
    }

    /// Without a default route the filter leaves nothing for AWS destinations once Direct Connect
    /// is down: the Connect ranges are dropped, and the findings say why.
    @Test func withoutADefaultRouteAWSIsUnreachableWhenDirectConnectIsDown() throws {
        let down = try SimulationFixture.simulate(
            Self.filteredWithoutDefault, tables: ["isp-a": Self.table], failures: ["dx-1"])
        #expect(!down.verdict.forward)
        let media = try #require(down.destinations.first { $0.prefix.description == "15.193.6.0/24" })
        #expect(media.segments.allSatisfy { $0.decision.kind == .none })
        let finding = try #require(down.findings.first { $0.id == "no-direct-connect-route" })
        #expect(
            finding.message.contains(
                "(reject_aws_prefixes on 'isp-a' rejects the ISP routes to AWS prefixes, and no default route is sent)")
        )

        let input = try SimulationFixture.input(Self.filteredWithoutDefault, tables: ["isp-a": Self.table])
        let base = Simulator.run(input, scenario: .none)
        #expect(base.verdict.connectOverDirectConnect)
        var runs: [FailureRun] = []
        Simulator.forEachSingleFailureVerdict(input) { runs.append($0) }
        let dx = try #require(runs.first { $0.failed == ["dx-1"] })
        #expect(dx.hasUnroutedDestination)
        let findings = FailureMatrix.findings(base: base, runs: runs, topology: input.topology)
        let warning = try #require(
            findings.first { $0.id == "single-failure-breaks-connect" && $0.message.hasPrefix("if 'dx-1' fails") })
        #expect(warning.message.contains("AWS destinations are unreachable while Direct Connect is down"))
        // The router's failure takes the ISP with it: the filter is not the cause there.
        let router = try #require(findings.first { $0.message.hasPrefix("if 'edge-1' fails") })
        #expect(!router.message.contains("reject_aws_prefixes"))

        // With the default route the same failure sends Connect to the Internet instead.
        let withDefault = try SimulationFixture.simulate(
            Self.filtered, tables: ["isp-a": Self.table], failures: ["dx-1"])
        let fallback = try #require(withDefault.destinations.first { $0.prefix.description == "15.193.6.0/24" })
        #expect(fallback.segments.allSatisfy { $0.decision.kind == .internet })
        #expect(!withDefault.findings.contains { $0.message.contains("reject_aws_prefixes on") })
    }

    @Test func theMoreSpecificFindingPointsToTheFilter() {
        #expect(Rule.internetMoreSpecific.fix.contains("reject_aws_prefixes: true"))
    }

    /// `container(of:)` against a scan of every listed prefix, on random prefixes of both families.
    @Test func outermostPrefixesAgreeWithAScan() {
        var rng = SplitMix64(seed: 11)
        func random() -> IPPrefix {
            if rng.next() % 4 == 0 {
                let address = IPv6Address(high: 0x2600_0000_0000_0000 | (rng.next() >> 40), low: 0)
                return IPPrefix(containing: .v6(address), length: Int(rng.next() % 48) + 16)!
            }
            let bits = UInt32(truncatingIfNeeded: rng.next()) & 0x0FFF_FFFF
            return IPPrefix(containing: .v4(IPv4Address(bits)), length: Int(rng.next() % 25) + 4)!
        }
        let listed = (0..<400).map { _ in random() }
        let set = OutermostPrefixes(listed)
        for index in set.prefixes.indices.dropFirst() {
            #expect(
                set.prefixes[index - 1] < set.prefixes[index] && !set.prefixes[index - 1].overlaps(set.prefixes[index]))
        }
        for _ in 0..<5_000 {
            let query = random()
            let scanned = listed.filter { $0.contains(query) }.min { $0.length < $1.length }
            #expect(set.container(of: query) == scanned, "\(query)")
        }
    }

    /// The real circa-2024 full table against the 2026-08-22 ip-ranges.json: 9,017 of its
    /// 1,062,046 routes are equal to or inside a non-China AWS prefix (6,860 IPv4, 2,157 IPv6;
    /// counted independently with Python's `ipaddress`).
    @Test func theFullTableLosesExactlyItsRoutesInsideAWSPrefixes() throws {
        guard let tableURL = SharedTestData.file("bgp-fulltable-prefixes-v4v6-circa-2024-01.txt.gz"),
            let rangesURL = SharedTestData.file("ip-ranges-2026-08-22.json")
        else { return }
        let bytes = try GzipFile.read(tableURL.path, limit: InternetTable.maximumFileSize)
        let table = try InternetTable.parse(bytes, file: tableURL.lastPathComponent)
        let ranges = try AWSIPRanges.load(path: rangesURL.path)
        let topology = try TopologyFixture.decode(Self.filteredWithoutDefault)
        let input = SimulationInput(topology: topology, ranges: ranges, tables: ["isp-a": table])
        let uplink = input.uplinks[0]
        #expect(uplink.rejectedRoutes.prefixes.count == 9_017)
        #expect(uplink.rejectedRoutes.prefixes.filter { $0.family == .ipv4 }.count == 6_860)
        #expect(uplink.routes.prefixes.count == 1_062_046 - 9_017)
        // No route kept is inside an AWS prefix, and every rejected one is.
        let aws = input.aws.index
        for prefix in uplink.rejectedRoutes.prefixes.prefix(500) { #expect(!aws.covering(prefix).isEmpty) }
        let kept = uplink.routes.prefixes
        #expect(stride(from: 0, to: kept.count, by: 100).allSatisfy { aws.longestMatch(kept[$0]) == nil })
        let result = Simulator.run(input, scenario: .none)
        #expect(!result.findings.contains { $0.id == "internet-more-specific" })
    }
}
