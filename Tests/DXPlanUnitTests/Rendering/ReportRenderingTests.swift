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

/// Markdown and HTML reports: escaping of hostile topology text, secrets, self-containment, determinism.
@Suite struct ReportRenderingTests {
    static let base = TopologyFixture.minimal + SimulationFixture.uplink

    /// `base` with a hostile name and provider, a literal key on pub-1 and a second connection with an env key.
    static let hostile =
        base
        .replacingOccurrences(of: "name: Test site", with: "name: \"<script>alert(1)</script> | x\"")
        .replacingOccurrences(
            of: "    type: dedicated\n",
            with: "    type: dedicated\n    provider: \"<img src=x onerror=alert(2)>*_[a](http://evil.example)\"\n"
        )
        .replacingOccurrences(of: "env:DX_KEY", with: "Sup3rSecretKey!")
        .replacingOccurrences(
            of: "internet:",
            with: """
                  - name: dx-2
                    type: dedicated
                    location: EqDC2
                    speed: 10Gbps
                    router: edge-1
                    virtual_interfaces:
                      - name: pub-2
                        type: public
                        vlan: 102
                        address_family: ipv4
                        customer_address: 198.51.100.253/30
                        amazon_address: 198.51.100.254/30
                        bgp_auth_key: env:DX_OTHER_KEY
                        advertise:
                          - prefix: 198.51.100.0/24
                            scope: continent
                internet:
                """)

    @Test func hostileTextIsEscapedInHTML() throws {
        let html = ReportHTML.render(try ReportFixture.small(Self.hostile))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | x"))
        #expect(html.contains("<title>Architecture review: &lt;script&gt;alert(1)&lt;/script&gt; | x</title>"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("href=\"http://evil"))
    }

    @Test func hostileTextIsEscapedInMarkdown() throws {
        let markdown = ReportMarkdown.render(try ReportFixture.small(Self.hostile))
        #expect(markdown.contains("# Architecture review: \\<script\\>alert(1)\\</script\\> \\| x\n"))
        #expect(markdown.contains("\\<img src\\=x onerror\\=alert(2)\\>\\*\\_\\[a\\](http\\://evil.example)"))
        // Every '<' is escaped, so GitHub renders no HTML at all.
        let unescaped = markdown.indices.filter {
            markdown[$0] == "<" && ($0 == markdown.startIndex || markdown[markdown.index(before: $0)] != "\\")
        }
        #expect(unescaped.isEmpty)
        // Every table row has as many cells as its header: no stray '|' split a cell.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            let separators = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(separators >= 2)
        }
    }

    @Test func markdownEscapingNeutralizesEverySpecialCharacter() {
        #expect(MarkdownText.escape("a|b") == "a\\|b")
        #expect(MarkdownText.escape("line1\nline2\r\nline3") == "line1 line2 line3")
        #expect(
            MarkdownText.escape("*x* _y_ `z` [l](u) ~s~ <b> & #h")
                == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\<b\\> \\& \\#h")
        #expect(
            MarkdownText.escape("see https://x.example or www.x.example")
                == "see https\\://x.example or www\\.x.example")
        #expect(MarkdownText.escape("a\\b") == "a\\\\b")
        #expect(
            HTMLText.escape("<a href=\"x\">'&'</a>\u{1}") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ")
    }

    @Test func secretsNeverAppear() throws {
        let report = try ReportFixture.small(Self.hostile)
        for text in [ReportMarkdown.render(report), ReportHTML.render(report)] {
            #expect(!text.contains("Sup3rSecretKey"))
            #expect(text.contains("literal (redacted)"))
            #expect(text.contains("env:DX\\_OTHER\\_KEY") || text.contains("env:DX_OTHER_KEY"))
        }
    }

    @Test func htmlIsSelfContained() throws {
        let html = ReportHTML.render(try ReportFixture.small(Self.base))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("@media print"))
        #expect(html.contains("Content-Security-Policy"))
        for forbidden in ["<script", "<link", " src=", "@import", "url(", "<img", "<iframe"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        for piece in html.components(separatedBy: "href=\"").dropFirst() {
            #expect(
                piece.hasPrefix("#") || piece.hasPrefix("https://docs.aws.amazon.com/"),
                "unexpected link \(piece.prefix(60))")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func sectionsComeInOrderWithTheVerdictFirst() throws {
        let report = try ReportFixture.small(Self.base)
        let titles = [
            "Verdict", "Topology", "Whitepaper checklist", "Connections and resiliency", "Routes learned per VIF",
            "Amazon Connect destinations", "Return path", "Failure matrix", "Findings", "Firewall guidance",
            "Region selection", "Modeling assumptions", "Data provenance",
        ]
        let markdown = ReportMarkdown.render(report)
        let html = ReportHTML.render(report)
        var lastMarkdown = markdown.startIndex
        var lastHTML = html.startIndex
        for (index, title) in titles.enumerated() {
            let heading = try #require(markdown.range(of: "\n## \(index + 1). \(title)\n"))
            #expect(heading.lowerBound > lastMarkdown)
            lastMarkdown = heading.lowerBound
            let h2 = try #require(html.range(of: "<h2>\(index + 1). \(title)</h2>"))
            #expect(h2.lowerBound > lastHTML)
            lastHTML = h2.lowerBound
        }
        #expect(markdown.contains("**Amazon Connect traffic is over Direct Connect in both directions.**"))
    }

    @Test func outputIsDeterministic() throws {
        let first = try ReportFixture.small(Self.hostile)
        let second = try ReportFixture.small(Self.hostile)
        #expect(ReportMarkdown.render(first) == ReportMarkdown.render(second))
        #expect(ReportHTML.render(first) == ReportHTML.render(second))
    }

    @Test func diagramSVGIsEscapedAndIntegerOnly() throws {
        let svg = TopologyDiagramSVG.render(try ReportFixture.small(Self.hostile).diagram)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<img"))
        #expect(svg.contains("class=\"node connect\""))
        #expect(!svg.contains(".5\""))
        #expect(TopologyDiagramSVG.fit("abcdef", characters: 4) == "abc…")
        let chart = RouteScopeChartSVG.render([(name: "<v>", region: 10, continent: 5, global: 0)])
        #expect(chart.contains("&lt;v&gt;"))
        #expect(chart.contains("10 + 5 + 0 = 15"))
    }
}
