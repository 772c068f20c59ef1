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

/// `dxplan report` in-process: formats, `-o`, exit statuses (Docs/Report.md).
@Suite struct ReportCommandTests {
    static func files(_ topology: String) throws -> (topology: String, ranges: String) {
        let (site, ranges) = try SimulationFixture.writeFiles(topology: topology, in: PackagePaths.temporaryDirectory())
        return (site, ranges)
    }

    static let base = TopologyFixture.minimal + SimulationFixture.uplink

    @Test func markdownByDefaultAndHTMLOnRequest() throws {
        let paths = try Self.files(Self.base)
        let markdown = DXPlan.run(["report", paths.topology, "--ip-ranges", paths.ranges])
        #expect(markdown.status == .success, "\(markdown.standardError)")
        #expect(markdown.standardOutput.hasPrefix("# Architecture review: Test site\n"))
        let html = DXPlan.run(["report", paths.topology, "--ip-ranges", paths.ranges, "--format", "html"])
        #expect(html.status == .success)
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func writesToAFile() throws {
        let paths = try Self.files(Self.base)
        let out = URL(fileURLWithPath: paths.topology).deletingLastPathComponent().appendingPathComponent("report.html")
            .path
        let result = DXPlan.run(["report", paths.topology, "--ip-ranges", paths.ranges, "--format=html", "-o", out])
        #expect(result.status == .success)
        #expect(result.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("</html>"))
    }

    @Test func exitStatuses() throws {
        let failing = Self.base.replacingOccurrences(
            of: "location: EqDC2", with: "location: \"Equinix CH2, Chicago, IL\""
        )
        .replacingOccurrences(of: "scope: continent", with: "scope: region")
        let paths = try Self.files(failing)
        let result = DXPlan.run(["report", paths.topology, "--ip-ranges", paths.ranges])
        #expect(result.status == .checksFailed)
        #expect(result.standardOutput.contains("NOT over Direct Connect"))
        #expect(DXPlan.run(["report", "/nonexistent/site.yaml", "--ip-ranges", paths.ranges]).status == .unusableInput)
        #expect(DXPlan.run(["report", paths.topology, "--format", "pdf"]).status == .usage)
        #expect(DXPlan.run(["report"]).status == .usage)
        #expect(DXPlan.run(["report", "--help"]).standardOutput.contains("--format <FORMAT>"))
    }
}
