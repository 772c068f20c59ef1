import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlanning

/// The sources table of the code (`Reference.all`) and Docs/Sources.md are the same, and every
/// citation in the code names a listed source.
@Suite struct ReferenceCatalogTests {
    /// The `| id | title | URL |` rows of Docs/Sources.md, in order.
    static func documentedRows() throws -> [(id: String, title: String, url: String)] {
        let page = try String(contentsOf: PackagePaths.root.appendingPathComponent("Docs/Sources.md"), encoding: .utf8)
        return page.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3 else { return nil }
            let id = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            var url = cells[2]
            if url.hasPrefix("<") && url.hasSuffix(">") {
                url = String(url.dropFirst().dropLast())
            } else if url.hasPrefix("["), let end = url.firstIndex(of: "]") {
                url = String(url[url.index(after: url.startIndex)..<end])
            }
            return (id, cells[1], url)
        }
    }

    @Test func sourcesPageEqualsTheCodeTable() throws {
        let rows = try Self.documentedRows()
        #expect(rows.map(\.id) == Reference.all.map(\.id), "Docs/Sources.md and Reference.all list different ids")
        for (row, reference) in zip(rows, Reference.all) where row.id == reference.id {
            #expect(row.title == reference.title, "title of \(row.id)")
            #expect(row.url == reference.url, "URL of \(row.id)")
        }
    }

    @Test func idsAreUniqueKebabCaseAndURLsArePublicOrShipped() {
        #expect(Set(Reference.all.map(\.id)).count == Reference.all.count)
        for reference in Reference.all {
            let kebab = reference.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil
            #expect(kebab, "\(reference.id)")
            if reference.url.hasPrefix("Docs/") {
                let path = PackagePaths.root.appendingPathComponent(reference.url).path
                #expect(FileManager.default.fileExists(atPath: path), "\(reference.id): \(reference.url)")
            } else {
                #expect(reference.url.hasPrefix("https://"), "\(reference.id): \(reference.url)")
            }
        }
    }

    @Test func everyRuleCitesListedSources() {
        for rule in Rule.all {
            #expect(!rule.sources.isEmpty, "\(rule.id) cites nothing")
            for citation in rule.sources {
                #expect(Reference.named(citation.id) != nil, "\(rule.id) cites unknown source '\(citation.id)'")
            }
        }
    }

    @Test func allowListCitationsAreListed() {
        let citations: [AllowListCitation] = [.domains, .turn, .ipRanges, .thirtyDays, .regions, .domainUpdate]
        for citation in citations {
            #expect(Reference.named(citation.reference) != nil, "unknown source '\(citation.reference)'")
        }
    }

    /// Every `Citation("id"` written in the library names a listed source.
    @Test func everyCitationLiteralInTheCodeIsListed() throws {
        let sources = PackagePaths.root.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let pattern = try NSRegularExpression(pattern: #"Citation\(\s*"([^"]+)""#)
        var count = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                count += 1
                let id = String(text[range])
                #expect(Reference.named(id) != nil, "\(file.lastPathComponent) cites unknown source '\(id)'")
            }
        }
        #expect(count > 20)
    }
}
