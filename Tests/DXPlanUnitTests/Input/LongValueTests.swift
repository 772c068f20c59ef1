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

/// Error lines never repeat whole values (issue 17, defect 12): a 100 kB value gives an error
/// quoting at most 80 characters of it, escaped, so every line stays short and printable.
@Suite struct LongValueTests {
    static let long = String(repeating: "9", count: 100_000)

    @Test func messageValueCutsAndEscapes() {
        #expect(MessageValue.quoted("vlan") == "'vlan'")
        #expect(MessageValue.shown(String(repeating: "a", count: 80)) == String(repeating: "a", count: 80))
        #expect(MessageValue.shown(String(repeating: "a", count: 81)) == String(repeating: "a", count: 80) + "…")
        #expect(
            MessageValue.shown("a\nb\r\t\u{1B}[31m\u{202E}\u{2028}\u{85}")
                == "a\\nb\\r\\t\\u{1b}[31m\\u{202e}\\u{2028}\\u{85}")
        #expect(MessageValue.shown(bytes: [0x41, 0xFF, 0x00]) == "A\u{FFFD}\\u{0}")
    }

    /// A topology line `key: value` replaced by `key: VALUE`.
    static func topology(replacing line: String, with value: String) -> String {
        let key = line.split(separator: ":")[0]
        return TopologyFixture.minimal.replacingOccurrences(of: line, with: "\(key): \(value)")
    }

    @Test(arguments: [
        ("asn: 64496", long), ("vlan: 101", long), ("vlan: 101", "0" + long), ("vendor: frr", long),
        ("speed: 10Gbps", long), ("customer_address: 198.51.100.249/30", long), ("region: us-east-1", long),
        ("instance: test-site", long), ("type: dedicated", long), ("address_family: ipv4", long),
        ("asn: 64496", "\"\\n\\u202E\(long)\""), ("vendor: frr", "\"\\x1b[2J\\n\\u202E\(long)\""),
        ("name: pub-1", "\"\\n\\u202E\(long)\""), ("- 198.51.100.0/24", "\"\\u2028\(long)\""),
    ])
    func longValuesGiveShortErrors(line: String, value: String) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appendingPathComponent("site.yaml").path
        let text =
            line.hasPrefix("- ")
            ? TopologyFixture.minimal.replacingOccurrences(of: line, with: "- \(value)")
            : Self.topology(replacing: line, with: value)
        #expect(text != TopologyFixture.minimal)
        try text.write(toFile: site, atomically: true, encoding: .utf8)
        let result = DXPlan.run(["validate", site], environment: ["DX_KEY": "k"])
        #expect(result.status != .success, "\(line)")
        for output in [result.standardError, result.standardOutput] {
            for errorLine in output.split(separator: "\n") {
                #expect(errorLine.count <= 512, "\(line): \(errorLine.prefix(200))")
                #expect(
                    !errorLine.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{2028}" || $0 == "\u{1B}" },
                    "\(line)")
            }
        }
        let both = result.standardError + result.standardOutput
        #expect(both.contains("…"), "\(line): \(result.standardError.prefix(300))")
    }

    /// Leading zeros are an error for every integer key, with the YAML 1.1 reading (defect 9).
    @Test(arguments: [
        ("vlan: 101", "0101", "write 101; YAML 1.1 reads 0101 as octal 65"),
        ("vlan: 101", "-07", "write -7; YAML 1.1 reads -07 as octal -7"),
        ("vlan: 101", "00", "write 0; YAML 1.1 reads 00 as octal 0"),
        ("vlan: 101", "0999", "write 999; YAML 1.1 reads 0999 as text, not a number"),
    ])
    func leadingZerosAreErrors(line: String, value: String, fix: String) throws {
        var decoder = TopologyDecoder(file: "t.yaml")
        let root = try YAMLReader.parse(Array(Self.topology(replacing: line, with: value).utf8), file: "t.yaml")
        _ = decoder.topology(root)
        #expect(
            decoder.errors.map(\.message).contains { $0.contains("has a leading zero") && $0.contains(fix) },
            "\(decoder.errors)")
    }
}
