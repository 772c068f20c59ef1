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

/// Golden reports of every example topology in both formats (Golden/Report/<topology>.md/.html),
/// re-recorded with `DXPLAN_RECORD=1 swift test --filter ReportGoldenTests`.
@Suite struct ReportGoldenTests {
    static let names = PackagePaths.exampleTopologies.map { $0.deletingPathExtension().lastPathComponent }

    @Test(arguments: names) func reportMatchesGolden(name: String) throws {
        guard ReportFixture.embeddedRanges != nil else {
            SharedTestData.unavailable("embedded ip-ranges snapshot not found")
            return
        }
        let report = try #require(ReportFixture.reports[name], "example \(name) did not load")
        GoldenFile.check(ReportMarkdown.render(report), path: "Report/\(name).md")
        GoldenFile.check(ReportHTML.render(report), path: "Report/\(name).html")
        #expect(report.isSuccess, "the examples are meant to pass")
    }

    @Test func buildingTwiceIsByteIdentical() throws {
        guard let ranges = ReportFixture.embeddedRanges else { return }
        let url = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml")
        let first = ReviewReport.build(try ReportFixture.input(url, ranges: ranges))
        let second = ReviewReport.build(try ReportFixture.input(url, ranges: ranges))
        #expect(ReportMarkdown.render(first) == ReportMarkdown.render(second))
        #expect(ReportHTML.render(first) == ReportHTML.render(second))
    }

    @Test func goldenDiffIsReadable() {
        let diff = GoldenFile.diff(expected: "a\nb\nc\n", actual: "a\nB\nc\n")
        #expect(diff == "2- b\n2+ B")
    }
}
