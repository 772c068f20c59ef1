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

@Suite struct RangesQueryCommandTests {
    @Test func listsEveryEntryMostSpecificFirst() {
        let result = DXPlan.run(["ranges", "query", "15.193.6.10"])
        #expect(result.status == .success)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "15.193.6.10/32 is in 5 ip-ranges entries (ip-ranges.json syncToken 1787411825, createDate 2026-08-22-15-17-05):"
        )
        #expect(lines[2].hasPrefix("15.193.6.0/24  AMAZON "))
        #expect(lines.last?.hasPrefix("15.193.0.0/19  AMAZON_CONNECT  GLOBAL") == true)
    }

    @Test func ipv6AndPrefixesWork() {
        let result = DXPlan.run(["ranges", "query", "2600:f0f2:7101::/64", "--format", "json"])
        #expect(result.status == .success)
        #expect(result.standardOutput.contains("\"prefix\": \"2600:f0f2:7101::/48\""))
        #expect(result.standardOutput.contains("\"prefix\": \"2600:f0f2:7100::/40\""))
    }

    @Test func notFoundExitsOneAndBadInputIsAUsageError() {
        #expect(DXPlan.run(["ranges", "query", "192.0.2.1"]).status == .checksFailed)
        let bad = DXPlan.run(["ranges", "query", "1.2.3.4/33"])
        #expect(bad.status == .usage)
        #expect(bad.usageError?.code == .invalidDestination)
        let missing = DXPlan.run(["ranges", "query", "1.2.3.4", "--ip-ranges", "/nonexistent.json"])
        #expect(missing.status == .unusableInput)
        #expect(missing.standardError == "/nonexistent.json:1:1: error: cannot read file: no such file\n")
    }
}
