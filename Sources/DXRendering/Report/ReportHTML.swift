/// The architecture review as one self-contained HTML5 file: inline CSS (with `@media print`),
/// inline SVG (``TopologyDiagramSVG``, ``RouteScopeChartSVG``), no script and nothing fetched — a
/// Content-Security-Policy of `default-src 'none'` makes browsers refuse any fetch. It writes the
/// ``ReportDocument`` of ``ReportSections``: every text run goes through ``HTMLText/escape(_:)``.
public enum ReportHTML {
    typealias Block = ReportDocument.Block
    typealias Inline = ReportDocument.Inline

    public static func render(_ report: ReviewReport) -> String {
        render(ReportSections.document(report))
    }

    package static func render(_ document: ReportDocument) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(h(document.generator))">
            <title>\(h(document.title))</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <header>
            <h1>\(h(document.title))</h1>
            <p class="meta">\(inlines(document.byline))</p>
            </header>
            <nav><ol>

            """
        for (index, section) in document.sections.enumerated() where !section.isAppendix {
            html += "<li><a href=\"#\(document.anchor(ofSectionAt: index))\">\(h(section.title))</a></li>\n"
        }
        html += "</ol>\n"
        let appendices = document.sections.indices.filter { document.sections[$0].isAppendix }
        if !appendices.isEmpty {
            html += "<ul>\n"
            for index in appendices {
                let section = document.sections[index]
                html +=
                    "<li><a href=\"#\(document.anchor(ofSectionAt: index))\">\(h(document.label(ofSectionAt: index))) \(h(section.title))</a></li>\n"
            }
            html += "</ul>\n"
        }
        html += "</nav>\n<main>\n"
        for (index, section) in document.sections.enumerated() {
            let label = h(document.label(ofSectionAt: index))
            html += "<section id=\"\(document.anchor(ofSectionAt: index))\">\n<h2>\(label) \(h(section.title))</h2>\n"
            html += section.blocks.map(block).joined() + "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static let style = """
        :root { color-scheme: light; }
        body { font: 14px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 1180px; padding: 0 20px 40px; }
        h1 { font-size: 24px; margin: 24px 0 4px; } h2 { font-size: 19px; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; } h3 { font-size: 15px; }
        .meta { color: #57606a; margin: 0 0 12px; }
        nav ol { columns: 3; font-size: 13px; padding-left: 20px; } nav a { color: #0550ae; text-decoration: none; }
        nav ul { font-size: 13px; padding-left: 20px; list-style: none; }
        table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; font-size: 12.5px; }
        th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f3f5f7; overflow-wrap: normal; }
        .ok, .bad, .warn { white-space: nowrap; } .ok { color: #116329; font-weight: bold; } .bad { color: #a40e26; font-weight: bold; } .warn { color: #7d4e00; font-weight: bold; }
        .verdict { border: 2px solid; border-radius: 8px; padding: 10px 14px; font-size: 17px; font-weight: bold; }
        .verdict.ok { border-color: #1a7f37; background: #dafbe1; } .verdict.bad { border-color: #cf222e; background: #ffebe9; }
        figure { margin: 8px 0; } svg.diagram { width: 100%; height: auto; } svg.chart { width: 100%; max-width: 760px; height: auto; } figcaption { color: #57606a; font-size: 12px; }
        svg text { font: 11px "DejaVu Sans", Helvetica, Arial, sans-serif; fill: #1b1f24; }
        svg .column { font-weight: bold; font-size: 12px; fill: #57606a; } svg .title { font-weight: bold; font-size: 12px; }
        svg .edge { stroke: #6e7781; stroke-width: 1.5; }
        svg .node rect { stroke: #57606a; stroke-width: 1; fill: #ffffff; }
        svg .internet rect { fill: #f6f8fa; } svg .router rect { fill: #ddf4ff; } svg .link rect { fill: #fff8c5; }
        svg .location rect { fill: #fbefff; } svg .region rect { fill: #dafbe1; } svg .connect rect { fill: #aceebb; stroke: #116329; stroke-width: 2.5; }
        svg .s8100 { fill: #0969da; } svg .s8200 { fill: #54aeff; } svg .untagged { fill: #b6e3ff; stroke: #0969da; stroke-width: 0.5; }
        ul { padding-left: 20px; } code { font-size: 12px; background: #f3f5f7; padding: 0 3px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; } nav { display: none; }
          h2 { break-after: avoid; } tr, figure, .verdict { break-inside: avoid; }
          a { color: inherit; text-decoration: none; } th { background: #eeeeee; }
          .verdict.ok, .verdict.bad { background: none; }
        }

        """

    static func h(_ text: String) -> String { HTMLText.escape(text) }

    /// The CSS class of a status; neutral has none.
    static func css(_ status: ReportDocument.Status) -> String {
        switch status {
        case .ok: "ok"
        case .attention: "warn"
        case .bad: "bad"
        case .neutral: ""
        }
    }

    static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let content):
            "<p>\(inlines(content))</p>\n"
        case .callout(let status, let content):
            "<p class=\"verdict \(css(status))\">\(inlines(content))</p>\n"
        case .heading(let title, let status):
            "<h3\(status.map { " class=\"\(css($0))\"" } ?? "")>\(h(title))</h3>\n"
        case .table(let table):
            self.table(table)
        case .list(let items):
            items.isEmpty ? "" : "<ul>\n" + items.map { "<li>\(inlines($0))</li>\n" }.joined() + "</ul>\n"
        case .figure(let figure):
            "<figure>\n" + figure.svg
                + (figure.caption.isEmpty ? "" : "<figcaption>\(inlines(figure.caption))</figcaption>\n")
                + "</figure>\n"
        }
    }

    static func table(_ table: ReportDocument.Table) -> String {
        var html =
            "<table>\n<thead><tr>" + table.header.map { "<th>\(h($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows { html += "<tr>" + row.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    /// Links go only to `https://` pages; any other URL leaves the text unlinked.
    static func link(_ text: String, _ url: String) -> String {
        url.hasPrefix("https://") ? "<a href=\"\(h(url))\">\(h(text))</a>" : h(text)
    }

    static func inlines(_ content: [Inline]) -> String {
        content.map(inline).joined()
    }

    static func inline(_ item: Inline) -> String {
        switch item {
        case .text(let run): h(run)
        case .strong(let content): "<strong>\(inlines(content))</strong>"
        case .code(let code): "<code>\(h(code))</code>"
        case .link(let text, let url), .citation(let text, let url): link(text, url)
        case .status(let status, let word): "<span class=\"\(css(status))\">\(h(word))</span>"
        case .source(let source): h(source)
        case .small(let content): "<small>\(inlines(content))</small>"
        case .lines(let lines): lines.map(h).joined(separator: "<br>")
        }
    }
}
