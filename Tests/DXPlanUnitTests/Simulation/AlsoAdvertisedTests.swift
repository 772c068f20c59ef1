import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation

/// `assumptions.aws_also_advertises` (Docs/Simulation.md, "What AWS may also advertise"): a prefix
/// list added to what AWS advertises on each public VIF, tagged by the covering ip-ranges Region.
@Suite struct AlsoAdvertisedTests {
    /// The fixture with the list named and the VIF preferred over the ISP (local-pref 200), so a
    /// Direct Connect route wins at equal prefix length.
    static let topology =
        SimulationFixture.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        local_preference: 200\n")
        + "assumptions:\n  aws_also_advertises: also.txt\n"

    /// Inside EC2 us-east-1 (home: 8100), inside EC2 us-east-2 (same continent: 8200), inside EC2
    /// eu-central-1 (untagged), covered by nothing (untagged), equal to an ip-ranges prefix
    /// (ignored), inside the Connect media /24, inside EC2 us-east-1 IPv6; one repeated.
    static let list = """
        # AS16509, a few lines
        3.80.5.0/24
        3.129.0.0/24
        18.184.1.0/24
        203.0.113.0/24
        15.193.6.0/24
        15.193.6.0/25
        2600:1f18:100::/40
        3.80.5.0/24

        """

    static func prefixList(_ text: String = list) throws -> PrefixListFile {
        try PrefixListFile.parse(Array(text.utf8), file: "also.txt")
    }

    static func input(_ text: String = topology, list: String = list, tables: [String: String] = [:]) throws
        -> SimulationInput
    {
        let topology = try TopologyFixture.decode(text)
        var parsed: [String: InternetTable] = [:]
        for (name, table) in tables {
            parsed[name] = try InternetTable.parse(Array(table.utf8), file: "\(name).txt")
        }
        return SimulationInput(
            topology: topology, ranges: SimulationFixture.ranges, tables: parsed, alsoAdvertised: try prefixList(list))
    }

    static func aws(_ prefix: String, in set: AWSAdvertisedSet) -> AWSPrefix? {
        set.index[exact: IPPrefix(prefix)!].map { set.prefixes[$0] }
    }

    @Test func theKeyIsDecodedWithItsLocationAndUnknownKeysStayErrors() throws {
        let topology = try TopologyFixture.decode(Self.topology)
        let file = try #require(topology.assumptions.awsAlsoAdvertises)
        #expect(file.value == "also.txt")
        #expect(file.location.column == 24)
        #expect(try TopologyFixture.decode(SimulationFixture.base).assumptions.awsAlsoAdvertises == nil)
        let typo = TopologyFixture.errors(
            Self.topology.replacingOccurrences(of: "aws_also_advertises:", with: "aws_also_advertise:"))
        #expect(typo.count == 1)
        #expect(typo.first?.contains("aws_also_advertise") == true)
        #expect(typo.first?.hasPrefix("site.yaml:") == true)
        let empty = TopologyFixture.errors(
            Self.topology.replacingOccurrences(of: "aws_also_advertises: also.txt", with: "aws_also_advertises: ''"))
        #expect(empty.first?.contains("'aws_also_advertises' must not be empty") == true)
    }

    @Test func eachPrefixTakesTheRegionOfTheLongestCoveringIPRangesPrefix() throws {
        let set = AWSAdvertisedSet(ranges: SimulationFixture.ranges, alsoAdvertised: try Self.prefixList().prefixes)
        let expected: [(String, String)] = [
            ("3.80.5.0/24", "us-east-1"), ("3.129.0.0/24", "us-east-2"), ("18.184.1.0/24", "eu-central-1"),
            ("203.0.113.0/24", ""), ("15.193.6.0/25", "us-east-1"), ("2600:1f18:100::/40", "us-east-1"),
        ]
        for (prefix, region) in expected {
            let added = try #require(Self.aws(prefix, in: set), "\(prefix)")
            #expect(added.isAssumed && added.region == region && added.services.isEmpty, "\(prefix)")
        }
        // The ip-ranges entry wins: same Region and services as without the list.
        let listed = try #require(Self.aws("15.193.6.0/24", in: set))
        #expect(!listed.isAssumed && listed.services == ["AMAZON", "AMAZON_CONNECT", "EC2"])
        #expect(set.assumedCount == 6 && set.assumedAlreadyListed == 1)
        let plain = AWSAdvertisedSet(ranges: SimulationFixture.ranges)
        #expect(set.prefixes.count == plain.prefixes.count + 6)
        #expect(set.prefixes.map(\.prefix) == set.prefixes.map(\.prefix).sorted())
    }

    /// The tag per VIF is the covering Region's: 8100 at home, 8200 on the continent, else none.
    @Test func addedRoutesAreTaggedAsTheirRegionsPrefixesAre() throws {
        let result = Simulator.run(try Self.input(), options: SimulationOptions(includeRoutes: true))
        let routes = try #require(result.interfaces.first?.routes)
        func communities(_ prefix: String) -> [String]? {
            routes.first { $0.prefix.description == prefix }?.communities.map(\.description)
        }
        #expect(communities("3.80.5.0/24") == ["7224:8100", "no-export"])
        #expect(communities("3.129.0.0/24") == ["7224:8200", "no-export"])
        #expect(communities("18.184.1.0/24") == ["no-export"])
        #expect(communities("203.0.113.0/24") == ["no-export"])
        #expect(routes.filter { $0.awsPrefix?.isAssumed == true }.count == 5)
    }

    /// LEARNED, AWS ADVERTISES and the max-prefix sizing count the added prefixes per family.
    @Test func routeCountsAndPrefixLimitsIncludeTheAddedPrefixes() throws {
        let without = try SimulationFixture.simulate(Self.topology)
        let with = Simulator.run(try Self.input())
        let before = try #require(without.interfaces.first)
        let after = try #require(with.interfaces.first)
        #expect(after.advertisedByAWS[.ipv4] == (before.advertisedByAWS[.ipv4] ?? 0) + 5)
        #expect(after.learned[.ipv4] == (before.learned[.ipv4] ?? 0) + 5)
        #expect(after.learnedByScope[.region] == (before.learnedByScope[.region] ?? 0) + 2)
        #expect(after.learnedByScope[.continent] == (before.learnedByScope[.continent] ?? 0) + 1)
        #expect(after.learnedByScope[.global] == (before.learnedByScope[.global] ?? 0) + 2)
        let input = try Self.input()
        #expect(input.aws.count(.ipv4) == AWSAdvertisedSet(ranges: SimulationFixture.ranges).count(.ipv4) + 5)
        #expect(input.aws.count(.ipv6) == AWSAdvertisedSet(ranges: SimulationFixture.ranges).count(.ipv6) + 1)
    }

    /// The router's received-route guard (PrefixLimitPlan) is sized from what AWS advertises per
    /// family, the added prefixes included.
    @Test func theReceivedRouteGuardCountsTheAddedPrefixes() throws {
        func limits(_ input: SimulationInput) throws -> PrefixLimitPlan {
            let plans = RouterPlanner(input: input, simulation: Simulator.run(input), environment: ["DX_KEY": "k-123"])
                .plans(vendor: nil)
            return try #require(plans.first?.neighbors.first).prefixLimits
        }
        let plain = try limits(try SimulationFixture.input(Self.topology))
        let with = try limits(try Self.input())
        #expect(with.advertisedByAWS == plain.advertisedByAWS + 5)
    }

    @Test func acceptServicesDoesNotKeepAnAddedPrefix() throws {
        let text = Self.topology.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        accept_services: [EC2]\n")
        let input = try Self.input(text)
        let rib = Simulator.rib(input, scenario: .none)
        let context = try #require(rib.liveInterfaces.first)
        let added = try #require(Self.aws("3.80.5.0/24", in: input.aws))
        #expect(!rib.isAccepted(added, on: context))
        #expect(
            rib.awsRoute(added, on: context).rejection?.description
                == "accept_services of pub-1 does not list a service of it: ip-ranges.json does not list it (assumed: aws_also_advertises)"
        )
        // The covering EC2 /12 still carries the traffic.
        #expect(rib.decide(IPPrefix("3.80.5.1/32")!).matchedPrefix?.description == "3.80.0.0/12")
        let plain = try SimulationFixture.simulate(text)
        #expect(Simulator.run(input).interfaces.first?.learned == plain.interfaces.first?.learned)
    }

    /// The point of the assumption: AWS's own more-specific, also learned on the VIF, beats the
    /// ISP's more-specific inside the Connect media range, and the verdict flips.
    @Test func aVerdictFlipsAndTheImpactNamesTheDestination() throws {
        let table = "15.193.6.0/25 64510 16509\n"
        let plainText = Self.topology.replacingOccurrences(
            of: "assumptions:\n  aws_also_advertises: also.txt\n", with: "")
        let without = try SimulationFixture.simulate(plainText, tables: ["isp-a": table])
        #expect(!without.verdict.forward)
        #expect(without.findings.contains { $0.id == "internet-more-specific" })

        let input = try Self.input(tables: ["isp-a": table])
        var result = Simulator.run(input)
        #expect(result.verdict == Verdict(forward: true, returnPath: true))
        let media = try #require(
            result.destinations.first { $0.role == .media && $0.prefix.description == "15.193.6.0/24" })
        let assumed = try #require(media.segments.first { $0.prefix.description == "15.193.6.0/25" })
        #expect(assumed.decision.kind == .directConnect && assumed.decision.restsOnAssumedRoute)
        #expect(!media.segments.first { $0.prefix.description == "15.193.6.128/25" }!.decision.restsOnAssumedRoute)

        let impact = try #require(AssumptionImpact.assess(input, scenario: .none, result: result))
        #expect(impact.verdictWithout == without.verdict)
        #expect(impact.changesVerdict)
        #expect(impact.added == 6 && impact.alreadyListed == 1 && impact.file == "also.txt")
        let change = try #require(impact.changes.first { $0.role == .media })
        #expect(change.prefix.description == "15.193.6.0/24")
        #expect(change.with.percentText == "100%" && change.without.percentText == "50.0%")

        result.assumptionImpact = impact
        let json = SimulationJSON.value(result).serialized
        #expect(json.contains("\"awsAlsoAdvertises\""))
        #expect(json.contains("\"assumptions\": [\"aws_also_advertises\"]") || json.contains("\"aws_also_advertises\""))
        let text = SimulationText.render(result)
        #expect(text.contains("ASSUMED: aws_also_advertises"))
        #expect(text.contains("without them the verdict reads forward NO, return yes."))
        #expect(text.contains("15.193.6.0/24"))
    }

    /// `--routes` JSON: an added route has no services, a null Region when nothing covers it, and
    /// names the assumption; the output is byte-identical from run to run.
    @Test func routesInJSONNameTheAssumptionAndAreDeterministic() throws {
        func json() throws -> String {
            let input = try Self.input(tables: ["isp-a": "15.193.6.0/25 64510 16509\n"])
            var result = Simulator.run(input, options: SimulationOptions(includeRoutes: true))
            result.assumptionImpact = AssumptionImpact.assess(input, scenario: .none, result: result)
            return SimulationJSON.value(result).serialized
        }
        let first = try json()
        #expect(try json() == first)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let interfaces = try #require(object["interfaces"] as? [[String: Any]])
        let routes = try #require(interfaces.first?["routes"] as? [[String: Any]])
        let uncovered = try #require(routes.first { $0["prefix"] as? String == "203.0.113.0/24" })
        #expect(uncovered["region"] is NSNull)
        #expect((uncovered["services"] as? [String])?.isEmpty == true)
        #expect(uncovered["assumptions"] as? [String] == ["aws_also_advertises"])
        let listed = try #require(routes.first { $0["prefix"] as? String == "15.193.6.0/24" })
        #expect(listed["assumptions"] == nil && listed["region"] as? String == "us-east-1")
    }

    @Test func withoutTheKeyNothingIsAssessed() throws {
        let input = try SimulationFixture.input(SimulationFixture.base)
        #expect(input.alsoAdvertised == nil && input.withoutAssumedPrefixes() == nil)
        #expect(AssumptionImpact.assess(input, scenario: .none, result: Simulator.run(input)) == nil)
    }

    @Test func explainMarksTheAssumedRoute() throws {
        let input = try Self.input(tables: ["isp-a": "15.193.6.0/25 64510 16509\n"])
        let explanation = RouteExplanation.explain(IPPrefix("15.193.6.1/32")!, input: input)
        let text = ExplanationText.render(explanation, provenance: "test")
        let best = try #require(
            text.split(separator: "\n").first { $0.hasPrefix("15.193.6.0/25") && $0.contains("best") })
        #expect(best.hasSuffix("best (assumed: aws_also_advertises)"))
        #expect(text.contains("WINNER: direct-connect pub-1 — ") && text.hasSuffix("(assumed: aws_also_advertises)\n"))
    }

    /// The ISP import filter rejects routes inside the added prefixes too, as the rendered
    /// prefix list (built from the same set) does.
    @Test func theISPFilterAndTheRenderedPrefixListIncludeTheAddedPrefixes() throws {
        let text = Self.topology.replacingOccurrences(
            of: "    default_route: true\n", with: "    default_route: true\n    reject_aws_prefixes: true\n")
        let input = try Self.input(text, tables: ["isp-a": "203.0.113.0/25 64510 64511\n"])
        #expect(input.uplinks[0].rejectedRoutes.prefixes.map(\.description) == ["203.0.113.0/25"])
    }
}

/// The prefix-list reader of `aws_also_advertises`.
@Suite struct PrefixListFileTests {
    @Test func readsPrefixesCommentsBlankLinesCRLFAndRepeats() throws {
        let text = "# header\r\n10.0.0.0/8\r\n\r\n  2001:db8::/32  \n10.0.0.0/8\n\t# indented comment\n192.0.2.1/24\n"
        let list = try PrefixListFile.parse(Array(text.utf8), file: "l.txt")
        #expect(list.prefixes.map(\.description) == ["10.0.0.0/8", "192.0.2.0/24", "2001:db8::/32"])
        #expect(list.recordCount == 4 && list.maskedCount == 1 && list.source == "l.txt")
        #expect(try PrefixListFile.parse([], file: "e.txt").prefixes.isEmpty)
    }

    @Test(arguments: [
        ("10.0.0.0/8\n10.0.0.0/33\n", 2, 1, "invalid-route-prefix", "expected a prefix length from 0 to 32"),
        ("10.0.0.0/8 16509\n", 1, 12, "invalid-prefix-list-line", "expected one prefix per line"),
        ("  300.0.0.0/8\n", 1, 3, "invalid-route-prefix", "expected an IPv4 or IPv6 address before the '/'"),
        ("# c\nTABLE_DUMP2|1|B|x\n", 2, 1, "invalid-route-prefix", "expected an IP prefix with its length"),
        ("10.0.0.0\n", 1, 1, "invalid-route-prefix", "expected an IP prefix with its length"),
    ])
    func badLinesAreErrorsAtTheirLineAndColumn(text: String, line: Int, column: Int, code: String, message: String) {
        do {
            _ = try PrefixListFile.parse(Array(text.utf8), file: "l.txt")
            Issue.record("no error")
        } catch {
            #expect(error.location == SourceLocation(file: "l.txt", line: line, column: column))
            #expect(error.code.name == code)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    /// The excerpt of AS16509's announcements kept as a fixture: both families, read whole.
    @Test func theAS16509ExcerptReads() throws {
        let path = PackagePaths.root.appendingPathComponent(
            "Tests/DXPlanCLITests/Fixtures/as16509-announced-prefixes-excerpt.txt"
        ).path
        let list = try PrefixListFile.load(path: path)
        #expect(list.prefixes.count > 200)
        #expect(list.prefixes.contains { $0.family == .ipv6 } && list.prefixes.contains { $0.family == .ipv4 })
        #expect(list.prefixes.contains(IPPrefix("15.193.7.0/24")!))
    }
}
