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

@Suite struct JSONReaderTests {
    private func outline(_ text: String) -> String {
        do {
            return try JSONReader.parse(Array(text.utf8), file: "t.json").outline
        } catch {
            return "\(error.location.line):\(error.location.column): \(error.message)"
        }
    }

    @Test(arguments: [
        (
            #"{"a": 1, "b": [true, false, null, -0.5e+10, "x"], "c": {}}"#,
            #"{a: 1, b: [true, false, null, -0.5e+10, "x"], c: {}}"#
        ),
        (#"  [ ]  "#, "[]"),
        (#""\u00e9\ud83d\ude80\n\t\/\"\\\b\f\r""#, "\"é🚀\n\t/\"\\\u{8}\u{C}\r\""),
        ("\u{FEFF}0", "0"),
        (#"{"é": "ü"}"#, #"{é: "ü"}"#),
    ])
    func parses(_ input: String, _ expected: String) {
        #expect(outline(input) == expected)
    }

    @Test func locations() throws {
        let root = try JSONReader.parse(Array("{\n  \"é\": \"ü\", \"k\": [1,\n 2]\n}".utf8), file: "l.json")
        guard case .mapping(let e) = root.kind, case .sequence(let items) = e[1].value.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(root.at == "1:1")
        #expect(e[0].keyLocation.column == 3 && e[0].value.at == "2:8")
        #expect(e[1].keyLocation.column == 13 && e[1].value.at == "2:18")
        #expect(items[1].at == "3:2")
        if case .scalar(let s) = e[0].value.kind { #expect(s.style == .doubleQuoted) }
        if case .scalar(let s) = items[0].kind { #expect(s.style == .plain && s.text == "1") }
    }

    @Test(arguments: [
        ("", "1:1: expected a JSON value but found end of file"),
        ("[1,]", "1:4: expected a JSON value (object, array, string, number, true, false or null) but found ']'"),
        ("{\"a\": 1, \"a\": 2}", "1:10: duplicate key 'a' (first defined at 1:2)"),
        ("{a: 1}", "1:2: expected a string key in object but found 'a'"),
        ("{\"a\" 1}", "1:6: expected ':' after object key but found '1'"),
        ("[1 2]", "1:4: expected ',' or ']' in array but found '2'"),
        ("{\"a\": 1 \"b\"}", "1:9: expected ',' or '}' in object but found '\"'"),
        ("01", "1:2: invalid number: leading zeros are not allowed"),
        ("1.", "1:3: invalid number: expected a digit after '.' but found end of file"),
        ("1e", "1:3: invalid number: expected a digit in the exponent but found end of file"),
        ("-", "1:2: invalid number: expected a digit but found end of file"),
        ("tru", "1:4: invalid literal (expected 'true')"),
        ("nullx", "1:5: invalid literal (expected 'null' followed by ',', ']', '}' or whitespace)"),
        ("\"a\nb\"", "1:3: control character U+000A in string (expected it escaped, e.g. \\n or \\u00XX)"),
        ("\"\\x\"", "1:2: invalid escape in string (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
        ("\"\\ud800\"", "1:2: lone surrogate escape in string (expected a low surrogate \\uDC00-\\uDFFF to follow)"),
        ("\"\\udc00\"", "1:2: lone low surrogate escape in string (expected a high surrogate first)"),
        ("\"\\u12g4\"", "1:2: invalid \\u escape in string (expected 4 hexadecimal digits)"),
        ("\"abc", "1:1: unterminated string (expected a closing '\"')"),
        ("[1] 2", "1:5: unexpected '2' after the JSON value (expected end of file)"),
        ("'a'", "1:1: expected a JSON value (object, array, string, number, true, false or null) but found \"'\""),
    ])
    func rejects(_ input: String, _ expected: String) {
        #expect(outline(input) == expected)
    }

    @Test func invalidUTF8() {
        #expect(throws: InputError(.invalidText, "", at: SourceLocation(file: "u.json", line: 2, column: 3))) {
            try JSONReader.parse([0x5B, 0x0A, 0x20, 0x22, 0xFF, 0x22, 0x5D], file: "u.json")
        }
        #expect(throws: InputError.self) { try JSONReader.parse([0x22, 0xED, 0xA0, 0x80, 0x22], file: "s.json") }
        #expect(throws: InputError.self) { try JSONReader.parse([0x22, 0xC0, 0x80, 0x22], file: "o.json") }
        #expect(throws: InputError.self) { try JSONReader.parse([0xFF], file: "b.json") }
    }

    @Test func depthLimit() {
        #expect(
            outline(String(repeating: "[", count: 100_000)) == "1:201: nesting deeper than 200 levels is not supported")
        #expect(
            outline(String(repeating: "{\"a\":", count: 300))
                == "1:1001: nesting deeper than 200 levels is not supported")
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(!outline(ok).contains("nesting"))
    }

    @Test func duplicateKeysInLargeObjects() {
        let keys = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(outline("{\(keys), \"k3\": 0}").hasSuffix("duplicate key 'k3' (first defined at 1:29)"))
        #expect(outline("{\(keys), \"k39\": 0, \"k40\": 1}").contains("duplicate key 'k39'"))
    }

    @Test func readsIPRangesFiles() throws {
        let url = URL(fileURLWithPath: "/work/shared/data/ip-ranges-2026-08-22.json")
        guard let data = try? Data(contentsOf: url) else {
            print("Skipping: \(url.path) is not available")
            return
        }
        let root = try JSONReader.parse(data, file: "ip-ranges.json")
        guard case .mapping(let e) = root.kind, let prefixes = e.first(where: { $0.key == "prefixes" }),
            case .sequence(let items) = prefixes.value.kind
        else {
            Issue.record("no prefixes array")
            return
        }
        #expect(items.count > 10_000)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((object?["prefixes"] as? [Any])?.count == items.count)
    }
}
