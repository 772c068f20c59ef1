import DXAWS
import DXInput
import DXModel

/// Draws a ``TopologyDiagram`` as inline SVG with a layout computed here: one column per
/// ``DiagramNode/Column`` (ISPs, routers, connections/LAGs, locations, Regions), boxes stacked in
/// file order and centered vertically, curves between boxes. Integer coordinates only, no
/// randomness, so the same topology always gives the same bytes. All text is escaped.
public enum TopologyDiagramSVG {
    static let columnWidth = 196
    static let columnGap = 44
    static let margin = 16
    static let headerHeight = 28
    static let titleLine = 18
    static let detailLine = 14
    static let padding = 8
    static let boxGap = 14
    /// Room on the right for curves between Regions.
    static let rightGutter = 48
    /// One row of the legend of the flows.
    static let legendLine = 18
    /// The flows' colors: forward blue, return orange (primary solid, backup dashed).
    static let forwardColor = "#0969da"
    static let returnColor = "#bc4c00"

    struct Box {
        var node: DiagramNode
        var x: Int
        var y: Int
        var height: Int
    }

    public static func render(_ diagram: TopologyDiagram) -> String {
        let columns = DiagramNode.Column.allCases.filter { !diagram.nodes(in: $0).isEmpty }
        guard !columns.isEmpty else { return "" }
        var boxes: [String: Box] = [:]
        let heights = columns.map { column in
            diagram.nodes(in: column).reduce(0) { $0 + height(of: $1) + boxGap } - boxGap
        }
        let contentHeight = heights.max() ?? 0
        let svgWidth = margin * 2 + columns.count * columnWidth + (columns.count - 1) * columnGap + rightGutter
        let flowKinds = DiagramFlow.Kind.allCases.filter { kind in diagram.flows.contains { $0.kind == kind } }
        let legendHeight = flowKinds.isEmpty ? 0 : 12 + flowKinds.count * legendLine
        let svgHeight = margin * 2 + headerHeight + contentHeight + legendHeight
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 \(svgWidth) \(svgHeight)\" role=\"img\" aria-labelledby=\"diagram-title\">\n"
        svg +=
            "<title id=\"diagram-title\">Topology diagram: customer routers, connections, Direct Connect locations and AWS Regions, with the forward path and the return path AWS picks</title>\n"
        for (index, column) in columns.enumerated() {
            let x = margin + index * (columnWidth + columnGap)
            svg +=
                "<text class=\"column\" x=\"\(x + columnWidth / 2)\" y=\"\(margin + 14)\" text-anchor=\"middle\">\(HTMLText.escape(column.title))</text>\n"
            var y = margin + headerHeight + (contentHeight - heights[index]) / 2
            for node in diagram.nodes(in: column) {
                let box = Box(node: node, x: x, y: y, height: height(of: node))
                boxes[node.id] = box
                y += box.height + boxGap
            }
        }
        for edge in diagram.edges {
            guard let from = boxes[edge.from], let to = boxes[edge.to] else { continue }
            svg += path(from: from, to: to, style: edge.style)
        }
        for flow in diagram.flows {
            svg += self.flow(flow, boxes: boxes)
        }
        for column in columns {
            for node in diagram.nodes(in: column) { svg += box(boxes[node.id]!) }
        }
        if !flowKinds.isEmpty {
            svg += legend(flowKinds, y: margin + headerHeight + contentHeight + 12)
        }
        svg += "</svg>\n"
        return svg
    }

    /// The stroke of a flow: its color, width and dashes.
    static func stroke(_ kind: DiagramFlow.Kind) -> String {
        switch kind {
        case .forward: "stroke=\"\(forwardColor)\" stroke-width=\"3\""
        case .returnPrimary: "stroke=\"\(returnColor)\" stroke-width=\"3\""
        case .returnBackup: "stroke=\"\(returnColor)\" stroke-width=\"2\" stroke-dasharray=\"6 4\""
        }
    }

    /// One flow as a path through its boxes, beside the edges: forward above, return below.
    static func flow(_ flow: DiagramFlow, boxes: [String: Box]) -> String {
        let offset = flow.kind == .forward ? -4 : 4
        var d = ""
        for (from, to) in zip(flow.nodes, flow.nodes.dropFirst()) {
            guard let from = boxes[from], let to = boxes[to] else { continue }
            d += (d.isEmpty ? "" : " ") + curve(from: from, to: to, offset: offset)
        }
        guard !d.isEmpty else { return "" }
        return
            "<path class=\"flow \(flow.kind.rawValue)\" d=\"\(d)\" fill=\"none\" \(stroke(flow.kind))><title>\(HTMLText.escape("\(flow.kind.label): \(flow.virtualInterface)"))</title></path>\n"
    }

    /// The legend of the flows drawn, one row per kind, under the boxes.
    static func legend(_ kinds: [DiagramFlow.Kind], y top: Int) -> String {
        var svg = "<g class=\"legend\">"
        for (index, kind) in kinds.enumerated() {
            let y = top + index * legendLine + legendLine / 2
            svg +=
                "<line x1=\"\(margin)\" y1=\"\(y)\" x2=\"\(margin + 36)\" y2=\"\(y)\" \(stroke(kind))/>"
            svg += "<text x=\"\(margin + 44)\" y=\"\(y + 4)\">\(HTMLText.escape(kind.label))</text>"
        }
        return svg + "</g>\n"
    }

    static func height(of node: DiagramNode) -> Int {
        padding * 2 + titleLine + node.details.count * detailLine
    }

    static func path(from: Box, to: Box, style: DiagramEdge.Style) -> String {
        let dash = style == .dashed ? " stroke-dasharray=\"5 4\"" : ""
        return "<path class=\"edge\" d=\"\(curve(from: from, to: to))\" fill=\"none\"\(dash)/>\n"
    }

    /// The curve from one box to another (a loop on the right between boxes of one column),
    /// moved `offset` points down.
    static func curve(from: Box, to: Box, offset: Int = 0) -> String {
        let y1 = from.y + from.height / 2 + offset
        let y2 = to.y + to.height / 2 + offset
        if from.x == to.x {
            let x = from.x + columnWidth
            let bend = x + rightGutter - 8 + offset
            return "M\(x) \(y1) C\(bend) \(y1) \(bend) \(y2) \(x) \(y2)"
        }
        let x1 = from.x + columnWidth
        let x2 = to.x
        let middle = (x1 + x2) / 2
        return "M\(x1) \(y1) C\(middle) \(y1) \(middle) \(y2) \(x2) \(y2)"
    }

    static func box(_ box: Box) -> String {
        let node = box.node
        let kind = node.isConnectRegion ? "connect" : String(describing: node.column)
        var svg = "<g class=\"node \(kind)\">"
        svg += "<title>\(HTMLText.escape(([node.title] + node.details).joined(separator: "\n")))</title>"
        svg += "<rect x=\"\(box.x)\" y=\"\(box.y)\" width=\"\(columnWidth)\" height=\"\(box.height)\" rx=\"6\"/>"
        var y = box.y + padding + 13
        svg +=
            "<text class=\"title\" x=\"\(box.x + padding)\" y=\"\(y)\">\(HTMLText.escape(fit(node.title, characters: 24)))</text>"
        for detail in node.details {
            y += detailLine
            svg += "<text x=\"\(box.x + padding)\" y=\"\(y)\">\(HTMLText.escape(fit(detail, characters: 30)))</text>"
        }
        return svg + "</g>\n"
    }

    /// At most `characters` characters, the last one an ellipsis when cut (the full text is in the box's `<title>`).
    static func fit(_ text: String, characters: Int) -> String {
        text.count <= characters ? text : String(text.prefix(characters - 1)) + "…"
    }
}
