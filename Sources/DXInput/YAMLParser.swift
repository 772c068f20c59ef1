import DXCore

/// Recursive-descent parser for the YAML subset, working line by line on UTF-8 bytes.
///
/// Block nodes are recognised by indentation; in-line values are scalars or flow sequences.
/// Recursion depth is bounded by `maxDepth`, and every line is scanned a bounded number of times.
struct YAMLParser {
    private var src: YAMLSourceText
    private let bytes: [UInt8]
    private let maxDepth: Int
    /// Index of the first line not yet consumed.
    private var cur = 0
    /// Set once the first content line (or the `---` marker) has been seen.
    private var documentStarted = false
    private var markerEnd: SourceLocation?

    private static let space: UInt8 = 0x20
    private static let tab: UInt8 = 0x09
    private static let hash: UInt8 = 0x23
    private static let colon: UInt8 = 0x3A
    private static let dash: UInt8 = 0x2D
    private static let quote: UInt8 = 0x27
    private static let dquote: UInt8 = 0x22
    private static let backslash: UInt8 = 0x5C

    init(source: YAMLSourceText, maxDepth: Int) {
        self.src = source
        self.bytes = source.bytes
        self.maxDepth = maxDepth
    }

    // MARK: Document

    mutating func parseDocument() throws(InputError) -> YAMLNode {
        guard let first = try peekContent() else {
            let location = markerEnd ?? SourceLocation(file: src.file, line: 1, column: 1)
            return YAMLNode(.scalar(YAMLScalar("", style: .plain)), at: location)
        }
        let start = contentStart(first)
        let root = try parseBlockNode(line: first, at: start, parentIndent: -1, depth: 1)
        if let next = try peekContent() {
            let p = contentStart(next)
            throw fail(
                .yamlSyntax,
                "unexpected \(describe(next, p)) at indentation \(p - src.lineStarts[next]) (expected end of document; the root node starts at \(short(root.location)))",
                next, p)
        }
        return root
    }

    // MARK: Block nodes

    /// Parses the node whose first character is at `p` on line `l`.
    private mutating func parseBlockNode(line l: Int, at p: Int, parentIndent: Int, depth: Int) throws(InputError)
        -> YAMLNode
    {
        if depth > maxDepth {
            throw fail(.nestingTooDeep, "nesting deeper than \(maxDepth) levels is not supported", l, p)
        }
        let indent = p - src.lineStarts[l]
        if byte(l, p) == Self.dash && isBlank(l, p + 1) {
            return try parseBlockSequence(line: l, at: p, indent: indent, depth: depth)
        }
        if try scanKey(l, p) != nil {
            return try parseBlockMapping(line: l, at: p, indent: indent, depth: depth)
        }
        return try parseInlineValue(line: l, at: p, parentIndent: parentIndent, depth: depth)
    }

    private mutating func parseBlockSequence(line: Int, at start: Int, indent: Int, depth: Int) throws(InputError)
        -> YAMLNode
    {
        var items: [YAMLNode] = []
        var l = line
        var p = start
        let location = loc(l, p)
        while true {
            let q = try skipSpaces(l, p + 1)
            let item: YAMLNode
            if isRestEmpty(l, q) {
                cur = l + 1
                if let n = try peekContent(), contentStart(n) - src.lineStarts[n] > indent {
                    item = try parseBlockNode(line: n, at: contentStart(n), parentIndent: indent, depth: depth + 1)
                } else {
                    item = YAMLNode(.scalar(YAMLScalar("", style: .plain)), at: loc(l, p + 1))
                }
            } else {
                item = try parseBlockNode(line: l, at: q, parentIndent: indent, depth: depth + 1)
            }
            items.append(item)
            guard let n = try peekContent() else { break }
            let c = contentStart(n)
            let nIndent = c - src.lineStarts[n]
            if nIndent < indent { break }
            if nIndent > indent {
                throw fail(
                    .yamlSyntax,
                    "inconsistent indentation: found \(spaces(nIndent)) (expected \(indent) for the next '-' of the sequence at \(short(location)), or fewer)",
                    n, c)
            }
            guard byte(n, c) == Self.dash && isBlank(n, c + 1) else { break }
            l = n
            p = c
        }
        return YAMLNode(.sequence(items), at: location)
    }

    private mutating func parseBlockMapping(line: Int, at start: Int, indent: Int, depth: Int) throws(InputError)
        -> YAMLNode
    {
        var entries: [YAMLMappingEntry] = []
        var seen: [String: SourceLocation] = [:]
        var l = line
        var p = start
        let location = loc(l, p)
        while true {
            guard let key = try scanKey(l, p) else {
                throw fail(
                    .yamlSyntax,
                    "expected a mapping key ('key: value') at indentation \(indent) but found \(describeToken(l, p))",
                    l, p)
            }
            let keyLocation = loc(l, p)
            if let first = seen[key.text] {
                throw fail(
                    .duplicateKey,
                    "duplicate key \(MessageValue.quoted(key.text)) (first defined at \(first.line):\(first.column))",
                    l, p)
            }
            seen[key.text] = keyLocation
            let q = try skipSpaces(l, key.afterColon)
            let value: YAMLNode
            if isRestEmpty(l, q) {
                cur = l + 1
                if let n = try peekContent() {
                    let c = contentStart(n)
                    let nIndent = c - src.lineStarts[n]
                    if nIndent > indent {
                        value = try parseBlockNode(line: n, at: c, parentIndent: indent, depth: depth + 1)
                    } else if nIndent == indent && byte(n, c) == Self.dash && isBlank(n, c + 1) {
                        if depth + 1 > maxDepth {
                            throw fail(.nestingTooDeep, "nesting deeper than \(maxDepth) levels is not supported", n, c)
                        }
                        value = try parseBlockSequence(line: n, at: c, indent: indent, depth: depth + 1)
                    } else {
                        value = YAMLNode(.scalar(YAMLScalar("", style: .plain)), at: loc(l, key.afterColon))
                    }
                } else {
                    value = YAMLNode(.scalar(YAMLScalar("", style: .plain)), at: loc(l, key.afterColon))
                }
            } else {
                if byte(l, q) == Self.dash && isBlank(l, q + 1) {
                    throw fail(
                        .yamlSyntax,
                        "a block sequence cannot start on the same line as its key (expected the '- ' entries on the following lines)",
                        l, q)
                }
                if try scanKey(l, q) != nil {
                    throw fail(
                        .yamlSyntax,
                        "a mapping cannot start on the same line as its key ('a: b: c'; expected the nested keys on the following lines, or quote the value)",
                        l, q)
                }
                value = try parseInlineValue(line: l, at: q, parentIndent: indent, depth: depth + 1)
            }
            entries.append(YAMLMappingEntry(key: key.text, keyLocation: keyLocation, value: value))
            guard let n = try peekContent() else { break }
            let c = contentStart(n)
            let nIndent = c - src.lineStarts[n]
            if nIndent < indent { break }
            if nIndent > indent {
                throw fail(
                    .yamlSyntax,
                    "inconsistent indentation: found \(spaces(nIndent)) (expected \(indent) like the key at \(short(keyLocation)), or fewer)",
                    n, c)
            }
            l = n
            p = c
        }
        return YAMLNode(.mapping(entries), at: location)
    }

    /// A scalar, flow sequence or `{}` that must end its line; then checks for continuation lines.
    private mutating func parseInlineValue(line l: Int, at p: Int, parentIndent: Int, depth: Int) throws(InputError)
        -> YAMLNode
    {
        let node: YAMLNode
        let what: String
        var plain = false
        switch byte(l, p) {
        case Self.quote:
            let (text, end) = try scanSingleQuoted(l, p)
            node = YAMLNode(.scalar(YAMLScalar(text, style: .singleQuoted)), at: loc(l, p))
            try finishLine(l, end, after: "a single-quoted scalar")
            what = "a quoted scalar"
        case Self.dquote:
            let (text, end) = try scanDoubleQuoted(l, p)
            node = YAMLNode(.scalar(YAMLScalar(text, style: .doubleQuoted)), at: loc(l, p))
            try finishLine(l, end, after: "a double-quoted scalar")
            what = "a quoted scalar"
        case 0x5B:  // [
            if depth > maxDepth {
                throw fail(.nestingTooDeep, "nesting deeper than \(maxDepth) levels is not supported", l, p)
            }
            let (items, end) = try scanFlowSequence(l, p)
            node = YAMLNode(.sequence(items), at: loc(l, p))
            try finishLine(l, end, after: "a flow sequence")
            what = "a flow sequence"
        case 0x7B:  // {
            let q = try skipSpaces(l, p + 1)
            guard byte(l, q) == 0x7D else {
                throw fail(
                    .unsupportedYAML,
                    "flow mappings with content are not supported (expected '{}' for an empty mapping, or a block mapping)",
                    l, p)
            }
            node = YAMLNode(.mapping([]), at: loc(l, p))
            try finishLine(l, q + 1, after: "'{}'")
            what = "'{}'"
        default:
            try checkPlainStart(l, p, flow: false)
            let scan = try scanPlain(l, p)
            node = YAMLNode(.scalar(YAMLScalar(text(p, scan.textEnd), style: .plain)), at: loc(l, p))
            what = "a plain scalar"
            plain = true
        }
        cur = l + 1
        if let n = try peekContent() {
            let c = contentStart(n)
            if c - src.lineStarts[n] > parentIndent {
                if plain {
                    throw fail(
                        .unsupportedYAML,
                        "multi-line plain scalars are not supported (this line continues the scalar at \(short(node.location)); expected the value on one line, quoted if needed)",
                        n, c)
                }
                throw fail(
                    .yamlSyntax,
                    "unexpected \(describe(n, c)) after \(what) at \(short(node.location)) (expected a line indented \(parentIndent < 0 ? "as the end of the document" : "by at most \(parentIndent) spaces"))",
                    n, c)
            }
        }
        return node
    }

    // MARK: Keys and scalars

    private struct Key {
        var text: String
        var afterColon: Int
    }

    /// The mapping key starting at `p`, or nil when the line holds no `key:` there.
    private mutating func scanKey(_ l: Int, _ p: Int) throws(InputError) -> Key? {
        let b = byte(l, p)
        if b == Self.quote || b == Self.dquote {
            let (text, end) = b == Self.quote ? try scanSingleQuoted(l, p) : try scanDoubleQuoted(l, p)
            var q = end
            while byte(l, q) == Self.space { q += 1 }
            if byte(l, q) == Self.colon && isSeparator(l, q + 1) {
                return Key(text: text, afterColon: q + 1)
            }
            if byte(l, q) == Self.colon && q == end {
                throw fail(.yamlSyntax, "expected a space after ':' following a quoted key", l, q + 1)
            }
            return nil
        }
        if b == 0x5B || b == 0x7B || (b == Self.dash && isBlank(l, p + 1)) { return nil }
        try checkPlainStart(l, p, flow: false)
        let scan = try scanPlain(l, p)
        guard let colon = scan.colon else { return nil }
        var end = colon
        while end > p && bytes[end - 1] == Self.space { end -= 1 }
        return Key(text: text(p, end), afterColon: colon + 1)
    }

    /// Rejects the YAML indicators that cannot start a plain scalar in the subset.
    private mutating func checkPlainStart(_ l: Int, _ p: Int, flow: Bool) throws(InputError) {
        let b = byte(l, p)
        let blankAfter = isBlank(l, p + 1) || (flow && isFlowIndicator(byte(l, p + 1)))
        switch b {
        case 0x26: throw fail(.unsupportedYAML, "anchors ('&name') are not supported", l, p)
        case 0x2A: throw fail(.unsupportedYAML, "aliases ('*name') are not supported", l, p)
        case 0x21: throw fail(.unsupportedYAML, "tags ('!tag') are not supported", l, p)
        case 0x7C:
            throw fail(
                .unsupportedYAML,
                "block scalars ('|') are not supported (expected a single-line scalar; use \\n in a double-quoted scalar)",
                l, p)
        case 0x3E:
            throw fail(
                .unsupportedYAML,
                "block scalars ('>') are not supported (expected a single-line scalar; use \\n in a double-quoted scalar)",
                l, p)
        case 0x25:
            throw fail(
                .unsupportedYAML, "'%' cannot start a plain scalar (directives are not supported; quote the value)", l,
                p)
        case 0x40, 0x60:
            throw fail(
                .yamlSyntax, "reserved character \(describe(l, p)) cannot start a plain scalar (expected it quoted)", l,
                p)
        case 0x2C, 0x5D, 0x7D: throw fail(.yamlSyntax, "unexpected \(describe(l, p)) (expected a value)", l, p)
        case 0x3F where blankAfter: throw fail(.unsupportedYAML, "complex mapping keys ('? ') are not supported", l, p)
        case Self.colon where blankAfter:
            throw fail(.unsupportedYAML, "empty mapping keys are not supported (expected a key before ':')", l, p)
        case Self.dash where blankAfter && flow:
            throw fail(.unsupportedYAML, "block sequence entries ('- ') are not allowed inside a flow sequence", l, p)
        case Self.tab:
            throw fail(
                .yamlSyntax,
                "tab character used as separator (expected spaces only; tabs are allowed only inside quoted scalars and comments)",
                l, p)
        case Self.hash, 0: throw fail(.yamlSyntax, "expected a value but found \(describe(l, p))", l, p)
        default: break
        }
    }

    private struct PlainScan {
        var textEnd: Int
        var colon: Int?
    }

    /// Scans a block-context plain scalar: it ends at `: `, ` #` or the end of the line.
    private mutating func scanPlain(_ l: Int, _ p: Int) throws(InputError) -> PlainScan {
        let end = src.lineEnds[l]
        var q = p
        var colon: Int?
        while q < end {
            let c = bytes[q]
            if c == Self.colon && isSeparator(l, q + 1) {
                colon = q
                break
            }
            if c == Self.space && q + 1 < end && bytes[q + 1] == Self.hash { break }
            if c == Self.tab {
                throw fail(
                    .yamlSyntax,
                    "tab character in a plain scalar (expected spaces only; quote the value to include a tab)", l, q)
            }
            q += 1
        }
        var textEnd = q
        while textEnd > p && bytes[textEnd - 1] == Self.space { textEnd -= 1 }
        return PlainScan(textEnd: textEnd, colon: colon)
    }

    private mutating func scanSingleQuoted(_ l: Int, _ p: Int) throws(InputError) -> (String, Int) {
        let end = src.lineEnds[l]
        var q = p + 1
        var out: [UInt8] = []
        var segment = q
        while q < end {
            if bytes[q] == Self.quote {
                if q + 1 < end && bytes[q + 1] == Self.quote {
                    out.append(contentsOf: bytes[segment...q])
                    q += 2
                    segment = q
                    continue
                }
                out.append(contentsOf: bytes[segment..<q])
                return (String(decoding: out, as: UTF8.self), q + 1)
            }
            q += 1
        }
        throw fail(
            .unsupportedYAML,
            "unterminated single-quoted scalar (expected a closing ' on the same line; multi-line quoted scalars are not supported)",
            l, p)
    }

    private mutating func scanDoubleQuoted(_ l: Int, _ p: Int) throws(InputError) -> (String, Int) {
        let end = src.lineEnds[l]
        var q = p + 1
        var out: [UInt8] = []
        var segment = q
        while q < end {
            let c = bytes[q]
            if c == Self.dquote {
                out.append(contentsOf: bytes[segment..<q])
                return (String(decoding: out, as: UTF8.self), q + 1)
            }
            if c != Self.backslash {
                q += 1
                continue
            }
            out.append(contentsOf: bytes[segment..<q])
            let e = q + 1 < end ? bytes[q + 1] : 0
            var digits = 0
            switch e {
            case 0x30: out.append(0)
            case 0x74: out.append(0x09)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case Self.dquote, Self.backslash, 0x2F: out.append(e)
            case 0x78: digits = 2
            case 0x75: digits = 4
            case 0x55: digits = 8
            case 0:
                throw fail(
                    .unsupportedYAML,
                    "unterminated double-quoted scalar (expected a closing \" on the same line; multi-line quoted scalars are not supported)",
                    l, p)
            default:
                throw fail(
                    .yamlSyntax,
                    "unsupported escape '\\\(describe(l, q + 1).dropFirst().dropLast())' in a double-quoted scalar (expected one of \\0 \\t \\n \\r \\\" \\\\ \\/ \\xXX \\uXXXX \\UXXXXXXXX)",
                    l, q)
            }
            if digits > 0 {
                var value: UInt32 = 0
                for k in 0..<digits {
                    let h = q + 2 + k < end ? bytes[q + 2 + k] : 0
                    guard let v = Self.hexValue(h) else {
                        throw fail(
                            .yamlSyntax,
                            "invalid escape '\\\(Character(Unicode.Scalar(e)))': expected \(digits) hexadecimal digits",
                            l, q)
                    }
                    value = value << 4 | v
                }
                guard let scalar = Unicode.Scalar(value) else {
                    throw fail(
                        .unsupportedYAML,
                        "escape '\\\(Character(Unicode.Scalar(e)))' gives \(YAMLSourceText.hex(value)), which is not a Unicode scalar (surrogates are not supported; expected \\UXXXXXXXX for characters outside the BMP)",
                        l, q)
                }
                UTF8.encode(scalar) { out.append($0) }
                q += 2 + digits
            } else {
                q += 2
            }
            segment = q
        }
        throw fail(
            .unsupportedYAML,
            "unterminated double-quoted scalar (expected a closing \" on the same line; multi-line quoted scalars are not supported)",
            l, p)
    }

    /// Parses `[a, 'b', "c"]` on one line; returns the items and the offset after `]`.
    private mutating func scanFlowSequence(_ l: Int, _ p: Int) throws(InputError) -> ([YAMLNode], Int) {
        var items: [YAMLNode] = []
        var q = p + 1
        while true {
            q = try skipSpaces(l, q)
            let b = byte(l, q)
            if b == 0 || (b == Self.hash && bytes[q - 1] == Self.space) {
                throw fail(
                    .unsupportedYAML,
                    "unterminated flow sequence (expected ']' on the same line; multi-line flow sequences are not supported)",
                    l, p)
            }
            if b == 0x5D { return (items, q + 1) }
            let item: YAMLNode
            var after: Int
            switch b {
            case Self.quote:
                let (text, end) = try scanSingleQuoted(l, q)
                item = YAMLNode(.scalar(YAMLScalar(text, style: .singleQuoted)), at: loc(l, q))
                after = end
            case Self.dquote:
                let (text, end) = try scanDoubleQuoted(l, q)
                item = YAMLNode(.scalar(YAMLScalar(text, style: .doubleQuoted)), at: loc(l, q))
                after = end
            case 0x5B:
                throw fail(.unsupportedYAML, "nested flow sequences are not supported (expected a scalar)", l, q)
            case 0x7B:
                throw fail(
                    .unsupportedYAML, "flow mappings inside flow sequences are not supported (expected a scalar)", l, q)
            default:
                try checkPlainStart(l, q, flow: true)
                let end = src.lineEnds[l]
                var r = q
                while r < end {
                    let c = bytes[r]
                    if isFlowIndicator(c) { break }
                    if c == Self.space && r + 1 < end && bytes[r + 1] == Self.hash { break }
                    if c == Self.tab {
                        throw fail(
                            .yamlSyntax,
                            "tab character in a plain scalar (expected spaces only; quote the value to include a tab)",
                            l, r)
                    }
                    if c == 0x3F {
                        throw fail(
                            .unsupportedYAML,
                            "'?' in a plain scalar inside a flow sequence is not supported (PyYAML reads it as a key indicator; quote the value)",
                            l, r)
                    }
                    if c == Self.colon && (isBlank(l, r + 1) || isFlowIndicator(byte(l, r + 1))) {
                        throw fail(
                            .unsupportedYAML,
                            "flow mapping entries ('key: value') inside flow sequences are not supported (expected a scalar; quote it if it contains ': ')",
                            l, r)
                    }
                    r += 1
                }
                var textEnd = r
                while textEnd > q && bytes[textEnd - 1] == Self.space { textEnd -= 1 }
                item = YAMLNode(.scalar(YAMLScalar(text(q, textEnd), style: .plain)), at: loc(l, q))
                after = r
            }
            items.append(item)
            after = try skipSpaces(l, after)
            switch byte(l, after) {
            case 0x2C: q = after + 1
            case 0x5D: return (items, after + 1)
            case Self.colon:
                throw fail(
                    .unsupportedYAML,
                    "flow mapping entries ('key: value') inside flow sequences are not supported (expected ',' or ']')",
                    l, after)
            case 0, Self.hash:
                throw fail(
                    .unsupportedYAML,
                    "unterminated flow sequence (expected ']' on the same line; multi-line flow sequences are not supported)",
                    l, p)
            default:
                throw fail(
                    .yamlSyntax, "expected ',' or ']' in a flow sequence but found \(describe(l, after))", l, after)
            }
        }
    }

    // MARK: Lines

    /// Skips blank and comment lines (and the leading `---`); returns the next content line.
    private mutating func peekContent() throws(InputError) -> Int? {
        while cur < src.lineCount {
            let l = cur
            let start = src.lineStarts[l]
            var p = start
            while byte(l, p) == Self.space { p += 1 }
            let b = byte(l, p)
            if b == Self.tab {
                throw fail(.yamlSyntax, "tab character in indentation (expected spaces only)", l, p)
            }
            if b == 0 || b == Self.hash {
                cur += 1
                continue
            }
            if p == start {
                if b == 0x25 {
                    throw fail(.unsupportedYAML, "directives ('%') are not supported", l, p)
                }
                if isMarker(l, Self.dash) {
                    if documentStarted {
                        throw fail(
                            .unsupportedYAML, "multiple documents are not supported (found a second '---')", l, p)
                    }
                    documentStarted = true
                    let q = try skipSpaces(l, p + 3)
                    if !isRestEmpty(l, q) {
                        throw fail(
                            .unsupportedYAML,
                            "content on the '---' line is not supported (expected the document on the next line)", l, q)
                    }
                    markerEnd = loc(l, p + 3)
                    cur += 1
                    continue
                }
                if isMarker(l, 0x2E) {
                    throw fail(
                        .unsupportedYAML, "document end marker '...' is not supported (expected end of file)", l, p)
                }
            }
            documentStarted = true
            return l
        }
        return nil
    }

    /// True when line `l` starts with three `c` followed by a space or the end of the line.
    private func isMarker(_ l: Int, _ c: UInt8) -> Bool {
        let s = src.lineStarts[l]
        return byte(l, s) == c && byte(l, s + 1) == c && byte(l, s + 2) == c
            && (byte(l, s + 3) == 0 || byte(l, s + 3) == Self.space || byte(l, s + 3) == Self.tab)
    }

    private func contentStart(_ l: Int) -> Int {
        var p = src.lineStarts[l]
        while byte(l, p) == Self.space { p += 1 }
        return p
    }

    /// The byte at `p` on line `l`, or 0 at and after the end of the line.
    private func byte(_ l: Int, _ p: Int) -> UInt8 {
        p < src.lineEnds[l] ? bytes[p] : 0
    }

    private func isBlank(_ l: Int, _ p: Int) -> Bool {
        let b = byte(l, p)
        return b == 0 || b == Self.space
    }

    /// A space, tab or end of line: what must follow a `:` value indicator.
    private func isSeparator(_ l: Int, _ p: Int) -> Bool {
        let b = byte(l, p)
        return b == 0 || b == Self.space || b == Self.tab
    }

    private func isFlowIndicator(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D
    }

    /// True at the end of the line or at a comment (callers have skipped spaces).
    private func isRestEmpty(_ l: Int, _ p: Int) -> Bool {
        let b = byte(l, p)
        return b == 0 || (b == Self.hash && p > src.lineStarts[l] && bytes[p - 1] == Self.space)
    }

    private mutating func skipSpaces(_ l: Int, _ p: Int) throws(InputError) -> Int {
        var q = p
        while byte(l, q) == Self.space { q += 1 }
        if byte(l, q) == Self.tab {
            throw fail(
                .yamlSyntax,
                "tab character used as separator (expected spaces only; tabs are allowed only inside quoted scalars and comments)",
                l, q)
        }
        return q
    }

    /// Requires only spaces and an optional comment after offset `p`.
    private mutating func finishLine(_ l: Int, _ p: Int, after what: String) throws(InputError) {
        let q = try skipSpaces(l, p)
        let b = byte(l, q)
        if b == 0 { return }
        if b == Self.hash {
            if q == p {
                throw fail(.yamlSyntax, "expected a space before the '#' comment after \(what)", l, q)
            }
            return
        }
        throw fail(.yamlSyntax, "unexpected \(describe(l, q)) after \(what) (expected end of line or a comment)", l, q)
    }

    // MARK: Helpers

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    private mutating func loc(_ l: Int, _ p: Int) -> SourceLocation {
        src.location(line: l, offset: p)
    }

    private mutating func fail(_ code: InputError.Code, _ message: String, _ l: Int, _ p: Int) -> InputError {
        InputError(code, message, at: loc(l, p))
    }

    private func short(_ location: SourceLocation) -> String {
        "\(location.line):\(location.column)"
    }

    /// `'c'` for the character at `p`, or `end of line`.
    private func describe(_ l: Int, _ p: Int) -> String {
        let end = src.lineEnds[l]
        guard p < end else { return "end of line" }
        var q = p + 1
        while q < end && bytes[q] & 0xC0 == 0x80 { q += 1 }
        let c = text(p, q)
        return c == "'" ? "\"'\"" : MessageValue.quoted(c)
    }

    /// The text from `p` up to the next space or the end of the line, at most 20 characters, quoted.
    private func describeToken(_ l: Int, _ p: Int) -> String {
        let end = src.lineEnds[l]
        guard p < end else { return "end of line" }
        var q = p
        var count = 0
        while q < end && bytes[q] != Self.space && count < 20 {
            q += 1
            while q < end && bytes[q] & 0xC0 == 0x80 { q += 1 }
            count += 1
        }
        return MessageValue.quoted(text(p, q))
    }

    private func spaces(_ n: Int) -> String {
        n == 1 ? "1 space" : "\(n) spaces"
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }
}
