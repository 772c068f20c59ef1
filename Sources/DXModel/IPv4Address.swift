import DXCore

/// An IPv4 address (RFC 791) held as a 32-bit number, written as a strict dotted quad.
///
/// Parsing accepts exactly four decimal octets 0-255 without leading zeros (`010` is rejected,
/// because some tools read it as octal) and without whitespace.
public struct IPv4Address: Hashable, Comparable, Sendable, LosslessStringConvertible {
    /// The address as a number, first octet in the most significant byte.
    public let value: UInt32

    public init(_ value: UInt32) {
        self.value = value
    }

    public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        value = UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    /// Parses a dotted quad; nil for anything else. ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let address) = Self.parse(description) else { return nil }
        self = address
    }

    /// Parses a dotted quad, or explains why the text is not one.
    public static func parse(_ text: String) -> Result<IPv4Address, ValueParseError> {
        switch parseValue(Array(text.utf8)[...]) {
        case .success(let value): .success(IPv4Address(value))
        case .failure(let reason):
            .failure(
                ValueParseError(
                    .invalidAddress, input: text,
                    message: "\(MessageValue.quoted(text)) is not an IPv4 address (\(reason.text))"))
        }
    }

    /// The four octets, most significant first.
    public var octets: [UInt8] {
        [
            UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
            UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value),
        ]
    }

    public var description: String {
        "\(value >> 24).\((value >> 16) & 0xFF).\((value >> 8) & 0xFF).\(value & 0xFF)"
    }

    public static func < (lhs: IPv4Address, rhs: IPv4Address) -> Bool { lhs.value < rhs.value }

    /// Parses ASCII bytes of a dotted quad; the failure is a reason without the input.
    static func parseValue(_ bytes: ArraySlice<UInt8>) -> Result<UInt32, ParseReason> {
        if bytes.isEmpty { return .failure(ParseReason("empty text")) }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if parts.count != 4 {
            return .failure(ParseReason("expected 4 dot-separated decimal octets, found \(parts.count)"))
        }
        var value: UInt32 = 0
        for part in parts {
            var octetText: String { String(decoding: part, as: UTF8.self) }
            if part.isEmpty { return .failure(ParseReason("empty octet")) }
            var octet = 0
            for byte in part {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                    return .failure(ParseReason("octet \(MessageValue.quoted(octetText)) is not a decimal number"))
                }
                if octet <= 255 { octet = octet * 10 + Int(byte - UInt8(ascii: "0")) }
            }
            if part.count > 1, part.first == UInt8(ascii: "0") {
                return .failure(ParseReason("octet \(MessageValue.quoted(octetText)) has a leading zero"))
            }
            if octet > 255 { return .failure(ParseReason("octet \(octetText) is out of range (0-255)")) }
            value = value << 8 | UInt32(octet)
        }
        return .success(value)
    }
}
