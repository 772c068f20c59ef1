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
        let svgHeight = margin * 2 + headerHeight + contentHeight
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 \(svgWidth) \(svgHeight)\" role=\"img\" aria-labelledby=\"diagram-title\">\n"
        svg +=
            "<title id=\"diagram-title\">Topology diagram: customer routers, connections, Direct Connect locations and AWS Regions</title>\n"
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
        for column in columns {
            for node in diagram.nodes(in: column) { svg += box(boxes[node.id]!) }
        }
        svg += "</svg>\n"
        return svg
    }

    static func height(of node: DiagramNode) -> Int {
        padding * 2 + titleLine + node.details.count * detailLine
    }

    static func path(from: Box, to: Box, style: DiagramEdge.Style) -> String {
        let dash = style == .dashed ? " stroke-dasharray=\"5 4\"" : ""
        let y1 = from.y + from.height / 2
        let y2 = to.y + to.height / 2
        let d: String
        if from.x == to.x {
            let x = from.x + columnWidth
            let bend = x + rightGutter - 8
            d = "M\(x) \(y1) C\(bend) \(y1) \(bend) \(y2) \(x) \(y2)"
        } else {
            let x1 = from.x + columnWidth
            let x2 = to.x
            let middle = (x1 + x2) / 2
            d = "M\(x1) \(y1) C\(middle) \(y1) \(middle) \(y2) \(x2) \(y2)"
        }
        return "<path class=\"edge\" d=\"\(d)\" fill=\"none\"\(dash)/>\n"
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
