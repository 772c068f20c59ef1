/// The architecture review as GitHub-Flavored Markdown: headings and tables only, no raw HTML.
/// It writes the ``ReportDocument`` of ``ReportSections``: every text run goes through
/// ``MarkdownText/escape(_:links:)``, code through ``MarkdownText/code(_:inTable:)``; figures, which
/// Markdown cannot draw, give way to their fallback (the topology diagram becomes a table of links).
public enum ReportMarkdown {
    typealias Block = ReportDocument.Block
    typealias Inline = ReportDocument.Inline

    public static func render(_ report: ReviewReport) -> String {
        render(ReportSections.document(report))
    }

    package static func render(_ document: ReportDocument) -> String {
        var text = "# \(MarkdownText.escape(document.title))\n\n" + inlines(document.byline) + "\n\n"
        for (index, section) in document.sections.enumerated() {
            text +=
                "## \(document.label(ofSectionAt: index)) \(MarkdownText.escape(section.title))\n\n"
                + blocks(section.blocks)
        }
        return text
    }

    static func blocks(_ blocks: [Block]) -> String {
        blocks.map(block).joined()
    }

    static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let content): inlines(content) + "\n\n"
        case .callout(_, let content): "**" + inlines(content) + "**\n\n"
        case .heading(let title, _): "### " + MarkdownText.escape(title) + "\n\n"
        case .table(let table): self.table(table)
        case .list(let items): items.isEmpty ? "" : items.map { "- " + inlines($0) + "\n" }.joined() + "\n"
        case .figure(let figure): blocks(figure.fallback)
        }
    }

    /// A GFM table; an empty cell is written as a space so that the row keeps its columns.
    static func table(_ table: ReportDocument.Table) -> String {
        var text = "| " + table.header.map { MarkdownText.escape($0) }.joined(separator: " | ") + " |\n"
        text += "|" + table.header.map { _ in " --- |" }.joined() + "\n"
        for row in table.rows {
            text +=
                "| "
                + row.map { cell in
                    let content = inlines([cell], inTable: true)
                    return content.isEmpty ? " " : content
                }.joined(separator: " | ") + " |\n"
        }
        return text + "\n"
    }

    /// Adjacent text runs are escaped together, so that no Markdown construct (an autolink's
    /// `://`) can form across two of them.
    static func inlines(_ content: [Inline], inTable: Bool = false) -> String {
        var text = ""
        var pending = ""
        for item in content {
            if case .text(let run) = item {
                pending += run
                continue
            }
            text += MarkdownText.escape(pending) + inline(item, inTable: inTable)
            pending = ""
        }
        return text + MarkdownText.escape(pending)
    }

    static func inline(_ item: Inline, inTable: Bool) -> String {
        switch item {
        case .text(let run): MarkdownText.escape(run)
        case .strong(let content): "**" + inlines(content, inTable: inTable) + "**"
        case .code(let code): MarkdownText.code(code, inTable: inTable)
        case .link(let text, _): MarkdownText.escape(text)
        case .citation(let title, _): "*" + MarkdownText.escape(title) + "*"
        case .status(.attention, let word), .status(.bad, let word): "**" + MarkdownText.escape(word) + "**"
        case .status(_, let word): MarkdownText.escape(word)
        case .source(let source): MarkdownText.escape(source, links: true)
        case .small(let content): inlines(content, inTable: inTable)
        case .lines(let lines): lines.map { MarkdownText.escape($0) }.joined(separator: "; ")
        }
    }
}
