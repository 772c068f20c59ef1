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

@Suite struct YAMLReaderTests {
    @Test(arguments: [
        ("a: 1\nb:\n  - x\n  - 'y'\n  - \"z\"\n", "{a: 1, b: [x, 'y', \"z\"]}"),
        ("key:\n- a\n- b\nnext: c\n", "{key: [a, b], next: c}"),
        ("- a: 1\n  b: 2\n- - x\n  - y\n-\n- ~\n", "[{a: 1, b: 2}, [x, y], <>, ~]"),
        ("a:\nb: null\nc: ~\n", "{a: <>, b: null, c: ~}"),
        (
            "e: [a, 'b', \"c\"]\nf: {}\ng: []\nh: [ ]\ni: { }\nj: [a, b,]\n",
            "{e: [a, 'b', \"c\"], f: {}, g: [], h: [], i: {}, j: [a, b]}"
        ),
        ("key: a#b  # comment\n# full line\n  # indented comment\n", "{key: a#b}"),
        (
            "'q k': 'it''s'\n\"d k\": \"x\\ty\\u00e9\\U0001F680\\/\\0\\r\\x41\\\"\\\\\"\n",
            "{q k: 'it's', d k: \"x\ty\u{E9}🚀/\0\rA\"\\\"}"
        ),
        ("a b  : c\n", "{a b: c}"),
        ("url: http://x:80/y\nv6: 2001:db8::/48\n", "{url: http://x:80/y, v6: 2001:db8::/48}"),
        ("[a:b, c d]\n", "[a:b, c d]"),
        ("---\na: 1\n", "{a: 1}"),
        ("# lead\n--- # start\n- x\n", "[x]"),
        ("plain scalar\n", "plain scalar"),
        ("'quoted'\n", "'quoted'"),
        ("", "<>"),
        ("# only a comment\n\n   \n", "<>"),
        ("a: 1\r\nb:\r\n  - 2\r\n", "{a: 1, b: [2]}"),
        ("\u{FEFF}a: 1\n", "{a: 1}"),
        ("é: ü\nb: [ä, \"ö\"]\n", "{é: ü, b: [ä, \"ö\"]}"),
        ("a:    # c\n  b: 1\n", "{a: {b: 1}}"),
        ("-   a: 1\n    b: 2\n", "[{a: 1, b: 2}]"),
        ("a: 'x' # c\nb: [1] # c\n", "{a: 'x', b: [1]}"),
        ("a: x # c\n", "{a: x}"),
        ("a: -x\nb: ?y\nc: :z\nd: x]\n", "{a: -x, b: ?y, c: :z, d: x]}"),
        ("k:v\n", "k:v"),
    ])
    func parses(_ input: String, _ expected: String) {
        #expect(yamlOutline(input) == expected)
    }

    @Test func locations() throws {
        let root = try YAMLReader.parse("a:\n  b: 'x'\n  c:\nl:\n  - [p, \"q\"]\n  -\n", file: "f.yaml")
        guard case .mapping(let top) = root.kind, case .mapping(let inner) = top[0].value.kind,
            case .sequence(let items) = top[1].value.kind, case .sequence(let flow) = items[0].kind
        else {
            Issue.record("unexpected shape \(root.outline)")
            return
        }
        #expect(root.at == "1:1")
        #expect(top[0].keyLocation.line == 1 && top[0].keyLocation.column == 1)
        #expect(top[0].value.at == "2:3")
        #expect(inner[0].value.at == "2:6")
        #expect(inner[1].value.at == "3:5")  // empty value: right after the colon
        #expect(top[1].value.at == "5:3")
        #expect(flow[0].at == "5:6" && flow[1].at == "5:9")
        #expect(items[1].at == "6:4")  // empty item: right after the dash
        #expect(root.location.file == "f.yaml")
    }

    @Test func columnsCountUnicodeScalars() throws {
        let root = try YAMLReader.parse("é🚀: [ü, x]\n", file: "u.yaml")
        guard case .mapping(let e) = root.kind, case .sequence(let items) = e[0].value.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(e[0].value.at == "1:5")
        #expect(items[1].at == "1:9")
        #expect(
            yamlOutline("é: 'x\n")
                == "1:4: unterminated single-quoted scalar (expected a closing ' on the same line; multi-line quoted scalars are not supported)"
        )
    }

    @Test func emptyDocumentIsNullAtOneOne() throws {
        let node = try YAMLReader.parse("# nothing\n", file: "e.yaml")
        #expect(node.at == "1:1")
        if case .scalar(let s) = node.kind { #expect(s.isNull) } else { Issue.record("not a scalar") }
    }

    @Test(arguments: [
        (
            "a: \tb\n",
            "1:4: tab character used as separator (expected spaces only; tabs are allowed only inside quoted scalars and comments)"
        ),
        ("a:\n\tb: 1\n", "2:1: tab character in indentation (expected spaces only)"),
        ("a: x\ty\n", "1:5: tab character in a plain scalar (expected spaces only; quote the value to include a tab)"),
        ("a: &x 1\n", "1:4: anchors ('&name') are not supported"),
        ("- *x\n", "1:3: aliases ('*name') are not supported"),
        ("a: !t 1\n", "1:4: tags ('!tag') are not supported"),
        (
            "a: |\n  x\n",
            "1:4: block scalars ('|') are not supported (expected a single-line scalar; use \\n in a double-quoted scalar)"
        ),
        (
            "a: >\n  x\n",
            "1:4: block scalars ('>') are not supported (expected a single-line scalar; use \\n in a double-quoted scalar)"
        ),
        ("a: 1\n---\nb: 2\n", "2:1: multiple documents are not supported (found a second '---')"),
        ("a: 1\n...\n", "2:1: document end marker '...' is not supported (expected end of file)"),
        ("--- a\n", "1:5: content on the '---' line is not supported (expected the document on the next line)"),
        ("%YAML 1.1\n---\na: 1\n", "1:1: directives ('%') are not supported"),
        ("a: %x\n", "1:4: '%' cannot start a plain scalar (directives are not supported; quote the value)"),
        ("a: @x\n", "1:4: reserved character '@' cannot start a plain scalar (expected it quoted)"),
        ("a:\n  vlan: 1\n  vlan: 2\n", "3:3: duplicate key 'vlan' (first defined at 2:3)"),
        ("a: 1\n'a': 2\n", "2:1: duplicate key 'a' (first defined at 1:1)"),
        (
            "a: {b: 1}\n",
            "1:4: flow mappings with content are not supported (expected '{}' for an empty mapping, or a block mapping)"
        ),
        ("a: [[b]]\n", "1:5: nested flow sequences are not supported (expected a scalar)"),
        ("a: [{}]\n", "1:5: flow mappings inside flow sequences are not supported (expected a scalar)"),
        (
            "a: [b: c]\n",
            "1:6: flow mapping entries ('key: value') inside flow sequences are not supported (expected a scalar; quote it if it contains ': ')"
        ),
        (
            "a: ['b': c]\n",
            "1:8: flow mapping entries ('key: value') inside flow sequences are not supported (expected ',' or ']')"
        ),
        (
            "a: [x?]\n",
            "1:6: '?' in a plain scalar inside a flow sequence is not supported (PyYAML reads it as a key indicator; quote the value)"
        ),
        ("a: [- x]\n", "1:5: block sequence entries ('- ') are not allowed inside a flow sequence"),
        (
            "a: [a b\n",
            "1:4: unterminated flow sequence (expected ']' on the same line; multi-line flow sequences are not supported)"
        ),
        ("a: [a,,b]\n", "1:7: unexpected ',' (expected a value)"),
        ("a: [a] b\n", "1:8: unexpected 'b' after a flow sequence (expected end of line or a comment)"),
        ("? a\n", "1:1: complex mapping keys ('? ') are not supported"),
        (": a\n", "1:1: empty mapping keys are not supported (expected a key before ':')"),
        (
            "a: 1\n  b: 2\n",
            "2:3: multi-line plain scalars are not supported (this line continues the scalar at 1:4; expected the value on one line, quoted if needed)"
        ),
        (
            "- a\n  b\n",
            "2:3: multi-line plain scalars are not supported (this line continues the scalar at 1:3; expected the value on one line, quoted if needed)"
        ),
        (
            "a: 'x'\n  b\n",
            "2:3: unexpected 'b' after a quoted scalar at 1:4 (expected a line indented by at most 0 spaces)"
        ),
        (
            "a:\n    b: 1\n  c: 2\n",
            "3:3: inconsistent indentation: found 2 spaces (expected 0 like the key at 1:1, or fewer)"
        ),
        (
            "- a: 1\n - b\n",
            "2:2: inconsistent indentation: found 1 space (expected 0 for the next '-' of the sequence at 1:1, or fewer)"
        ),
        ("a: 1\nfoo bar\n", "2:1: expected a mapping key ('key: value') at indentation 0 but found 'foo'"),
        ("- a\nb: 1\n", "2:1: unexpected 'b' at indentation 0 (expected end of document; the root node starts at 1:1)"),
        (
            "a: b: c\n",
            "1:4: a mapping cannot start on the same line as its key ('a: b: c'; expected the nested keys on the following lines, or quote the value)"
        ),
        (
            "a: - b\n",
            "1:4: a block sequence cannot start on the same line as its key (expected the '- ' entries on the following lines)"
        ),
        (
            "a: \"\\q\"\n",
            "1:5: unsupported escape '\\q' in a double-quoted scalar (expected one of \\0 \\t \\n \\r \\\" \\\\ \\/ \\xXX \\uXXXX \\UXXXXXXXX)"
        ),
        ("a: \"\\u12\"\n", "1:5: invalid escape '\\u': expected 4 hexadecimal digits"),
        (
            "a: \"\\uD800\"\n",
            "1:5: escape '\\u' gives U+D800, which is not a Unicode scalar (surrogates are not supported; expected \\UXXXXXXXX for characters outside the BMP)"
        ),
        (
            "a: \"x\n",
            "1:4: unterminated double-quoted scalar (expected a closing \" on the same line; multi-line quoted scalars are not supported)"
        ),
        (
            "a: 'x\n  y'\n",
            "1:4: unterminated single-quoted scalar (expected a closing ' on the same line; multi-line quoted scalars are not supported)"
        ),
        ("a: 'x'#c\n", "1:7: expected a space before the '#' comment after a single-quoted scalar"),
        ("'a':b\n", "1:5: expected a space after ':' following a quoted key"),
        ("a: x\rb\n", "1:5: carriage return not followed by a line feed (expected LF or CRLF line endings)"),
        ("a: \u{1}\n", "1:4: control character U+0001 is not allowed (expected printable text)"),
        ("a: \u{85}\n", "1:4: control character U+0085 is not allowed (expected printable text)"),
        ("a: x\u{2028}\n", "1:5: line separator character U+2028 is not supported (expected LF or CRLF line endings)"),
        ("a: \u{FEFF}\n", "1:4: byte order mark (U+FEFF) is only allowed at the start of the file"),
        (
            "x\ny\n",
            "2:1: multi-line plain scalars are not supported (this line continues the scalar at 1:1; expected the value on one line, quoted if needed)"
        ),
    ])
    func rejects(_ input: String, _ expected: String) {
        #expect(yamlOutline(input) == expected)
    }

    @Test func invalidUTF8ReportsByteOffset() {
        let bytes: [UInt8] = Array("a: 1\nb: x".utf8) + [0xFF] + Array("\n".utf8)
        #expect(throws: InputError(.invalidText, "", at: SourceLocation(file: "b.yaml", line: 2, column: 5))) {
            try YAMLReader.parse(bytes, file: "b.yaml")
        }
        let truncated: [UInt8] = Array("é".utf8).dropLast() + [0x41]
        #expect(throws: InputError.self) { try YAMLReader.parse(truncated, file: "b.yaml") }
        #expect(throws: InputError.self) { try YAMLReader.parse(Data([0xC0, 0x80]), file: "b.yaml") }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deepBlock = (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n"
        #expect(yamlOutline(deepBlock) == "201:201: nesting deeper than 200 levels is not supported")
        let deepDashes = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(yamlOutline(deepDashes) == "1:401: nesting deeper than 200 levels is not supported")
        let ok = (0..<199).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n"
        #expect(!yamlOutline(ok).contains("error"))
        #expect(!yamlOutline(ok).contains("nesting"))
    }

    @Test func largeInputIsLinear() throws {
        var text = "items:\n"
        for n in 0..<50_000 { text += "  - name: item-\(n)\n    values: [a, 'b', \"c\"]\n" }
        let line = "flat: [" + (0..<100_000).map { "é\($0)" }.joined(separator: ", ") + "]\n"
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            _ = try YAMLReader.parse(text, file: "big.yaml")
            _ = try YAMLReader.parse(line, file: "line.yaml")
        }
        #expect(elapsed < .seconds(20))
    }
}
