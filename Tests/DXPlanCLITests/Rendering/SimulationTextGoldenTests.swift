import DXTestSupport
import Foundation
import Testing

@testable import DXRendering
@testable import DXSimulation

/// `simulate` text of every example topology's base run (Golden/Simulate/<topology>.txt),
/// re-recorded with `DXPLAN_RECORD=1 swift test --filter SimulationTextGoldenTests`.
@Suite struct SimulationTextGoldenTests {
    @Test(arguments: ReportGoldenTests.names) func simulationTextMatchesGolden(name: String) throws {
        guard ReportFixture.embeddedRanges != nil else {
            SharedTestData.unavailable("embedded ip-ranges snapshot not found")
            return
        }
        let report = try #require(ReportFixture.reports[name], "example \(name) did not load")
        GoldenFile.check(SimulationText.render(report.base), path: "Simulate/\(name).txt")
    }
}
