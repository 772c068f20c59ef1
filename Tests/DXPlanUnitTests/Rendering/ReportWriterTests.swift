import DXTestSupport
import Foundation
import Testing

@testable import DXRendering

/// ``ReportMarkdown`` and ``ReportHTML`` on hand-made documents: each mark, and the escaping of
/// hostile text in every place a writer puts it.
@Suite struct ReportWriterTests {
    typealias Inline = ReportDocument.Inline

    /// A pipe, markup, a line break, a right-to-left override, an ampersand, quotes and a URL.
    static let hostile = "a|b <script>x</script>\nnext \u{202E}evil & 'q' http://evil.example"

    static func document(_ blocks: [ReportDocument.Block], title: String = "T") -> ReportDocument {
        ReportDocument(title: title, byline: ["by"], generator: "dxplan <x>", sections: [.init("S", blocks)])
    }

    /// The Markdown of one section's blocks, without the title, byline and section heading.
    static func markdown(_ blocks: [ReportDocument.Block]) -> String {
        String(ReportMarkdown.render(document(blocks)).dropFirst("# T\n\nby\n\n## 1. S\n\n".count))
    }

    /// The HTML of one section's blocks.
    static func html(_ blocks: [ReportDocument.Block]) -> String {
        let page = ReportHTML.render(document(blocks))
        guard let start = page.range(of: "<h2>1. S</h2>\n"), let end = page.range(of: "</section>") else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func markdownTableCellsNeverSplitOrBreak() {
        let table = ReportDocument.Table(["H|1", "H<2>"], [[.text(Self.hostile), .code("x|`y`")]])
        let text = Self.markdown([.table(table)])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "| H\\|1 | H\\<2\\> |")
        #expect(lines[1] == "| --- | --- |")
        #expect(
            lines[2] == "| a\\|b \\<script\\>x\\</script\\> next  evil \\& 'q' http\\://evil.example | `` x\\|`y` `` |")
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
    }

    @Test func htmlTableCellsAreEscaped() {
        let table = ReportDocument.Table(["H|1", "H<2>"], [[.text(Self.hostile), .code("x|`y`")]])
        #expect(
            Self.html([.table(table)]) == """
                <table>
                <thead><tr><th>H|1</th><th>H&lt;2&gt;</th></tr></thead>
                <tbody>
                <tr><td>a|b &lt;script&gt;x&lt;/script&gt;
                next  evil &amp; &#39;q&#39; http://evil.example</td><td><code>x|`y`</code></td></tr>
                </tbody>
                </table>

                """)
    }

    @Test func markdownCodeSpans() {
        #expect(MarkdownText.code("dxplan rules") == "`dxplan rules`")
        #expect(MarkdownText.code("a|b") == "`a|b`")
        #expect(MarkdownText.code("a|b", inTable: true) == "`a\\|b`")
        #expect(MarkdownText.code("a``b") == "```a``b```")
        #expect(MarkdownText.code("`x") == "`` `x ``")
        #expect(MarkdownText.code(" x ") == "`  x  `")
        #expect(MarkdownText.code("a\nb\u{202E}c\u{7}") == "` a b c  `")
        #expect(MarkdownText.code("<b>\\*") == "`<b>\\*`")
        #expect(MarkdownText.code("") == "")
    }

    @Test func markdownMarks() {
        let paragraph: [Inline] = [
            "x ", .strong(["s ", .code("c")]), " ", .status(.ok, "yes"), " ", .status(.bad, "NO"), " ",
            .status(.attention, "check"), " ", .status(.neutral, "n"), " ", .link("L_1", url: "https://a.example"), " ",
            .citation("W", url: "https://b.example"), " ", .small(["(", .source("see https://c.example/a_b"), ")"]),
        ]
        #expect(
            Self.markdown([.paragraph(paragraph)])
                == "x **s `c`** yes **NO** **check** n L\\_1 *W* (see https://c.example/a\\_b)\n\n")
        #expect(
            Self.markdown([.table(.init(["A"], [[.lines(["a|b", "c"])], [.text("")]]))]).hasSuffix(
                "| a\\|b; c |\n|   |\n\n"))
        #expect(Self.markdown([.heading("H|<x>", status: .bad)]) == "### H\\|\\<x\\>\n\n")
        #expect(Self.markdown([.callout(.bad, ["not <ok>"])]) == "**not \\<ok\\>**\n\n")
        #expect(Self.markdown([.list([["a*"], ["b"]])]) == "- a\\*\n- b\n\n")
        #expect(Self.markdown([.list([])]) == "")
    }

    @Test func markdownEscapesAdjacentTextRunsTogether() {
        // Escaped one by one, "http:" and "//evil" would join into an autolink.
        #expect(
            Self.markdown([.paragraph(["http:", "//evil.example ", "www", ".evil.example"])])
                == "http\\://evil.example www\\.evil.example\n\n")
    }

    @Test func markdownFiguresWriteTheirFallbackOnly() {
        let figure = ReportDocument.Figure(svg: "<svg/>\n", caption: ["c"], fallback: [.paragraph(["f"])])
        #expect(Self.markdown([.figure(figure)]) == "f\n\n")
        #expect(Self.markdown([.figure(.init(svg: "<svg/>\n"))]) == "")
    }

    @Test func htmlMarks() {
        let paragraph: [Inline] = [
            .strong(["s ", .code("<c>")]), .status(.ok, "yes"), .status(.attention, "check"), .status(.bad, "NO"),
            .link("L<", url: "https://x.example/?a=\"<b>"), .link("J", url: "javascript:alert(1)"),
            .citation("W", url: "https://b.example"), .small([.source("s&")]), .lines(["a<", "b"]),
        ]
        #expect(
            Self.html([.paragraph(paragraph)])
                == "<p><strong>s <code>&lt;c&gt;</code></strong><span class=\"ok\">yes</span><span class=\"warn\">check</span>"
                + "<span class=\"bad\">NO</span><a href=\"https://x.example/?a=&quot;&lt;b&gt;\">L&lt;</a>J"
                + "<a href=\"https://b.example\">W</a><small>s&amp;</small>a&lt;<br>b</p>\n")
        #expect(Self.html([.heading("H<", status: nil)]) == "<h3>H&lt;</h3>\n")
        #expect(Self.html([.heading("N", status: .neutral)]) == "<h3 class=\"\">N</h3>\n")
        #expect(Self.html([.callout(.bad, ["x"])]) == "<p class=\"verdict bad\">x</p>\n")
        #expect(Self.html([.list([["a<"]])]) == "<ul>\n<li>a&lt;</li>\n</ul>\n")
        #expect(
            Self.html([.figure(.init(svg: "<svg/>\n", caption: ["c<"]))])
                == "<figure>\n<svg/>\n<figcaption>c&lt;</figcaption>\n</figure>\n")
        #expect(Self.html([.figure(.init(svg: "<svg/>\n"))]) == "<figure>\n<svg/>\n</figure>\n")
    }

    @Test func titleGeneratorAndSectionTitlesAreEscaped() {
        let document = ReportDocument(
            title: "T <1> | x", byline: ["b\u{202E}y"], generator: "dxplan \"<x>", sections: [.init("S<", [])])
        let html = ReportHTML.render(document)
        let markdown = ReportMarkdown.render(document)
        #expect(html.contains("<title>T &lt;1&gt; | x</title>"))
        #expect(html.contains("<h1>T &lt;1&gt; | x</h1>\n<p class=\"meta\">b y</p>"))
        #expect(html.contains("<meta name=\"generator\" content=\"dxplan &quot;&lt;x&gt;\">"))
        #expect(html.contains("<a href=\"#s1\">S&lt;</a>") && html.contains("<h2>1. S&lt;</h2>"))
        #expect(markdown == "# T \\<1\\> \\| x\n\nb y\n\n## 1. S\\<\n\n")
    }
}
