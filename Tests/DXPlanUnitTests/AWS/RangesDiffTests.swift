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

@Suite struct RangesDiffTests {
    @Test func realThreeDayPairHasElevenAdditions() throws {
        guard let old = SharedTestData.file("ip-ranges-2026-08-19.json"),
            let new = SharedTestData.file("ip-ranges-2026-08-22.json")
        else { return }
        let diff = RangesDiff.compute(
            old: try AWSIPRanges.load(path: old.path), new: try AWSIPRanges.load(path: new.path))
        #expect(diff.addedCount == 11)
        #expect(diff.removedCount == 0)
        #expect(diff.allowBy?.dayText == "2026-09-21")
        #expect(diff.fullTrafficFrom?.dayText == "2026-10-05")
        let ec2 = try #require(diff.groups.first { $0.service == "EC2" })
        #expect(ec2.region == "ca-central-1")
        #expect(ec2.hasDeadline)
        #expect(ec2.added.map(\.prefix.description) == ["23.254.40.0/23", "64.23.0.0/18"])
        #expect(
            diff.groups.map { "\($0.service) \($0.region)" } == [
                "AMAZON ca-central-1", "EC2 ca-central-1", "EFS cn-north-1", "EFS cn-northwest-1", "EFS eusc-de-east-1",
                "EFS us-gov-west-1",
            ])
    }

    @Test func amazonConnectIPv6RangesAppearBetween2023And2025() throws {
        guard let old = SharedTestData.file("ip-ranges-2023-08-31.json"),
            let new = SharedTestData.file("ip-ranges-2025-08-31.json")
        else { return }
        let diff = RangesDiff.compute(
            old: try AWSIPRanges.load(path: old.path), new: try AWSIPRanges.load(path: new.path),
            service: "AMAZON_CONNECT")
        let added = diff.groups.flatMap(\.added)
        #expect(added.contains { $0.prefix.description == "2600:f0f2:7100::/40" && $0.region == "GLOBAL" })
        #expect(added.filter { $0.prefix.family == .ipv6 }.count == 15)
        #expect(diff.groups.allSatisfy { $0.service == "AMAZON_CONNECT" })
        let regionOnly = RangesDiff.compute(
            old: try AWSIPRanges.load(path: old.path), new: try AWSIPRanges.load(path: new.path),
            service: "AMAZON_CONNECT", region: "us-east-1")
        #expect(regionOnly.groups.map(\.region) == ["us-east-1"])
    }

    @Test func commandPrintsDeadlinesAndJSON() throws {
        guard let old = SharedTestData.file("ip-ranges-2026-08-19.json"),
            let new = SharedTestData.file("ip-ranges-2026-08-22.json")
        else { return }
        let text = DXPlan.run(["ranges", "diff", old.path, new.path])
        #expect(text.status == .success)
        #expect(text.standardOutput.contains("11 entries added, 0 removed."))
        #expect(text.standardOutput.contains("EC2 ca-central-1 (+2) allow by 2026-09-21"))
        let json = DXPlan.run(["ranges", "diff", old.path, new.path, "--format", "json", "--service", "EC2"])
        #expect(json.standardOutput.contains("\"allowBy\": \"2026-09-21\""))
        #expect(json.standardOutput.contains("\"added\": 2"))
        #expect(
            DXPlan.run(["ranges", "diff", old.path, new.path, "--format", "json"]).standardOutput
                == DXPlan.run(["ranges", "diff", old.path, new.path, "--format", "json"]).standardOutput)
    }
}
