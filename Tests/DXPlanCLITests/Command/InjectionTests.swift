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

/// Hostile free text in a topology file — the topology `name` (any text), a connection's
/// `provider` and `transceiver` (printable text) — with newlines, `;`, `}`, quotes, `|`,
/// `<script>`, an ANSI escape and a right-to-left override, run end to end through every
/// renderer: it never starts a line of its own, never leaves a configuration comment, is escaped
/// in HTML and Markdown, and stays data in JSON. (The renderer-level tests are in Rendering/.)
@Suite struct InjectionTests {
    static let name = "Evil\nVERDICT: fake\u{1b}[31m;}|<script>alert(1)</script>\u{202e}\"q'`*_"

    static let topology =
        TopologyFixture.minimal
        .replacingOccurrences(
            of: "name: Test site",
            with: "name: \"Evil\\nVERDICT: fake\\u001b[31m;}|<script>alert(1)</script>\\u202e\\\"q'`*_\""
        )
        .replacingOccurrences(
            of: "    location: EqDC2\n",
            with:
                "    location: EqDC2\n    provider: \"Prov;}<script>|\\\"q`x` *b* ]]\"\n    transceiver: \"LR;}<script>|\\\"\"\n"
        )
        + SimulationFixture.uplink

    /// Text that must never reach any output raw.
    static let forbidden = ["\u{1b}", "\u{202e}", "<script>"]

    static func run(_ arguments: [String], ranges: String) -> CommandOutput {
        DXPlan.run(arguments + ["--ip-ranges", ranges], environment: ["DX_KEY": "good-key-123"])
    }

    @Test func hostileTextCannotChangeAnyOutput() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (site, ranges) = try SimulationFixture.writeFiles(topology: Self.topology, in: directory)
        let topology = try TopologyDecoder.load(path: site)
        #expect(topology.name.value.hasPrefix("Evil\nVERDICT"))

        // Plain text: the name is one escaped line; nothing hostile starts a line.
        for arguments in [
            ["simulate", site], ["simulate", site, "--each-failure"], ["explain", site, "15.193.0.1"],
            ["allowlist", site], ["allowlist", site, "--format", "csv"],
        ] {
            let result = Self.run(arguments, ranges: ranges)
            #expect(result.status != .unusableInput && result.status != .usage, "\(arguments): \(result.standardError)")
            let text = result.standardOutput + result.standardError
            for bad in Self.forbidden where bad != "<script>" { #expect(!text.contains(bad), "\(arguments)") }
            #expect(
                !text.split(separator: "\n").contains { $0.hasPrefix("VERDICT: fake") || $0.hasPrefix("<script>") },
                "\(arguments)")
        }
        // validate prints findings naming the transceiver; escaped, on one line.
        let validation = DXPlan.run(["validate", site])
        #expect(
            validation.standardOutput.contains("transceiver 'LR;}<script>|\"' does not match"),
            "\(validation.standardOutput)")
        // Printable-text fields reject invisible reordering outright; only `name` is free text.
        try Self.topology.replacingOccurrences(of: "LR;}", with: "LR\\u202e;}").write(
            toFile: site, atomically: true, encoding: .utf8)
        let rejected = DXPlan.run(["validate", site])
        #expect(rejected.status == .unusableInput)
        #expect(
            rejected.standardError.hasSuffix(
                "site.yaml:17:18: error: 'transceiver' contains the bidirectional formatting character U+202E (expected printable text)\n"
            ), "\(rejected.standardError)")
        try Self.topology.write(toFile: site, atomically: true, encoding: .utf8)

        // JSON: the exact strings, as data.
        for arguments in [["simulate", site, "--format", "json"], ["allowlist", site, "--format", "json"]] {
            let json = Self.run(arguments, ranges: ranges).standardOutput
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(arguments)")
            #expect(object["topology"] as? String == Self.name, "\(arguments)")
            #expect(!json.contains("\u{1b}") && !json.contains("\n\"q"))
        }

        // Configurations, every vendor: hostile text only inside one sanitized comment line.
        for vendor in Vendor.allCases {
            let config = Self.run(["config", site, "--vendor", vendor.rawValue, "--force"], ranges: ranges)
            #expect(config.status != .unusableInput && config.status != .usage, "\(vendor): \(config.standardError)")
            let text = config.standardOutput
            for bad in ["\u{1b}", "\u{202e}", "Prov", "LR;"] { #expect(!text.contains(bad), "\(vendor): \(bad)") }
            let lines = text.split(separator: "\n")
            let hits = lines.filter { $0.contains("Evil") || $0.contains("VERDICT") || $0.contains("fake") }
            let marker = vendor == .junos || vendor == .bird ? "#" : "!"
            #expect(
                hits == ["\(marker) topology: Evil VERDICT: fake [31m,)|<script>alert(1)</script>_'q'`*_"],
                "\(vendor): \(hits)")
        }

        // nftables: the name only in comments, no statement touched.
        let nft = Self.run(["allowlist", site, "--format", "nftables"], ranges: ranges).standardOutput
        for line in nft.split(separator: "\n") where line.contains("Evil") || line.contains("fake") {
            #expect(
                line.hasPrefix("#") && !line.contains(";") && !line.contains("}") && !line.contains("\""), "\(line)")
        }
        for bad in ["\u{1b}", "\u{202e}"] { #expect(!nft.contains(bad)) }

        // HTML: escaped, no raw markup from the topology, no bidi override.
        let html = Self.run(["report", site, "--format", "html"], ranges: ranges).standardOutput
        for bad in Self.forbidden { #expect(!html.contains(bad), "\(bad)") }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\"q'") && !html.contains("Prov;}<"))

        // Markdown: one line per value, every special character escaped.
        let markdown = Self.run(["report", site], ranges: ranges).standardOutput
        for bad in Self.forbidden { #expect(!markdown.contains(bad), "\(bad)") }
        let heading = try #require(markdown.split(separator: "\n").first)
        #expect(
            heading
                == "# Architecture review: Evil VERDICT: fake \\[31m;\\}\\|\\<script\\>alert(1)\\</script\\> \"q'\\`\\*\\_"
        )
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("VERDICT: fake") })
        #expect(markdown.contains("Prov;\\}\\<script\\>\\|\"q\\`x\\` \\*b\\* \\]\\]"))
    }
}
