import DXTestSupport
import Testing

@testable import DXRendering
@testable import DXSimulation

/// The report's diagram draws the forward path and the return path AWS picks, with a legend.
@Suite struct ReturnPathDiagramTests {
    @Test func flowsFollowTheSimulation() throws {
        let input = try SimulationFixture.input(ReturnPathPreferenceTests.twoSites(prepend1: 2, localPreference1: 200))
        let report = ReviewReport.build(input)
        let flows = report.diagram.flows.map { "\($0.kind.rawValue) \($0.virtualInterface)" }
        #expect(flows == ["forward pub-1", "return-primary pub-2", "return-backup pub-1"])
        let returnFlow = try #require(report.diagram.flows.first { $0.kind == .returnPrimary })
        #expect(returnFlow.nodes == ["router:edge-2", "connection:dx-2", returnFlow.nodes[2], "region:us-east-1"])
        let svg = TopologyDiagramSVG.render(report.diagram)
        #expect(svg.contains("<path class=\"flow forward\""))
        #expect(svg.contains("<path class=\"flow return-primary\""))
        #expect(svg.contains("<path class=\"flow return-backup\""))
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains("<g class=\"legend\">"))
        #expect(svg.contains("Return, backup: where AWS fails over"))
        #expect(!svg.contains(".5\""))
        let markdown = ReportMarkdown.render(report)
        #expect(markdown.contains("Return, primary: the VIFs AWS sends to the agents on: `pub-2`"))
    }

    @Test func noLegendWithoutFlows() {
        let diagram = TopologyDiagram(nodes: [DiagramNode(id: "router:r", column: .router, title: "r")], edges: [])
        #expect(!TopologyDiagramSVG.render(diagram).contains("legend"))
    }
}
