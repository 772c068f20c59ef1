import DXCore
import DXModel

/// The bytes of a YAML document split into lines, checked once for invalid UTF-8 and for
/// characters the subset does not allow (control characters, lone CR, U+2028/U+2029, a BOM
/// after the start).
///
/// Columns are counted in Unicode scalars; ASCII-only lines compute them in O(1).
struct YAMLSourceText {
    let bytes: [UInt8]
    let file: String
    /// Byte offset where each line starts (line 1 starts after a leading byte order mark).
    private(set) var lineStarts: [Int] = []
    /// Byte offset where each line's content ends (before `\n` or `\r\n`).
    private(set) var lineEnds: [Int] = []
    private var lineIsASCII: [Bool] = []
    private var memoLine = -1
    private var memoOffset = 0
    private var memoColumn = 1

    init(bytes: [UInt8], file: String) throws(InputError) {
        self.bytes = bytes
        self.file = file
        try split()
    }

    var lineCount: Int { lineStarts.count }

    /// The location of byte `offset` on 0-based line `line`.
    mutating func location(line: Int, offset: Int) -> SourceLocation {
        let start = lineStarts[line]
        if lineIsASCII[line] {
            return SourceLocation(file: file, line: line + 1, column: offset - start + 1)
        }
        var from = start
        var column = 1
        if memoLine == line, memoOffset <= offset {
            from = memoOffset
            column = memoColumn
        }
        var i = from
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        // `column` counted lead bytes before `offset`; continuation bytes at `offset` never occur.
        memoLine = line
        memoOffset = offset
        memoColumn = column
        return SourceLocation(file: file, line: line + 1, column: column)
    }

    private mutating func split() throws(InputError) {
        let n = bytes.count
        var i = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var lineStart = i
        var line = 1
        var column = 1
        var ascii = true
        func fail(_ message: String) -> InputError {
            InputError(.invalidText, message, at: SourceLocation(file: file, line: line, column: column))
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A {
                    let end = (i > lineStart && bytes[i - 1] == 0x0D) ? i - 1 : i
                    lineStarts.append(lineStart)
                    lineEnds.append(end)
                    lineIsASCII.append(ascii)
                    i += 1
                    lineStart = i
                    line += 1
                    column = 1
                    ascii = true
                    continue
                }
                if b == 0x0D {
                    if i + 1 >= n || bytes[i + 1] != 0x0A {
                        throw fail("carriage return not followed by a line feed (expected LF or CRLF line endings)")
                    }
                } else if b != 0x09 && (b < 0x20 || b == 0x7F) {
                    throw fail(
                        "control character \(YAMLSourceText.hex(UInt32(b))) is not allowed (expected printable text)")
                }
                column += 1
                i += 1
                continue
            }
            let length: Int
            let value: UInt32
            switch UTF8Sequence.decode(bytes, at: i) {
            case .success(let sequence): (value, length) = (sequence.value, sequence.length)
            case .failure(let error): throw fail(error.reason)
            }
            switch value {
            case 0x80...0x9F:
                throw fail("control character \(YAMLSourceText.hex(value)) is not allowed (expected printable text)")
            case 0x2028, 0x2029:
                throw fail(
                    "line separator character \(YAMLSourceText.hex(value)) is not supported (expected LF or CRLF line endings)"
                )
            case 0xFEFF:
                throw fail("byte order mark (U+FEFF) is only allowed at the start of the file")
            case 0xFFFE, 0xFFFF:
                throw fail("non-character \(YAMLSourceText.hex(value)) is not allowed (expected printable text)")
            default:
                break
            }
            ascii = false
            column += 1
            i += length
        }
        lineStarts.append(lineStart)
        lineEnds.append(n)
        lineIsASCII.append(ascii)
    }

    /// `U+XXXX` for a scalar value.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Two uppercase hex digits.
    static func hexByte(_ b: UInt8) -> String {
        let digits = String(b, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
