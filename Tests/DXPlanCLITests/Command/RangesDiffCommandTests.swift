import DXTestSupport
import Foundation
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

/// `dxplan ranges diff` from the 2019 snapshot (no `network_border_group`) to the 2026 one, and
/// `--topology` (Golden/RangesDiff, re-recorded with `DXPLAN_RECORD=1`).
@Suite struct RangesDiffCommandTests {
    static let old = "ip-ranges-2019-08-30.json"
    static let new = "ip-ranges-2026-08-22.json"

    /// The output with the shared data directory spelled `<shared>`, so the golden file does not
    /// depend on where the data lives.
    static func portable(_ text: String, _ directory: URL) -> String {
        text.replacingOccurrences(of: directory.path + "/", with: "<shared>/")
    }

    @Test func connectRangesFrom2019MatchGolden() throws {
        guard let old = SharedTestData.file(Self.old), let new = SharedTestData.file(Self.new) else { return }
        let result = DXPlan.run([
            "ranges", "diff", old.path, new.path, "--service", "AMAZON_CONNECT", "--topology",
            PackagePaths.topologies.appendingPathComponent("hosted-carrier.yaml").path,
        ])
        #expect(result.status == .success)
        #expect(result.standardError.isEmpty)
        let text = Self.portable(result.standardOutput, old.deletingLastPathComponent())
            .replacingOccurrences(of: PackagePaths.root.path + "/", with: "")
        GoldenFile.check(text, path: "RangesDiff/2019-08-30-to-2026-08-22-amazon-connect.txt")
    }

    @Test func borderGroupUnknownIsNeverAddedAndRemoved() throws {
        guard let old = SharedTestData.file(Self.old), let new = SharedTestData.file(Self.new) else { return }
        let diff = RangesDiff.compute(
            old: try AWSIPRanges.load(path: old.path), new: try AWSIPRanges.load(path: new.path))
        for group in diff.groups {
            let removed = Set(group.removed.map(\.prefix))
            for entry in group.added where removed.contains(entry.prefix) {
                let pair = group.removed.filter { $0.prefix == entry.prefix }
                #expect(
                    !pair.contains { ($0.networkBorderGroup == nil) != (entry.networkBorderGroup == nil) },
                    "\(entry.prefix) \(group.service) \(group.region) is added and removed only for its border group")
            }
        }
        #expect(diff.borderGroupUnknownCount == 2081)
        #expect(diff.borderGroupUnknownIn == "OLD")
        // 18.233.213.128/25 left AMAZON_CONNECT us-east-1; 15.193.6.0/24 was added: real changes stay.
        let connect = try #require(diff.groups.first { $0.service == "AMAZON_CONNECT" && $0.region == "us-east-1" })
        #expect(connect.removed.map(\.prefix.description) == ["18.233.213.128/25"])
        #expect(connect.added.map(\.prefix.description).contains("15.193.6.0/24"))
        #expect(connect.borderGroupUnknown.count == 1)
    }

    @Test func staleBaselineWarnsAndMarksDeadlinesOverdue() throws {
        guard let old = SharedTestData.file(Self.old), let new = SharedTestData.file(Self.new) else { return }
        let text = DXPlan.run(["ranges", "diff", old.path, new.path]).standardOutput
        #expect(
            text.contains(
                "warning: OLD (createDate 2019-08-30-19-33-06) is 2549 days older than NEW (createDate 2026-08-22-15-17-05)"
            ))
        #expect(text.contains("in use since 2019-09-29"))
        #expect(!text.contains("allow by"), "a deadline that has passed is not an 'allow by' date")
        #expect(text.contains("EC2 us-east-1 (+"))
        #expect(text.contains(") overdue\n"))
        let json = DXPlan.run(["ranges", "diff", old.path, new.path, "--format", "json", "--service", "EC2"])
            .standardOutput
        #expect(json.contains("\"overdue\": true"))
        #expect(!json.contains("\"allowBy\": \"2026"))
        #expect(json.contains("\"mayBeInUseFrom\": \"2019-09-29\""))
        #expect(json.contains("\"borderGroupUnknown\": "))
    }

    @Test func allowListSinceAStaleFileIsOverdueToo() throws {
        guard let old = SharedTestData.file(Self.old), let new = SharedTestData.file(Self.new) else { return }
        let topology = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml").path
        let base = ["allowlist", topology, "--option", "ip-ranges", "--since", old.path, "--ip-ranges", new.path]
        let text = DXPlan.run(base).standardOutput
        #expect(text.contains("Overdue: createDate 2019-08-30-19-33-06 is more than 30 days before"))
        #expect(text.contains("may be in use since 2019-09-29"))
        #expect(!text.contains("Allow by"))
        let json = DXPlan.run(base + ["--format", "json"]).standardOutput
        #expect(json.contains("\"overdue\": true"))
        #expect(json.contains("\"allowBy\": null"))
        let nft = DXPlan.run(base + ["--format", "nftables"]).standardOutput
        #expect(nft.contains("overdue (may be in use since 2019-09-29), allow now"))
        let csv = DXPlan.run(base + ["--format", "csv"]).standardOutput
        #expect(csv.contains(",overdue,"))
    }

    @Test func recentBaselineKeepsItsAllowByDate() throws {
        guard let old = SharedTestData.file("ip-ranges-2026-08-19.json"), let new = SharedTestData.file(Self.new)
        else { return }
        let result = DXPlan.run(["ranges", "diff", old.path, new.path])
        #expect(!result.standardOutput.contains("warning:"))
        #expect(!result.standardOutput.contains("overdue"))
        #expect(result.standardOutput.contains("EC2 ca-central-1 (+2) allow by 2026-09-21"))
    }

    @Test func topologyListsRouterConfigsAndFirewallSetsFromThePlanners() throws {
        guard let old = SharedTestData.file(Self.old), let new = SharedTestData.file(Self.new),
            let embedded = ReportFixture.embeddedRanges
        else { return }
        let url = PackagePaths.topologies.appendingPathComponent("hosted-carrier.yaml")
        let oldRanges = try AWSIPRanges.load(path: old.path)
        let newRanges = try AWSIPRanges.load(path: new.path)
        #expect(newRanges.syncToken == embedded.syncToken)
        let oldInput = try ReportFixture.input(url, ranges: oldRanges)
        let newInput = try ReportFixture.input(url, ranges: newRanges)
        let impact = try RangesImpact.compare(old: oldInput, new: newInput, environment: [:])
        // The planners' own answers, computed independently here.
        let oldPlan = RouterPlanner(input: oldInput, simulation: Simulator.run(oldInput), environment: [:]).plans()
        let newPlan = RouterPlanner(input: newInput, simulation: Simulator.run(newInput), environment: [:]).plans()
        let router = try #require(impact.routers.first)
        #expect(router.router == "lon-edge-1")
        let list = try #require(router.prefixLists.first)
        let before = Set(try #require(oldPlan[0].neighbors[0].importPolicy.prefixFilter))
        let after = Set(try #require(newPlan[0].neighbors[0].importPolicy.prefixFilter))
        #expect(Set(list.added) == after.subtracting(before))
        #expect(Set(list.removed) == before.subtracting(after))
        #expect(!list.added.isEmpty)
        let topology = newInput.topology
        let oldSets = try AllowListPlanner.plan(topology, ranges: oldRanges).prefixSets
        let newSets = try AllowListPlanner.plan(topology, ranges: newRanges).prefixSets
        let oldByName = Dictionary(uniqueKeysWithValues: oldSets.map { ($0.name, $0.prefixes) })
        let changed = newSets.filter { oldByName[$0.name] ?? [] != $0.prefixes }.map(\.name)
        #expect(impact.firewallSets.map(\.name) == changed)
        #expect(changed.contains("connect_media_v4"))
        // Same file on both sides: nothing to regenerate.
        let same = try RangesImpact.compare(old: newInput, new: newInput, environment: [:])
        #expect(same.isEmpty)
        let text = DXPlan.run(["ranges", "diff", new.path, new.path, "--topology", url.path]).standardOutput
        #expect(text.contains("nothing to regenerate"))
    }

    @Test func badTopologyIsUnusableInput() throws {
        guard let new = SharedTestData.file(Self.new) else { return }
        let result = DXPlan.run(["ranges", "diff", new.path, new.path, "--topology", "/nonexistent/t.yaml"])
        #expect(result.status == .unusableInput)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func hostileBorderGroupIsEscapedInText() {
        let entry = IPRangeEntry(
            prefix: IPPrefix("192.0.2.0/24")!, region: "us-east-1", service: "EC2",
            networkBorderGroup: "us-east-1\nrouter bgp 1")
        let ranges = { (entries: [IPRangeEntry], date: String) in
            AWSIPRanges(syncToken: "1", createDate: date, entries: entries, source: "t")
        }
        let diff = RangesDiff.compute(
            old: ranges([], "2026-08-01-00-00-00"), new: ranges([entry], "2026-08-02-00-00-00"))
        let text = RangesDiffText.text(diff)
        #expect(!text.contains("\nrouter bgp 1"))
        #expect(text.contains("allow by 2026-09-01"))
    }
}
