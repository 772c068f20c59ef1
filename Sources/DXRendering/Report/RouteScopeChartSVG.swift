import DXAWS
import DXInput
import DXModel

/// A horizontal stacked bar per public VIF: routes learned tagged 7224:8100 (Region), 7224:8200
/// (continent) and untagged (AWS DX User Guide, "Routing policies and BGP communities"). Bars
/// share one scale, the largest total; counts are printed, so the chart also reads in grayscale.
public enum RouteScopeChartSVG {
    static let width = 760
    static let labelWidth = 150
    static let barWidth = 400
    static let rowHeight = 26
    static let top = 34

    /// `rows` are (VIF name, 8100, 8200, untagged) in display order.
    public static func render(_ rows: [(name: String, region: Int, continent: Int, global: Int)]) -> String {
        let height = top + max(1, rows.count) * rowHeight + 8
        let largest = max(1, rows.map { $0.region + $0.continent + $0.global }.max() ?? 1)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"chart-title\">\n"
        svg +=
            "<title id=\"chart-title\">Routes learned per public VIF by scope: 7224:8100, 7224:8200, untagged</title>\n"
        let legend: [(String, String)] = [
            ("s8100", "7224:8100 Region"), ("s8200", "7224:8200 continent"),
            ("untagged", "untagged (other continents, GLOBAL)"),
        ]
        var x = labelWidth
        for (kind, label) in legend {
            svg +=
                "<rect class=\"\(kind)\" x=\"\(x)\" y=\"8\" width=\"12\" height=\"12\"/><text x=\"\(x + 16)\" y=\"18\">\(label)</text>\n"
            x += 16 + label.count * 7 + 18
        }
        if rows.isEmpty {
            svg += "<text x=\"\(labelWidth)\" y=\"\(top + 16)\">No public VIF learns routes.</text>\n"
        }
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(TopologyDiagramSVG.fit(row.name, characters: 20)))</text>"
            var offset = labelWidth
            for (kind, count) in [("s8100", row.region), ("s8200", row.continent), ("untagged", row.global)]
            where count > 0 {
                let length = max(1, count * barWidth / largest)
                svg +=
                    "<rect class=\"\(kind)\" x=\"\(offset)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"16\"><title>\(count)</title></rect>"
                offset += length
            }
            let total = row.region + row.continent + row.global
            svg +=
                "<text x=\"\(offset + 6)\" y=\"\(y + 15)\">\(row.region) + \(row.continent) + \(row.global) = \(total)</text>\n"
        }
        return svg + "</svg>\n"
    }
}
