import DXCore

/// An IPv6 address (RFC 4291) held as two 64-bit halves.
///
/// Parsing accepts the RFC 4291 §2.2 text forms: eight groups of 1-4 hex digits, one `::`
/// standing for one or more zero groups, and a dotted-quad IPv4 tail (`::ffff:192.0.2.1`).
/// Zone identifiers (`fe80::1%eth0`, RFC 4007) are rejected. Printing uses the RFC 5952
/// canonical form: lowercase, no leading zeros, the longest run of two or more zero groups
/// (the first on a tie) shortened to `::`, and IPv4-mapped addresses (`::ffff:0:0/96`) with a
/// dotted-quad tail (RFC 5952 §5).
public struct IPv6Address: Hashable, Comparable, Sendable, LosslessStringConvertible {
    /// The most significant 64 bits.
    public let high: UInt64
    /// The least significant 64 bits.
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// An address from its eight 16-bit groups; nil unless exactly eight are given.
    public init?(groups: [UInt16]) {
        guard groups.count == 8 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<4 { high = high << 16 | UInt64(groups[index]) }
        for index in 4..<8 { low = low << 16 | UInt64(groups[index]) }
        self.init(high: high, low: low)
    }

    /// Parses RFC 4291 text; nil for anything else. ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let address) = Self.parse(description) else { return nil }
        self = address
    }

    /// Parses RFC 4291 text, or explains why the text is not an IPv6 address.
    public static func parse(_ text: String) -> Result<IPv6Address, ValueParseError> {
        switch parseValue(Array(text.utf8)[...]) {
        case .success(let address): .success(address)
        case .failure(let reason):
            .failure(
                ValueParseError(
                    .invalidAddress, input: text,
                    message: "\(MessageValue.quoted(text)) is not an IPv6 address (\(reason.text))"))
        }
    }

    /// The eight 16-bit groups, most significant first.
    public var groups: [UInt16] {
        (0..<4).map { UInt16(truncatingIfNeeded: high >> UInt64(48 - 16 * $0)) }
            + (0..<4).map { UInt16(truncatingIfNeeded: low >> UInt64(48 - 16 * $0)) }
    }

    /// True for IPv4-mapped addresses, `::ffff:0:0/96` (RFC 4291 §2.5.5.2).
    public var isIPv4Mapped: Bool { high == 0 && low >> 32 == 0xFFFF }

    /// The RFC 5952 canonical text.
    public var description: String {
        if isIPv4Mapped {
            return "::ffff:" + IPv4Address(UInt32(truncatingIfNeeded: low)).description
        }
        let groups = self.groups
        // Longest run of zero groups, at least 2 long; the first wins a tie (RFC 5952 §4.2.3).
        var bestStart = -1
        var bestLength = 1
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8, groups[end] == 0 { end += 1 }
                if end - index > bestLength {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        func hex(_ range: Range<Int>) -> String {
            range.map { String(groups[$0], radix: 16) }.joined(separator: ":")
        }
        if bestStart < 0 { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }

    public static func < (lhs: IPv6Address, rhs: IPv6Address) -> Bool {
        lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
    }

    /// Parses ASCII bytes of RFC 4291 text; the failure is a reason without the input.
    static func parseValue(_ bytes: ArraySlice<UInt8>) -> Result<IPv6Address, ParseReason> {
        let colon = UInt8(ascii: ":")
        if bytes.isEmpty { return .failure(ParseReason("empty text")) }
        if let percent = bytes.firstIndex(of: UInt8(ascii: "%")) {
            let zone = String(decoding: bytes[percent...], as: UTF8.self)
            return .failure(ParseReason("zone identifier \(MessageValue.quoted(zone)) is not allowed; remove it"))
        }
        if bytes.contains(where: ParseReason.isWhitespace) { return .failure(ParseReason("contains whitespace")) }
        // Locate '::'.
        var doubleColon: Int? = nil
        var index = bytes.startIndex
        while index < bytes.endIndex - 1 {
            if bytes[index] == colon, bytes[index + 1] == colon {
                if doubleColon != nil { return .failure(ParseReason("'::' may appear only once")) }
                if index + 2 < bytes.endIndex, bytes[index + 2] == colon {
                    return .failure(ParseReason("':::' is not allowed"))
                }
                doubleColon = index
                index += 2
            } else {
                index += 1
            }
        }
        var head: [UInt16] = []
        var tail: [UInt16] = []
        if let doubleColon {
            switch parseGroups(bytes[bytes.startIndex..<doubleColon], allowIPv4Tail: false) {
            case .success(let groups): head = groups
            case .failure(let reason): return .failure(reason)
            }
            switch parseGroups(bytes[(doubleColon + 2)...], allowIPv4Tail: true) {
            case .success(let groups): tail = groups
            case .failure(let reason): return .failure(reason)
            }
            if head.count + tail.count > 7 {
                return .failure(ParseReason("too many groups: '::' must stand for at least one zero group"))
            }
        } else {
            switch parseGroups(bytes, allowIPv4Tail: true) {
            case .success(let groups): head = groups
            case .failure(let reason): return .failure(reason)
            }
            if head.count != 8 {
                return .failure(ParseReason("expected 8 groups of hex digits or '::', found \(head.count)"))
            }
        }
        let groups = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        guard let address = IPv6Address(groups: groups) else {
            return .failure(ParseReason("expected 8 groups"))
        }
        return .success(address)
    }

    /// Parses colon-separated groups (possibly none); an IPv4 tail counts as two groups.
    private static func parseGroups(_ bytes: ArraySlice<UInt8>, allowIPv4Tail: Bool) -> Result<[UInt16], ParseReason> {
        if bytes.isEmpty { return .success([]) }
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        var groups: [UInt16] = []
        for (position, part) in parts.enumerated() {
            var partText: String { String(decoding: part, as: UTF8.self) }
            if part.isEmpty {
                return .failure(
                    ParseReason("empty group (a single ':' at the start or end, or ':' where '::' was meant)"))
            }
            if part.contains(UInt8(ascii: ".")) {
                guard allowIPv4Tail, position == parts.count - 1 else {
                    return .failure(
                        ParseReason("embedded IPv4 address \(MessageValue.quoted(partText)) must be the last part"))
                }
                switch IPv4Address.parseValue(part) {
                case .success(let value):
                    groups.append(UInt16(truncatingIfNeeded: value >> 16))
                    groups.append(UInt16(truncatingIfNeeded: value))
                case .failure(let reason):
                    return .failure(
                        ParseReason("embedded IPv4 address \(MessageValue.quoted(partText)): \(reason.text)"))
                }
                continue
            }
            if part.count > 4 {
                return .failure(ParseReason("group \(MessageValue.quoted(partText)) has more than 4 hex digits"))
            }
            var group: UInt16 = 0
            for byte in part {
                guard let digit = hexDigit(byte) else {
                    return .failure(ParseReason("group \(MessageValue.quoted(partText)) is not hexadecimal"))
                }
                group = group << 4 | UInt16(digit)
            }
            groups.append(group)
            if groups.count > 8 { return .failure(ParseReason("more than 8 groups")) }
        }
        return .success(groups)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
