import DXTestSupport
import Foundation
import Testing

@testable import DXRendering

/// The report document: sections in order, well-formed tables, and both writers drawing every
/// title and header from it.
@Suite struct ReportDocumentTests {
    typealias Block = ReportDocument.Block

    /// Every block, with figure fallbacks (what Markdown writes) or without (what HTML writes).
    static func flatten(_ blocks: [Block], fallbacks: Bool = true) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case .figure(let figure) = block, fallbacks { return [block] + flatten(figure.fallback) }
            return [block]
        }
    }

    static func tables(_ document: ReportDocument, fallbacks: Bool = true) -> [ReportDocument.Table] {
        document.sections.flatMap { flatten($0.blocks, fallbacks: fallbacks) }.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    @Test func sectionsComeInReportOrder() throws {
        let report = try ReportFixture.small(ReportRenderingTests.base)
        let titles = ReportSections.sections(report).map(\.title)
        #expect(
            titles == [
                "Verdict", "Topology", "Whitepaper checklist", "Connections and resiliency", "Routes learned per VIF",
                "Amazon Connect destinations", "Return path", "Failure matrix", "Findings", "Firewall guidance",
                "Region selection", "Modeling assumptions", "Data provenance", "Amazon Connect ranges verified",
                "CloudFront ranges",
            ])
        let sections = ReportSections.sections(report)
        #expect(sections.map(\.isAppendix) == Array(repeating: false, count: 13) + [true, true])
        #expect(ReportSections.document(report).title == "Architecture review: Test site")
    }

    @Test func everyRowHasOneCellPerHeaderColumn() throws {
        let document = ReportSections.document(try ReportFixture.small(ReportRenderingTests.hostile))
        let tables = Self.tables(document)
        #expect(tables.count >= 10)
        for table in tables {
            for row in table.rows { #expect(row.count == table.header.count, "\(table.header)") }
        }
    }

    @Test func theVerdictIsACalloutWithItsStatus() throws {
        let document = ReportSections.document(try ReportFixture.small(ReportRenderingTests.base))
        let first = try #require(document.sections.first?.blocks.first)
        #expect(first == .callout(.ok, ["Amazon Connect traffic is over Direct Connect in both directions."]))
    }

    @Test func bothWritersTakeEveryTitleAndHeaderFromTheDocument() throws {
        let report = try ReportFixture.small(ReportRenderingTests.base)
        let document = ReportSections.document(report)
        let markdown = ReportMarkdown.render(document)
        let html = ReportHTML.render(document)
        #expect(markdown == ReportMarkdown.render(report))
        #expect(html == ReportHTML.render(report))
        for (index, section) in document.sections.enumerated() {
            let label = section.isAppendix ? "Appendix \(["A", "B"][index - 13])." : "\(index + 1)."
            #expect(document.label(ofSectionAt: index) == label)
            #expect(markdown.contains("\n## \(label) \(section.title)\n"))
            #expect(html.contains("<h2>\(label) \(section.title)</h2>"))
        }
        #expect(html.contains("<section id=\"appendix-b\">"))
        for table in Self.tables(document) {
            #expect(
                markdown.contains("| " + table.header.map { MarkdownText.escape($0) }.joined(separator: " | ") + " |\n")
            )
        }
        for table in Self.tables(document, fallbacks: false) {
            #expect(html.contains("<thead><tr>" + table.header.map { "<th>\(HTMLText.escape($0))</th>" }.joined()))
        }
    }

    @Test func theTopologyFigureIsSVGInHTMLAndATableInMarkdown() throws {
        let document = ReportSections.document(try ReportFixture.small(ReportRenderingTests.base))
        guard case .figure(let figure)? = document.sections[1].blocks.first else {
            Issue.record("the Topology section does not start with a figure")
            return
        }
        #expect(figure.svg.hasPrefix("<svg "))
        #expect(!figure.caption.isEmpty)
        let fallback = figure.fallback.compactMap { block -> ReportDocument.Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(fallback.first?.header == ["From", "Name", "To", "Name", "Detail"])
        let single = ReportDocument(
            title: "T", byline: [], generator: "g", sections: [.init("Topology", [.figure(figure)])])
        #expect(!ReportMarkdown.render(single).contains("<svg"))
        #expect(ReportMarkdown.render(single).contains("| From | Name | To | Name | Detail |"))
        #expect(ReportHTML.render(single).contains("<figure>\n" + figure.svg + "<figcaption>"))
        #expect(!ReportHTML.render(single).contains("| From"))
    }
}
