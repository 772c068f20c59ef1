import DXTestSupport
import Foundation

/// Generates random documents inside the YAML subset (and, separately, outside it).
///
/// Plain scalars are only emitted when PyYAML types them unambiguously: strings that do not
/// look like YAML 1.1 bool/int/float/null/timestamp, plus `true`, `false`, decimal ints and nulls.
struct YAMLCorpusGenerator {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    private static let specials: [String] = [
        "a: b", "#x", "a #b", "a#b", "x:y", "it's", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak",
        "", " lead", "trail ", "-", "- x", "-x", "?x", "? x", ":x", "[x]", "{y}", "a, b", "*x", "&y", "!z",
        "%p", "@q", "`r", "|", ">", "~", "null", "Null", "true", "yes", "No", "on", "OFF", "123", "-7", "0",
        "007", "0x1F", "1_000", "3.14", "1e3", "1:30", "2024-01-02", ".inf", ".nan", "<<", "=", "é", "日本語",
        "🚀 rocket", "ümlaut key", "a  b", "---", "...", "--- x", "a'b", "'", "\"", "\\", "\u{7F}", "\u{1}",
        "\u{85}", "\u{2028}", "\u{FEFF}", "x/y", "198.51.100.0/24", "2001:db8:100::/48", "10Gbps", "env:DX_KEY",
        "7224:8100", "a,b", "x]", "q?", "50%", "a:", "a: ", "k:v", "\u{00A0}nbsp", "end\\", "\t", "  ", "a\u{7F}b",
    ]

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    private mutating func word() -> String {
        var s = String(pick(Array("abcdefghijklmnopqrstuvwxyz")))
        for _ in 0..<int(0...9) { s.append(pick(Self.letters)) }
        return s
    }

    /// A random string (before quoting).
    mutating func string() -> String {
        switch int(0...9) {
        case 0...3: return word()
        case 4: return word() + " " + word()
        case 5: return word() + pick(["é", "日本", "🚀", "ß", "Ω"]) + word()
        default: return pick(Self.specials)
        }
    }

    // MARK: Scalars

    /// True when `s` can be written unquoted and PyYAML reads it back as the same string.
    static func isPlainSafe(_ s: String, flow: Bool) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        for c in s.unicodeScalars {
            let v = c.value
            if v < 0x20 || (0x7F...0xA0).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF { return false }
        }
        if ",[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if "-?:".unicodeScalars.contains(first) {
            if flow || s.unicodeScalars.count < 2 { return false }
            if Array(s.unicodeScalars)[1] == " " { return false }
        }
        if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") { return false }
        if s.hasPrefix("---") || s.hasPrefix("...") { return false }
        if flow && s.unicodeScalars.contains(where: { ",[]{}:#?".unicodeScalars.contains($0) }) { return false }
        return PyYAMLResolver.resolve(plain: s) == .string(s)
    }

    /// True when `s` needs no escapes, so it can be single-quoted.
    static func isSingleQuotable(_ s: String) -> Bool {
        !s.unicodeScalars.contains { c in
            let v = c.value
            return (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
        }
    }

    /// `s` rendered as plain (when safe), single- or double-quoted.
    mutating func quote(_ s: String, flow: Bool) -> String {
        if Self.isPlainSafe(s, flow: flow) && chance(70) { return s }
        if Self.isSingleQuotable(s) && chance(50) {
            return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += chance(50) ? "\\t" : "\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "/": out += chance(30) ? "\\/" : "/"
            default:
                let v = c.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) {
                    out += "\\x" + hex(v, 2)
                } else if v == 0x2028 || v == 0x2029 || v == 0xFEFF {
                    out += "\\u" + hex(v, 4)
                } else if v > 0x7F && chance(30) {
                    out += v > 0xFFFF ? "\\U" + hex(v, 8) : "\\u" + hex(v, 4)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    private mutating func hex(_ v: UInt32, _ width: Int) -> String {
        let digits = String(v, radix: 16, uppercase: chance(50))
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A scalar token: a string in some style, or a typed plain value.
    mutating func scalar(flow: Bool) -> String {
        switch int(0...19) {
        case 0: return pick(["true", "false"])
        case 1: return pick(["0", "42", "-7", "65000", "4294967294", "+12", "123456789012345678901234567890"])
        case 2: return flow ? pick(["~", "null"]) : pick(["~", "null", ""])
        default: return quote(string(), flow: flow)
        }
    }

    mutating func flowSequence() -> String {
        let count = int(0...4)
        if count == 0 { return pick(["[]", "[ ]"]) }
        var parts: [String] = []
        for _ in 0..<count { parts.append(scalar(flow: true)) }
        let sep = pick([",", ", ", " , ", ",  "])
        let inner = parts.joined(separator: sep) + (chance(10) ? "," : "")
        return chance(50) ? "[" + inner + "]" : "[ " + inner + " ]"
    }

    // MARK: Block structure

    private mutating func comment() -> String {
        "#" + pick(["", " comment", " a: b", " - x", " 'q' \"d\" #", " é🚀", "\ttab", " [x]"])
    }

    private mutating func trailer() -> String {
        chance(20) ? String(repeating: " ", count: int(1...3)) + comment() : (chance(10) ? "  " : "")
    }

    /// Lines of a block mapping whose keys start at column `indent`.
    mutating func mapping(indent: Int, depth: Int) -> [String] {
        var lines: [String] = []
        var used = Set<String>()
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<int(1...5) {
            var key = string()
            if key.contains("\n") || used.contains(key) { key = word() + String(used.count) }
            if used.contains(key) { continue }
            used.insert(key)
            let keyToken = quote(key, flow: false)
            let head = pad + keyToken + (chance(10) ? " " : "") + ":"
            let kind = depth >= 4 ? int(0...3) : int(0...6)
            switch kind {
            case 0, 1:
                lines.append(head + " " + (chance(10) ? " " : "") + scalar(flow: false) + trailer())
            case 2:
                lines.append(head + (chance(30) ? "   " + comment() : ""))
            case 3:
                lines.append(head + " " + (chance(15) ? pick(["{}", "{ }"]) : flowSequence()) + trailer())
            case 4:
                lines.append(head + (chance(20) ? "  " + comment() : ""))
                lines += mapping(indent: indent + int(1...4), depth: depth + 1)
            default:
                lines.append(head + (chance(20) ? " " + comment() : ""))
                lines += sequence(indent: indent + int(0...3), depth: depth + 1)
            }
            sprinkle(&lines, indent: indent)
        }
        return lines
    }

    /// Lines of a block sequence whose dashes are at column `indent`.
    mutating func sequence(indent: Int, depth: Int) -> [String] {
        var lines: [String] = []
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<int(1...4) {
            let gap = int(1...3)
            let kind = depth >= 4 ? int(0...2) : int(0...6)
            switch kind {
            case 0, 1:
                let value = scalar(flow: false)
                lines.append(
                    value.isEmpty ? pad + "-" : pad + "-" + String(repeating: " ", count: gap) + value + trailer())
            case 2:
                lines.append(pad + "- " + flowSequence() + trailer())
            case 3, 4:
                var inner =
                    kind == 3
                    ? mapping(indent: indent + 1 + gap, depth: depth + 1)
                    : sequence(indent: indent + 1 + gap, depth: depth + 1)
                let first = inner[0]
                inner[0] = pad + "-" + String(repeating: " ", count: gap) + first.dropFirst(indent + 1 + gap)
                lines += inner
            default:
                lines.append(pad + "-" + (chance(30) ? " " + comment() : ""))
                let child = indent + int(1...3)
                lines +=
                    chance(50) ? mapping(indent: child, depth: depth + 1) : sequence(indent: child, depth: depth + 1)
            }
            sprinkle(&lines, indent: indent)
        }
        return lines
    }

    /// Sometimes appends a comment line, a blank line or a whitespace-only line.
    private mutating func sprinkle(_ lines: inout [String], indent: Int) {
        switch int(0...19) {
        case 0: lines.append(String(repeating: " ", count: int(0...(indent + 4))) + comment())
        case 1: lines.append("")
        case 2: lines.append(String(repeating: " ", count: int(1...6)))
        default: break
        }
    }

    /// A whole document inside the subset.
    mutating func document() -> String {
        var lines: [String] = []
        if chance(20) { lines.append(comment()) }
        if chance(30) { lines.append(chance(80) ? "---" : "--- " + comment()) }
        switch int(0...9) {
        case 0, 1: lines += sequence(indent: 0, depth: 1)
        case 2:
            let s = scalar(flow: false)
            lines.append(chance(50) ? s : flowSequence())
        default: lines += mapping(indent: 0, depth: 1)
        }
        if chance(20) { lines.append(comment()) }
        let newline = chance(10) ? "\r\n" : "\n"
        var text = lines.joined(separator: newline) + (chance(80) ? newline : "")
        if chance(5) { text = "\u{FEFF}" + text }
        return text
    }

    /// A document with one unsupported feature, and a word its error message must contain.
    mutating func unsupportedDocument() -> (text: String, feature: String) {
        let base = mapping(indent: 0, depth: 2).joined(separator: "\n") + "\n"
        let cases: [(String, String)] = [
            ("zzz_k: &anchor value\n", "anchors"),
            ("zzz_k: *alias\n", "aliases"),
            ("zzz_k: !!str value\n", "tags"),
            ("zzz_k: |\n  text\n", "block scalars"),
            ("zzz_k: >-\n  text\n", "block scalars"),
            ("---\nzzz_k: 1\n", "multiple documents"),
            ("...\n", "document end marker"),
            ("\tzzz_k: 1\n", "tab character"),
            ("zzz_k:\n\t- x\n", "tab character"),
            ("zzz_k: {a: 1}\n", "flow mappings"),
            ("zzz_k: [a, [b]]\n", "nested flow sequences"),
            ("? zzz_k\n", "complex mapping keys"),
            ("zzz_k: 'multi\n  line'\n", "unterminated single-quoted"),
            ("zzz_k: \"bad \\q\"\n", "unsupported escape"),
            ("zzz_k: plain\n  continued\n", "multi-line plain"),
            ("zzz_k: [a,\n  b]\n", "unterminated flow sequence"),
            ("zzz_k:\n    a: 1\n  b: 2\n", "inconsistent indentation"),
            ("zzz_k: a: b\n", "mapping cannot start"),
        ]
        if chance(15) { return ("zzz_dup: 1\n" + base + "zzz_dup: 2\n", "duplicate key 'zzz_dup'") }
        if chance(5) { return ("%YAML 1.1\n---\n" + base, "directives") }
        let (suffix, feature) = pick(cases)
        return (base + suffix, feature)
    }
}
