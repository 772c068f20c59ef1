import DXCore

/// An IPv4 or IPv6 address. All IPv4 addresses sort before all IPv6 addresses, then numerically
/// (the order of Python's `ipaddress` module).
public enum IPAddress: Hashable, Comparable, Sendable, LosslessStringConvertible {
    case v4(IPv4Address)
    case v6(IPv6Address)

    public var family: AddressFamily {
        switch self {
        case .v4: .ipv4
        case .v6: .ipv6
        }
    }

    /// Parses a dotted quad or RFC 4291 IPv6 text; nil for anything else. ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let address) = Self.parse(description) else { return nil }
        self = address
    }

    /// Parses an IPv4 or IPv6 address, or explains why the text is neither.
    ///
    /// Text containing `:` is judged as IPv6, text of digits and dots as IPv4; the message then
    /// adds that family's reason, e.g. `'1.2.3' is not an IPv4 or IPv6 address (expected 4
    /// dot-separated decimal octets, found 3)`.
    public static func parse(_ text: String) -> Result<IPAddress, ValueParseError> {
        switch parseValue(Array(text.utf8)[...]) {
        case .success(let address): .success(address)
        case .failure(let reason):
            .failure(ValueParseError(.invalidAddress, input: text, message: message(text, reason)))
        }
    }

    static func message(_ text: String, _ reason: ParseReason) -> String {
        if reason.text.isEmpty { return "\(MessageValue.quoted(text)) is not an IPv4 or IPv6 address" }
        return "\(MessageValue.quoted(text)) is not an IPv4 or IPv6 address (\(reason.text))"
    }

    /// Parses ASCII bytes; an empty reason means the text looks like neither family.
    static func parseValue(_ bytes: ArraySlice<UInt8>) -> Result<IPAddress, ParseReason> {
        if bytes.isEmpty { return .failure(ParseReason("empty text")) }
        if bytes.contains(where: ParseReason.isWhitespace) { return .failure(ParseReason("contains whitespace")) }
        if bytes.contains(UInt8(ascii: ":")) {
            switch IPv6Address.parseValue(bytes) {
            case .success(let address): return .success(.v6(address))
            case .failure(let reason): return .failure(reason)
            }
        }
        let looksIPv4 = bytes.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".")
        }
        if looksIPv4 {
            switch IPv4Address.parseValue(bytes) {
            case .success(let value): return .success(.v4(IPv4Address(value)))
            case .failure(let reason): return .failure(reason)
            }
        }
        if bytes.contains(UInt8(ascii: "%")) {
            return .failure(ParseReason("zone identifiers are not allowed"))
        }
        return .failure(ParseReason(""))
    }

    public var description: String {
        switch self {
        case .v4(let address): address.description
        case .v6(let address): address.description
        }
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        switch (lhs, rhs) {
        case (.v4(let a), .v4(let b)): a < b
        case (.v6(let a), .v6(let b)): a < b
        case (.v4, .v6): true
        case (.v6, .v4): false
        }
    }

    /// The address left-aligned in 128 bits (IPv4 in the top 32).
    @inlinable
    package var bits: Bits128 {
        switch self {
        case .v4(let address): Bits128(hi: UInt64(address.value) << 32, lo: 0)
        case .v6(let address): Bits128(hi: address.high, lo: address.low)
        }
    }

    /// The address of `family` whose left-aligned bits are `bits`.
    package init(family: AddressFamily, bits: Bits128) {
        switch family {
        case .ipv4: self = .v4(IPv4Address(UInt32(truncatingIfNeeded: bits.hi >> 32)))
        case .ipv6: self = .v6(IPv6Address(high: bits.hi, low: bits.lo))
        }
    }
}
