import DXTestSupport
import Foundation
import Testing

/// dxplan ships self-contained: no shipped file cites a document that does not ship (the
/// project's working notes), and every relative link or `Docs/…` path points to a file that exists.
@Suite struct ShippedDocumentsTests {
    /// Folders and files that ship with dxplan.
    static let shipped = ["Sources", "Tests", "Docs", "Topologies", ".ci", "README.md", "Package.swift"]

    /// Every shipped text file, relative to the package root, sorted; build folders are skipped.
    static func shippedFiles() -> [String] {
        let root = PackagePaths.root
        var paths: [String] = []
        for entry in shipped {
            let url = root.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                paths.append(entry)
                continue
            }
            let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey])
            while let file = enumerator?.nextObject() as? URL {
                if file.lastPathComponent.hasPrefix(".build") || file.lastPathComponent == ".swiftpm" {
                    enumerator?.skipDescendants()
                    continue
                }
                if (try? file.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { continue }
                paths.append(entry + "/" + String(file.path.dropFirst(url.path.count + 1)))
            }
        }
        return paths.sorted()
    }

    /// The text of a shipped file, or nil when it is not UTF-8 text.
    static func text(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: PackagePaths.root.appendingPathComponent(path).path),
            !data.contains(0)
        else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// The working notes, spelled in pieces so that this file does not cite them itself.
    static let notes = ["FAC" + "TS", "DES" + "IGN", "TOPO" + "LOGY", "C" + "LI", "STY" + "LE", "L" + "AB"]

    @Test func noShippedFileCitesTheWorkingNotes() throws {
        let names = Self.notes.joined(separator: "|")
        let patterns = [
            #"\b("# + names + #")\.md\b"#,  // the note files
            #"\b"# + Self.notes[0] + #"\b"#,  // the fact sheet by name, e.g. with a section sign
            #"\[S[0-9]{1,2}(-[a-z]+)?\]"#,  // its source keys: an S, a number, in brackets
        ]
        let expression = try NSRegularExpression(pattern: patterns.joined(separator: "|"))
        var offenders: [String] = []
        let files = Self.shippedFiles()
        for path in files {
            guard let text = Self.text(path) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    offenders.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces).prefix(100))")
                }
            }
        }
        #expect(files.count > 100)
        if !offenders.isEmpty {
            Issue.record("cites a document that does not ship:\n\(offenders.joined(separator: "\n"))")
        }
    }

    @Test func relativeMarkdownLinksResolve() throws {
        let link = try NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        var broken: [String] = []
        let pages = Self.shippedFiles().filter { $0.hasSuffix(".md") && ($0.hasPrefix("Docs/") || $0 == "README.md") }
        for path in pages {
            guard let text = Self.text(path) else { continue }
            let folder = PackagePaths.root.appendingPathComponent(path).deletingLastPathComponent()
            var inFence = false
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle() }
                if inFence { continue }
                for match in link.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    guard let range = Range(match.range(at: 1), in: line) else { continue }
                    let target = String(line[range])
                    if target.contains(":") || target.hasPrefix("#") { continue }
                    let file = String(target.split(separator: "#", maxSplits: 1)[0])
                    if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) {
                        broken.append("\(path):\(number + 1): \(target)")
                    }
                }
            }
        }
        if !broken.isEmpty { Issue.record("links to files that do not exist:\n\(broken.joined(separator: "\n"))") }
    }

    /// A `Docs/…` page path written anywhere (comments, output, docs) names a page that ships.
    @Test func docsPathsNameShippedPages() throws {
        let expression = try NSRegularExpression(pattern: #"Docs/[A-Za-z0-9_.+-]+\.md"#)
        var missing: [String] = []
        for path in Self.shippedFiles() {
            guard let text = Self.text(path) else { continue }
            for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range, in: text) else { continue }
                let page = String(text[range])
                if !FileManager.default.fileExists(atPath: PackagePaths.root.appendingPathComponent(page).path) {
                    missing.append("\(path): \(page)")
                }
            }
        }
        if !missing.isEmpty { Issue.record("names a page that does not ship:\n\(missing.joined(separator: "\n"))") }
    }
}
