import DXCore

/// A BGP autonomous system number (4-octet, RFC 6793), written in asplain (RFC 5396).
///
/// Parsing accepts decimal digits with an optional case-insensitive `AS` prefix (`AS64496`),
/// and rejects 0 (RFC 7607), 23456 (AS_TRANS, RFC 6793) and 4294967295 (RFC 7300), which can
/// never be a peer's ASN.
public struct ASN: Hashable, Comparable, Sendable, LosslessStringConvertible {
    public let value: UInt32

    /// AS_TRANS, the 2-octet placeholder for 4-octet ASNs (RFC 6793 §9).
    public static let asTrans: UInt32 = 23456

    /// nil for the values that can never be used: 0, 23456 and 4294967295.
    public init?(_ value: UInt32) {
        guard Self.rejection(value) == nil else { return nil }
        self.value = value
    }

    /// Parses asplain (optionally `AS`-prefixed); nil otherwise. ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let asn) = Self.parse(description) else { return nil }
        self = asn
    }

    /// Parses an asplain ASN such as `64496` or `AS64496`, or explains the rejection.
    public static func parse(_ text: String) -> Result<ASN, ValueParseError> {
        func fail(_ code: ValueParseError.Code, _ message: String) -> Result<ASN, ValueParseError> {
            .failure(ValueParseError(code, input: text, message: message))
        }
        var bytes = Array(text.utf8)[...]
        if bytes.isEmpty { return fail(.empty, "empty text is not an AS number") }
        if bytes.count >= 2, bytes[0] | 0x20 == UInt8(ascii: "a"), bytes[1] | 0x20 == UInt8(ascii: "s") {
            bytes = bytes.dropFirst(2)
        }
        if bytes.isEmpty { return fail(.invalidASN, "\(MessageValue.quoted(text)) has no digits after 'AS'") }
        if bytes.contains(UInt8(ascii: ".")),
            bytes.allSatisfy({ $0 == UInt8(ascii: ".") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) })
        {
            let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            if parts.count == 2, let high = UInt32(String(decoding: parts[0], as: UTF8.self)), high <= 65535,
                let low = UInt32(String(decoding: parts[1], as: UTF8.self)), low <= 65535
            {
                return fail(
                    .asdotNotation,
                    "\(MessageValue.quoted(text)) is in asdot notation, which is not supported; write it as \(high << 16 | low) (RFC 5396 asplain)"
                )
            }
            return fail(.invalidASN, "\(MessageValue.quoted(text)) is not an AS number (expected decimal digits)")
        }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return fail(.invalidASN, "\(MessageValue.quoted(text)) is not an AS number (expected decimal digits)")
            }
            if value <= UInt64(UInt32.max) { value = value * 10 + UInt64(byte - UInt8(ascii: "0")) }
        }
        if bytes.count > 1, bytes.first == UInt8(ascii: "0") {
            return fail(.invalidASN, "AS number \(MessageValue.quoted(text)) has a leading zero")
        }
        if value > UInt64(UInt32.max) {
            return fail(.asnOutOfRange, "AS number \(MessageValue.shown(text)) is out of range (1-4294967294)")
        }
        let asn = UInt32(value)
        if let reason = rejection(asn) { return fail(.reservedASN, reason) }
        return .success(ASN(unchecked: asn))
    }

    private init(unchecked value: UInt32) {
        self.value = value
    }

    private static func rejection(_ value: UInt32) -> String? {
        switch value {
        case 0: "AS 0 is reserved and cannot be used in BGP (RFC 7607)"
        case asTrans: "AS 23456 is AS_TRANS, a placeholder for 4-byte ASNs, not a real AS number (RFC 6793)"
        case UInt32.max: "AS 4294967295 is reserved and cannot be used (RFC 7300)"
        default: nil
        }
    }

    /// asplain decimal.
    public var description: String { String(value) }

    /// 64512-65534 or 4200000000-4294967294, reserved for private use (RFC 6996).
    public var isPrivate: Bool {
        (64512...65534).contains(value) || (4_200_000_000...4_294_967_294).contains(value)
    }

    /// 64496-64511 or 65536-65551, reserved for documentation (RFC 5398).
    public var isDocumentation: Bool {
        (64496...64511).contains(value) || (65536...65551).contains(value)
    }

    /// Above 65535, so it needs 4-octet AS support (RFC 6793).
    public var isFourByte: Bool { value > 65535 }

    public static func < (lhs: ASN, rhs: ASN) -> Bool { lhs.value < rhs.value }
}
