import DXCore
import DXInput
import DXModel

/// The reading of one line of an Internet routing table file (see ``InternetTableFormat``),
/// straight from the file's bytes; AS numbers go into a shared pool so no array is made per line.
enum InternetTableLine {
    /// A blank or `#` comment line.
    case skip
    /// A bgpdump withdrawal (`W`) or session `STATE` line.
    case ignored
    /// A route; `pathLength` is nil for a plain prefix line, and the path's ASNs were appended
    /// to the pool.
    case route(format: InternetTableFormat, family: AddressFamily, bits: Bits128, length: Int, pathLength: Int?)
    /// Not a line of any format: what is wrong and the byte offset (within the line) it starts at.
    case failure(offset: Int, code: InputError.Code, message: String)

    /// bgpdump record types whose lines carry routes (bgpdump's `-m` output, RFC 6396 MRT types).
    private static let bgpdumpTypes: [[UInt8]] = ["TABLE_DUMP", "TABLE_DUMP2", "BGP4MP", "BGP4MP_ET"].map {
        Array($0.utf8)
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Reads `line` (no line terminator); ASNs of a path are appended to `pool`.
    static func read(_ line: UnsafeBufferPointer<UInt8>, pool: inout [UInt32]) -> InternetTableLine {
        var start = 0
        while start < line.count, isBlank(line[start]) { start += 1 }
        if start == line.count || line[start] == UInt8(ascii: "#") { return .skip }
        if line.contains(UInt8(ascii: "|")) { return readBgpdump(line, pool: &pool) }
        var end = start
        while end < line.count, !isBlank(line[end]) { end += 1 }
        let token = UnsafeBufferPointer(rebasing: line[start..<end])
        guard let (family, bits, length) = IPPrefix.parseParts(bytes: token) else {
            return .failure(
                offset: start, code: .invalidRoutePrefix,
                message: prefixProblem(token) + "; " + InternetTableFormat.expected)
        }
        var rest = end
        while rest < line.count, isBlank(line[rest]) { rest += 1 }
        if rest == line.count {
            return .route(format: .prefixes, family: family, bits: bits, length: length, pathLength: nil)
        }
        switch readPath(line, from: rest, to: line.count, pool: &pool) {
        case .success(let pathLength):
            return .route(format: .prefixASPath, family: family, bits: bits, length: length, pathLength: pathLength)
        case .failure(let problem):
            return .failure(offset: problem.offset, code: .invalidASPath, message: problem.message)
        }
    }

    /// A `bgpdump -m` line: `TYPE|time|subtype|peer-ip|peer-as|prefix|as-path|...`.
    private static func readBgpdump(_ line: UnsafeBufferPointer<UInt8>, pool: inout [UInt32]) -> InternetTableLine {
        // Boundaries of the first eight fields, without allocating.
        var starts = SIMD8<Int>(repeating: 0)
        var ends = SIMD8<Int>(repeating: 0)
        var fieldCount = 0
        var fieldStart = 0
        var index = 0
        while index < line.count, fieldCount < 8 {
            if line[index] == UInt8(ascii: "|") {
                starts[fieldCount] = fieldStart
                ends[fieldCount] = index
                fieldCount += 1
                fieldStart = index + 1
            }
            index += 1
        }
        if fieldCount < 8 {
            starts[fieldCount] = fieldStart
            ends[fieldCount] = line.count
            fieldCount += 1
        }
        func field(_ number: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: line[starts[number]..<ends[number]])
        }
        let type = field(0)
        guard bgpdumpTypes.contains(where: { $0.elementsEqual(type) }) else {
            return .failure(
                offset: 0, code: .invalidRouteLine,
                message:
                    "field 1 is not a bgpdump -m record type with routes (expected TABLE_DUMP2, TABLE_DUMP, BGP4MP or BGP4MP_ET); "
                    + InternetTableFormat.expected)
        }
        guard fieldCount >= 3 else {
            return .failure(
                offset: line.count, code: .invalidRouteLine,
                message:
                    "bgpdump -m line ends after \(fieldCount) field(s); expected 'TYPE|time|subtype|peer|peer-as|prefix|as-path|...'"
            )
        }
        let subtype = field(2)
        let isTableDump = type.count >= 10  // TABLE_DUMP, TABLE_DUMP2
        if isTableDump ? isWord(subtype, "B") : isWord(subtype, "A") {
            // a route
        } else if !isTableDump, isWord(subtype, "W") || subtype.elementsEqual("STATE".utf8) {
            return .ignored
        } else {
            let expected = isTableDump ? "'B'" : "'A' (announcement), 'W' (withdrawal) or 'STATE'"
            return .failure(
                offset: starts[2], code: .invalidRouteLine,
                message:
                    "bgpdump -m field 3, the subtype, is not \(expected) for \(isTableDump ? "TABLE_DUMP" : "BGP4MP") records"
            )
        }
        guard fieldCount >= 7 else {
            return .failure(
                offset: line.count, code: .invalidRouteLine,
                message:
                    "bgpdump -m line ends after \(fieldCount) fields; expected the prefix in field 6 and the AS path in field 7"
            )
        }
        let prefix = field(5)
        guard let (family, bits, length) = IPPrefix.parseParts(bytes: prefix) else {
            return .failure(
                offset: starts[5], code: .invalidRoutePrefix,
                message: prefixProblem(prefix) + " (bgpdump -m field 6, the prefix)")
        }
        switch readPath(line, from: starts[6], to: ends[6], pool: &pool) {
        case .success(let pathLength):
            return .route(format: .bgpdump, family: family, bits: bits, length: length, pathLength: pathLength)
        case .failure(let problem):
            return .failure(
                offset: problem.offset, code: .invalidASPath,
                message: problem.message + " (bgpdump -m field 7, the AS path)")
        }
    }

    @inline(__always)
    private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ letter: Unicode.Scalar) -> Bool {
        bytes.count == 1 && bytes[0] == UInt8(ascii: letter)
    }

    /// Where an AS path is malformed, and how.
    struct PathProblem: Error {
        var offset: Int
        var message: String
    }

    /// Reads an AS path in `line[from..<to]`: asplain ASNs separated by blanks, AS_SETs as
    /// `{a,b}`, confederation segments as `(a b)` and `[a,b]` (bgpdump's notation). Appends the
    /// ASNs to `pool` and returns the path length of RFC 4271 §9.1.2.2 (a set counts 1,
    /// confederation segments 0, RFC 5065 §5.3).
    static func readPath(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int, pool: inout [UInt32]) -> Result<
        Int, PathProblem
    > {
        var length = 0
        var closing: UInt8 = 0  // the bracket closing the open segment, 0 when none is open
        var segmentStart = 0
        var members = 0
        var index = from
        while index < to {
            let byte = line[index]
            if isBlank(byte) {
                index += 1
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                let numberStart = index
                var value: UInt64 = 0
                while index < to {
                    let next = line[index] &- UInt8(ascii: "0")
                    guard next < 10 else { break }
                    value = value * 10 + UInt64(next)
                    if value > UInt64(UInt32.max) {
                        return .failure(
                            PathProblem(
                                offset: numberStart,
                                message: "AS number in the AS path is larger than 4294967295 (RFC 6793)"))
                    }
                    index += 1
                }
                pool.append(UInt32(truncatingIfNeeded: value))
                if closing == 0 { length += 1 } else { members += 1 }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                guard closing == UInt8(ascii: "}") || closing == UInt8(ascii: "]") else {
                    return .failure(
                        PathProblem(
                            offset: index,
                            message:
                                "',' in the AS path outside an AS_SET; separate ASNs with spaces and write sets as '{64500,64501}'"
                        ))
                }
            case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
                guard closing == 0 else {
                    return .failure(
                        PathProblem(
                            offset: index,
                            message:
                                "'\(Character(Unicode.Scalar(byte)))' inside another AS path segment; segments do not nest"
                        ))
                }
                closing =
                    byte == UInt8(ascii: "{")
                    ? UInt8(ascii: "}") : byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                segmentStart = index
                members = 0
            case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                guard closing == byte else {
                    return .failure(
                        PathProblem(
                            offset: index,
                            message: "'\(Character(Unicode.Scalar(byte)))' in the AS path closes no open segment"))
                }
                guard members > 0 else {
                    return .failure(
                        PathProblem(
                            offset: segmentStart,
                            message: "empty AS path segment (expected at least one AS number inside it)"))
                }
                // An AS_SET counts 1 (RFC 4271 §9.1.2.2); confederation segments 0 (RFC 5065 §5.3).
                if byte == UInt8(ascii: "}") { length += 1 }
                closing = 0
            default:
                return .failure(
                    PathProblem(
                        offset: index,
                        message:
                            "expected an AS number in the AS path (asplain numbers such as 64500, and AS_SETs such as {64501,64502})"
                    ))
            }
            index += 1
        }
        if closing != 0 {
            return .failure(
                PathProblem(
                    offset: segmentStart,
                    message:
                        "AS path segment opened by '\(Character(Unicode.Scalar(line[segmentStart])))' is not closed"))
        }
        return .success(length)
    }

    /// Why `token` is not a prefix, without repeating it: the line may come from any file a
    /// topology names (`/proc/self/environ`, a `.env` file), so messages name the line, the
    /// column and what was expected, never the bytes.
    static func prefixProblem(_ token: UnsafeBufferPointer<UInt8>) -> String {
        guard let slash = token.lastIndex(of: UInt8(ascii: "/")) else {
            return "expected an IP prefix with its length (like 198.51.100.0/24)"
        }
        let address = String(decoding: UnsafeBufferPointer(rebasing: token[..<slash]), as: UTF8.self)
        switch IPAddress.parse(address) {
        case .success(let parsed):
            let maximum = parsed.family == .ipv4 ? 32 : 128
            return
                "expected a prefix length from 0 to \(maximum) after the \(parsed.family == .ipv4 ? "IPv4" : "IPv6") address"
        case .failure:
            return "expected an IPv4 or IPv6 address before the '/'"
        }
    }
}
