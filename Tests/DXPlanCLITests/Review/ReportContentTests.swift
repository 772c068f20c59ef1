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

/// What the report of every example topology says, checked against the other commands and the
/// source: the firewall section is `dxplan allowlist`'s list, and no Swift name leaks into it.
@Suite struct ReportContentTests {
    static let names = ReportGoldenTests.names

    /// The plain text of a cell.
    static func text(_ inline: ReportDocument.Inline) -> String {
        switch inline {
        case .text(let run), .code(let run), .status(_, let run), .source(let run): run
        case .link(let run, _), .citation(let run, _): run
        case .strong(let content), .small(let content): content.map(text).joined()
        case .lines(let lines): lines.joined(separator: "\n")
        }
    }

    /// `direction remote port/PROTOCOL` for each rule of the report's firewall table, and its list items.
    static func reportFirewall(_ report: ReviewReport) throws -> (rules: [String], notes: [String]) {
        let section = try #require(ReportSections.document(report).sections.first { $0.title == "Firewall guidance" })
        var rules: [String] = []
        var notes: [String] = []
        for block in section.blocks {
            switch block {
            case .table(let table):
                #expect(table.header == ["Direction", "Domain or prefix set", "Port", "Protocol", "Purpose"])
                for row in table.rows {
                    let remote = text(row[1]).split(separator: "\n").first.map(String.init) ?? ""
                    rules.append("\(text(row[0])) \(remote) \(text(row[2]))/\(text(row[3]))")
                }
            case .list(let items): notes += items.map { $0.map(text).joined() }
            default: break
            }
        }
        return (rules, notes)
    }

    /// The same from `dxplan allowlist --format json`.
    static func allowListFirewall(_ url: URL) throws -> (rules: [String], notes: [String]) {
        let result = DXPlan.run(["allowlist", url.path, "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let outbound = try #require(object["outbound"] as? [[String: Any]])
        let inbound = try #require((object["inbound"] as? [String: Any])?["rules"] as? [[String: Any]])
        let rules = try (outbound + inbound).map { rule -> String in
            let remote = try #require(rule["remote"] as? [String: Any])
            let name = try #require((remote["domain"] ?? remote["set"]) as? String)
            let ports = try #require(rule["ports"] as? [String: Int])
            let from = ports["from"]!
            let to = ports["to"]!
            let portText = from == to ? "\(from)" : "\(from)-\(to)"
            let transport = try #require(rule["protocol"] as? String).uppercased()
            return "\(try #require(rule["direction"] as? String)) \(name) \(portText)/\(transport)"
        }
        let notes = try #require(object["advice"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        return (rules, notes)
    }

    @Test(arguments: names) func firewallSectionIsTheAllowList(name: String) throws {
        guard ReportFixture.embeddedRanges != nil else { return }
        let report = try #require(ReportFixture.reports[name])
        let url = PackagePaths.topologies.appendingPathComponent("\(name).yaml")
        let fromReport = try Self.reportFirewall(report)
        let fromCommand = try Self.allowListFirewall(url)
        #expect(!fromReport.rules.isEmpty)
        #expect(fromReport.rules == fromCommand.rules)
        #expect(fromReport.notes == fromCommand.notes)
    }

    // MARK: Internal identifiers

    /// Names AWS publishes that are also Swift property names here: ip-ranges.json's fields.
    static let publishedNames: Set<String> = ["syncToken", "createDate"]

    /// Every camelCase or multi-word PascalCase name declared in Sources (types, functions,
    /// properties, enum cases, parameters' labels are not declarations and are left out).
    static func swiftSymbols() throws -> Set<String> {
        let sources = PackagePaths.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let declaration = try Regex(
            #"\b(?:func|var|let|case|struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_][A-Za-z0-9_]*)"#)
        var symbols: Set<String> = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let source = try String(contentsOf: url, encoding: .utf8)
            for match in source.matches(of: declaration) {
                guard let name = match.output[1].substring.map(String.init) else { continue }
                if isCompound(name) { symbols.insert(name) }
            }
        }
        return symbols
    }

    /// `turnEndpoints`, `ReviewReport`: a lowercase letter followed by an uppercase one.
    static func isCompound(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return zip(scalars, scalars.dropFirst()).contains {
            CharacterSet.lowercaseLetters.contains($0) && CharacterSet.uppercaseLetters.contains($1)
        }
    }

    /// The words of an output: HTML without its style sheet, tags and attributes; SVG text stays.
    static func words(_ output: String) throws -> Set<String> {
        var text = output
        if let style = text.range(of: "<style>"), let end = text.range(of: "</style>") {
            text.removeSubrange(style.lowerBound..<end.upperBound)
        }
        text = text.replacing(try Regex("<[^>]*>"), with: " ")
        return Set(text.matches(of: try Regex("[A-Za-z_][A-Za-z0-9_]*")).map { String(text[$0.range]) })
    }

    @Test func noSwiftNameInAnyReport() throws {
        guard ReportFixture.embeddedRanges != nil else { return }
        let symbols = try Self.swiftSymbols()
        #expect(symbols.contains("turnEndpoints") && symbols.contains("ReviewReport"), "the scan finds declarations")
        let selector = try Regex(#"[A-Za-z_]+\((?:[A-Za-z_]+:)+\)"#)
        for name in Self.names {
            let report = try #require(ReportFixture.reports[name])
            for (format, output) in [("md", ReportMarkdown.render(report)), ("html", ReportHTML.render(report))] {
                let leaked = try Self.words(output).intersection(symbols).subtracting(Self.publishedNames)
                #expect(leaked.isEmpty, "\(name).\(format) shows Swift names: \(leaked.sorted())")
                #expect(output.firstMatch(of: selector) == nil, "\(name).\(format) shows a Swift selector")
            }
        }
    }

    @Test func noSwiftNameInRangesDiffText() throws {
        guard let old = SharedTestData.file("ip-ranges-2019-08-30.json"),
            let new = SharedTestData.file("ip-ranges-2026-08-22.json")
        else { return }
        let topology = PackagePaths.topologies.appendingPathComponent("hosted-carrier.yaml").path
        let output = DXPlan.run(["ranges", "diff", old.path, new.path, "--topology", topology]).standardOutput
        #expect(output.contains("router config lon-edge-1"))
        let leaked = try Self.words(output).intersection(try Self.swiftSymbols()).subtracting(Self.publishedNames)
        #expect(leaked.isEmpty, "ranges diff shows Swift names: \(leaked.sorted())")
    }

    @Test func theScanCatchesALeakedName() throws {
        let symbols = try Self.swiftSymbols()
        let html = "<p class=\"meta\">see turnEndpoints(in:) and DestinationSummary</p>"
        #expect(try Self.words(html).intersection(symbols) == ["turnEndpoints", "DestinationSummary"])
        #expect(try Self.words("<p class=\"noSuchWord\">ok</p>").isDisjoint(with: ["noSuchWord"]))
    }
}
