import DXCore
import DXModel

/// Single-pass recursive-descent JSON parser over UTF-8 bytes, with line:column tracking.
///
/// Columns count Unicode scalars: the parser counts UTF-8 continuation bytes on the current
/// line (they only occur inside strings) and subtracts them from the byte offset.
struct JSONParser {
    private let bytes: [UInt8]
    private let file: String
    private let maxDepth: Int
    private var i = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes seen on the current line before `i`.
    private var continuationBytes = 0

    init(bytes: [UInt8], file: String, maxDepth: Int) {
        self.bytes = bytes
        self.file = file
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(InputError) -> YAMLNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            i = 3
            lineStart = 3
        }
        skipWhitespace()
        if i >= bytes.count {
            throw fail("expected a JSON value but found end of file")
        }
        let root = try parseValue(depth: 1)
        skipWhitespace()
        if i < bytes.count {
            throw fail("unexpected \(describe()) after the JSON value (expected end of file)")
        }
        return root
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(InputError) -> YAMLNode {
        let location = here()
        guard i < bytes.count else { throw fail("expected a JSON value but found end of file") }
        switch bytes[i] {
        case 0x7B:  // {
            return try parseObject(depth: depth, location: location)
        case 0x5B:  // [
            return try parseArray(depth: depth, location: location)
        case 0x22:
            let text = try parseString()
            return YAMLNode(.scalar(YAMLScalar(text, style: .doubleQuoted)), at: location)
        case 0x74: return try literal("true", location)
        case 0x66: return try literal("false", location)
        case 0x6E: return try literal("null", location)
        case 0x2D, 0x30...0x39:
            return try parseNumber(location)
        default:
            throw fail(
                "expected a JSON value (object, array, string, number, true, false or null) but found \(describe())")
        }
    }

    private mutating func parseObject(depth: Int, location: SourceLocation) throws(InputError) -> YAMLNode {
        if depth > maxDepth { throw fail(.nestingTooDeep, "nesting deeper than \(maxDepth) levels is not supported") }
        i += 1
        var entries: [YAMLMappingEntry] = []
        var index: [String: Int] = [:]
        skipWhitespace()
        if i < bytes.count && bytes[i] == 0x7D {
            i += 1
            return YAMLNode(.mapping([]), at: location)
        }
        while true {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x22 else {
                throw fail("expected a string key in object but found \(describe())")
            }
            let keyLocation = here()
            let key = try parseString()
            // Small objects: linear scan; large ones: a dictionary (never quadratic).
            if entries.count < 16 {
                for entry in entries where entry.key == key {
                    throw InputError(
                        .duplicateKey,
                        "duplicate key \(MessageValue.quoted(key)) (first defined at \(entry.keyLocation.line):\(entry.keyLocation.column))",
                        at: keyLocation)
                }
            } else {
                if index.isEmpty {
                    for (n, entry) in entries.enumerated() { index[entry.key] = n }
                }
                if let n = index[key] {
                    let first = entries[n].keyLocation
                    throw InputError(
                        .duplicateKey,
                        "duplicate key \(MessageValue.quoted(key)) (first defined at \(first.line):\(first.column))",
                        at: keyLocation)
                }
                index[key] = entries.count
            }
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x3A else {
                throw fail("expected ':' after object key but found \(describe())")
            }
            i += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            entries.append(YAMLMappingEntry(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard i < bytes.count else { throw fail("expected ',' or '}' in object but found end of file") }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x7D {
                i += 1
                break
            }
            throw fail("expected ',' or '}' in object but found \(describe())")
        }
        return YAMLNode(.mapping(entries), at: location)
    }

    private mutating func parseArray(depth: Int, location: SourceLocation) throws(InputError) -> YAMLNode {
        if depth > maxDepth { throw fail(.nestingTooDeep, "nesting deeper than \(maxDepth) levels is not supported") }
        i += 1
        var items: [YAMLNode] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == 0x5D {
            i += 1
            return YAMLNode(.sequence([]), at: location)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard i < bytes.count else { throw fail("expected ',' or ']' in array but found end of file") }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x5D {
                i += 1
                break
            }
            throw fail("expected ',' or ']' in array but found \(describe())")
        }
        return YAMLNode(.sequence(items), at: location)
    }

    private mutating func literal(_ word: StaticString, _ location: SourceLocation) throws(InputError) -> YAMLNode {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for k in 0..<count where i + k >= bytes.count || bytes[i + k] != start[k] {
            i += k
            throw fail("invalid literal (expected '\(word)')")
        }
        i += count
        if i < bytes.count, Self.isIdentifierByte(bytes[i]) {
            throw fail("invalid literal (expected '\(word)' followed by ',', ']', '}' or whitespace)")
        }
        return YAMLNode(.scalar(YAMLScalar(word.description, style: .plain)), at: location)
    }

    private mutating func parseNumber(_ location: SourceLocation) throws(InputError) -> YAMLNode {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        guard i < bytes.count, Self.isDigit(bytes[i]) else {
            throw fail("invalid number: expected a digit but found \(describe())")
        }
        if bytes[i] == 0x30 {
            i += 1
            if i < bytes.count, Self.isDigit(bytes[i]) {
                throw fail("invalid number: leading zeros are not allowed")
            }
        } else {
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            guard i < bytes.count, Self.isDigit(bytes[i]) else {
                throw fail("invalid number: expected a digit after '.' but found \(describe())")
            }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard i < bytes.count, Self.isDigit(bytes[i]) else {
                throw fail("invalid number: expected a digit in the exponent but found \(describe())")
            }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, Self.isIdentifierByte(bytes[i]) {
            throw fail("invalid number: unexpected \(describe())")
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        return YAMLNode(.scalar(YAMLScalar(text, style: .plain)), at: location)
    }

    // MARK: Strings

    /// Parses a string at `"`; validates UTF-8 and escapes.
    private mutating func parseString() throws(InputError) -> String {
        let open = here()
        i += 1
        let n = bytes.count
        var start = i
        var buffer: [UInt8] = []
        var escaped = false
        while true {
            guard i < n else {
                throw InputError(.jsonSyntax, "unterminated string (expected a closing '\"')", at: open)
            }
            let b = bytes[i]
            if b == 0x22 {
                let result: String
                if escaped {
                    buffer.append(contentsOf: bytes[start..<i])
                    result = String(decoding: buffer, as: UTF8.self)
                } else {
                    result = String(decoding: bytes[start..<i], as: UTF8.self)
                }
                i += 1
                return result
            }
            if b == 0x5C {
                if !escaped {
                    escaped = true
                    buffer.reserveCapacity(i - start + 16)
                }
                buffer.append(contentsOf: bytes[start..<i])
                try parseEscape(into: &buffer)
                start = i
                continue
            }
            if b < 0x20 {
                throw fail(
                    .invalidText,
                    "control character \(YAMLSourceText.hex(UInt32(b))) in string (expected it escaped, e.g. \\n or \\u00XX)"
                )
            }
            if b < 0x80 {
                i += 1
                continue
            }
            try validateMultibyte()
        }
    }

    /// Checks one multi-byte UTF-8 sequence at `i` and advances past it.
    private mutating func validateMultibyte() throws(InputError) {
        switch UTF8Sequence.decode(bytes, at: i) {
        case .success(let sequence):
            i += sequence.length
            continuationBytes += sequence.length - 1
        case .failure(let error):
            throw fail(.invalidText, error.reason)
        }
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(InputError) {
        guard i + 1 < bytes.count else {
            throw fail("unterminated string (expected a closing '\"')")
        }
        let e = bytes[i + 1]
        switch e {
        case 0x22, 0x5C, 0x2F: buffer.append(e)
        case 0x62: buffer.append(0x08)
        case 0x66: buffer.append(0x0C)
        case 0x6E: buffer.append(0x0A)
        case 0x72: buffer.append(0x0D)
        case 0x74: buffer.append(0x09)
        case 0x75:
            let first = try hex4(at: i + 2)
            var scalarValue = first
            var consumed = 6
            if (0xD800...0xDBFF).contains(first) {
                guard i + 7 < bytes.count, bytes[i + 6] == 0x5C, bytes[i + 7] == 0x75 else {
                    throw fail("lone surrogate escape in string (expected a low surrogate \\uDC00-\\uDFFF to follow)")
                }
                let second = try hex4(at: i + 8)
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw fail("lone surrogate escape in string (expected a low surrogate \\uDC00-\\uDFFF to follow)")
                }
                scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                consumed = 12
            } else if (0xDC00...0xDFFF).contains(first) {
                throw fail("lone low surrogate escape in string (expected a high surrogate first)")
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw fail("invalid \\u escape in string")
            }
            UTF8.encode(scalar) { buffer.append($0) }
            i += consumed
            return
        default:
            throw fail("invalid escape in string (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
        i += 2
    }

    private mutating func hex4(at p: Int) throws(InputError) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 {
            let h = p + k < bytes.count ? bytes[p + k] : 0
            let v: UInt32
            switch h {
            case 0x30...0x39: v = UInt32(h - 0x30)
            case 0x41...0x46: v = UInt32(h - 0x41 + 10)
            case 0x61...0x66: v = UInt32(h - 0x61 + 10)
            default: throw fail("invalid \\u escape in string (expected 4 hexadecimal digits)")
            }
            value = value << 4 | v
        }
        return value
    }

    // MARK: Positions

    private mutating func skipWhitespace() {
        let n = bytes.count
        while i < n {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D:
                i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
                continuationBytes = 0
            default:
                return
            }
        }
    }

    private func here() -> SourceLocation {
        SourceLocation(file: file, line: line, column: i - lineStart - continuationBytes + 1)
    }

    /// A syntax error here.
    private func fail(_ message: String) -> InputError {
        fail(.jsonSyntax, message)
    }

    private func fail(_ code: InputError.Code, _ message: String) -> InputError {
        InputError(code, message, at: here())
    }

    private func describe() -> String {
        guard i < bytes.count else { return "end of file" }
        let b = bytes[i]
        if b >= 0x21 && b < 0x7F { return b == 0x27 ? "\"'\"" : "'\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return YAMLSourceText.hex(UInt32(b)) }
        return "byte 0x\(YAMLSourceText.hexByte(b))"
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func isIdentifierByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x2B || b == 0x2D
            || b == 0x5F
    }
}
