import DXTestSupport
import Foundation
import Testing

@testable import DXRendering
@testable import DXSimulation

/// `simulate` text and the report print the same summaries: one destination grouping
/// (``DestinationSummary``) and one list of off-path segments (``OffPathSegment``).
@Suite struct SimulationSummaryTests {
    /// Only 7224:8100 routes are accepted, so GLOBAL ranges and CloudFront leave Direct Connect.
    static let regionOnly = TopologyFixture.replacing(
        "        bfd: true\n", with: "        bfd: true\n        accept: [region]\n")

    static let secondUplink = """
          - name: isp-b
            router: edge-1
            asn: 64511
            default_route: true

        """

    /// The path column of every row of the text's SEGMENTS NOT OVER DIRECT CONNECT table.
    static func textPaths(_ text: String) -> [String] {
        guard let start = text.range(of: "SEGMENTS NOT OVER DIRECT CONNECT\n") else { return [] }
        let lines = text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.first, let column = header.range(of: "PATH"),
            let end = header.range(of: "REASON")
        else { return [] }
        let from = header.distance(from: header.startIndex, to: column.lowerBound)
        let to = header.distance(from: header.startIndex, to: end.lowerBound)
        return lines.dropFirst().prefix { !$0.isEmpty }.map { line in
            String(line.dropFirst(from).prefix(to - from)).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func withoutARouteThePathIsNone() throws {
        let report = try ReportFixture.small(Self.regionOnly)
        let paths = report.offPathSegments.map(\.path)
        #expect(!paths.isEmpty)
        #expect(Set(paths) == ["none"])
        #expect(Self.textPaths(SimulationText.render(report.base)) == paths)
    }

    @Test func equalISPsAreListedWithCommas() throws {
        let report = try ReportFixture.small(Self.regionOnly + SimulationFixture.uplink + Self.secondUplink)
        let paths = report.offPathSegments.map(\.path)
        #expect(!paths.isEmpty)
        #expect(Set(paths) == ["internet isp-a, isp-b"])
        #expect(Self.textPaths(SimulationText.render(report.base)) == paths)
    }

    @Test func destinationRowsAreTheReportGroups() throws {
        let report = try ReportFixture.small(Self.regionOnly + SimulationFixture.uplink)
        let text = SimulationText.render(report.base)
        #expect(report.destinations.count >= 3)
        for group in report.destinations {
            let cells = [
                group.role.rawValue, group.service, group.region, group.family.rawValue, String(group.ranges),
                SimulationText.addresses(group.addresses), group.directConnectShare.percentText,
            ]
            let row = text.split(separator: "\n").first { line in
                line.split(separator: " ").map(String.init) == cells + [group.role.isInVerdict ? "yes" : "no"]
            }
            #expect(row != nil, "no text row for \(cells)")
        }
    }
}
