import DXCore

/// An IP network in CIDR notation (RFC 4632 §3.1 for IPv4, RFC 4291 §2.3 for IPv6), such as
/// `198.51.100.0/24` or `2001:db8::/32`, with all host bits zero.
///
/// Prefixes sort by family (IPv4 first), then network address, then length (shorter first),
/// the order Python's `ipaddress` sorts networks in.
public struct IPPrefix: Hashable, Comparable, Sendable, LosslessStringConvertible {
    /// The first address of the network; its host bits are zero.
    public let network: IPAddress
    /// Stored as one byte so that a prefix takes 24 bytes in arrays of a million routes, not 32.
    private let storedLength: UInt8

    /// The number of leading network bits, 0 up to the family's maximum.
    public var length: Int { Int(storedLength) }

    /// A prefix from a network address whose host bits are zero; nil if host bits are set or
    /// `length` is out of range for the family.
    public init?(network: IPAddress, length: Int) {
        guard length >= 0, length <= network.family.maxPrefixLength else { return nil }
        let bits = network.bits
        guard bits.masked(length) == bits else { return nil }
        self.network = network
        self.storedLength = UInt8(length)
    }

    /// The prefix of `length` bits that contains `address` (host bits are cleared); nil if
    /// `length` is out of range for the family.
    public init?(containing address: IPAddress, length: Int) {
        guard length >= 0, length <= address.family.maxPrefixLength else { return nil }
        self.init(family: address.family, bits: address.bits, length: length)
    }

    /// Unchecked: `length` must be in range; host bits are cleared.
    @usableFromInline
    package init(family: AddressFamily, bits: Bits128, length: Int) {
        network = IPAddress(family: family, bits: bits.masked(length))
        storedLength = UInt8(truncatingIfNeeded: length)
    }

    /// Parses canonical-valid CIDR text; nil if it is malformed or has host bits set.
    /// ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let prefix) = Self.parse(description) else { return nil }
        self = prefix
    }

    /// Parses `address/length`, or explains exactly what is wrong, e.g.
    /// `'198.51.100.1/24' has host bits set (did you mean 198.51.100.0/24?)`,
    /// `prefix length 33 is out of range for IPv4 (0-32)`, `'198.51.100.0' is missing '/length'`.
    public static func parse(_ text: String) -> Result<IPPrefix, ValueParseError> {
        switch parseParts(text) {
        case .failure(let error):
            return .failure(error)
        case .success(let (address, length)):
            let bits = address.bits
            let family = address.family
            if bits.masked(length) != bits {
                let suggestion = IPPrefix(family: family, bits: bits, length: length)
                return .failure(
                    ValueParseError(
                        .hostBitsSet, input: text,
                        message: "\(MessageValue.quoted(text)) has host bits set (did you mean \(suggestion)?)"))
            }
            return .success(IPPrefix(family: family, bits: bits, length: length))
        }
    }

    /// Splits `address/length` and checks both parts, without the host-bit check.
    package static func parseParts(_ text: String) -> Result<(IPAddress, Int), ValueParseError> {
        func fail(_ code: ValueParseError.Code, _ message: String) -> Result<(IPAddress, Int), ValueParseError> {
            .failure(ValueParseError(code, input: text, message: message))
        }
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return fail(.empty, "empty text is not an IP prefix") }
        if bytes.contains(where: ParseReason.isWhitespace) {
            return fail(.whitespace, "\(MessageValue.quoted(text)) contains whitespace")
        }
        let slash = bytes.firstIndex(of: UInt8(ascii: "/"))
        if let slash, bytes[(slash + 1)...].contains(UInt8(ascii: "/")) {
            return fail(.invalidPrefixLength, "\(MessageValue.quoted(text)) has more than one '/'")
        }
        let addressBytes = slash.map { bytes[..<$0] } ?? bytes[...]
        var addressText: String { String(decoding: addressBytes, as: UTF8.self) }
        let address: IPAddress
        switch IPAddress.parseValue(addressBytes) {
        case .success(let parsed): address = parsed
        case .failure(let reason): return fail(.invalidAddress, IPAddress.message(addressText, reason))
        }
        guard let slash else { return fail(.missingPrefixLength, "\(MessageValue.quoted(text)) is missing '/length'") }
        let lengthBytes = bytes[(slash + 1)...]
        var lengthText: String { String(decoding: lengthBytes, as: UTF8.self) }
        let family = address.family
        if lengthBytes.isEmpty {
            return fail(.missingPrefixLength, "\(MessageValue.quoted(text)) is missing the prefix length after '/'")
        }
        var length = 0
        for byte in lengthBytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return fail(
                    .invalidPrefixLength,
                    "prefix length \(MessageValue.quoted(lengthText)) in \(MessageValue.quoted(text)) is not a decimal number"
                )
            }
            if length <= 1000 { length = length * 10 + Int(byte - UInt8(ascii: "0")) }
        }
        if lengthBytes.count > 1, lengthBytes.first == UInt8(ascii: "0") {
            return fail(
                .invalidPrefixLength,
                "prefix length \(MessageValue.quoted(lengthText)) in \(MessageValue.quoted(text)) has a leading zero")
        }
        if length > family.maxPrefixLength {
            return fail(
                .prefixLengthOutOfRange,
                "prefix length \(lengthText) is out of range for \(family.displayName) (0-\(family.maxPrefixLength))")
        }
        return .success((address, length))
    }

    public var family: AddressFamily { network.family }

    /// `network/length`, with the address in canonical form (RFC 5952 for IPv6).
    public var description: String { "\(network)/\(length)" }

    /// The network address (same as ``network``).
    public var firstAddress: IPAddress { network }

    /// The last address in the network (the IPv4 broadcast address).
    public var lastAddress: IPAddress {
        IPAddress(family: family, bits: bits | (~Bits128.mask(length) & Bits128.mask(family.maxPrefixLength)))
    }

    /// The number of host bits, `maxPrefixLength - length`; the network holds 2^hostBitCount addresses.
    public var hostBitCount: Int { family.maxPrefixLength - length }

    /// The number of addresses, 2^hostBitCount, as a Double (exact, since it is a power of two).
    public var addressCount: Double { Double(sign: .plus, exponent: hostBitCount, significand: 1) }

    /// The subnet mask as an address, e.g. `255.255.255.252` for a /30 (for router configs).
    public var netmask: IPAddress { IPAddress(family: family, bits: Bits128.mask(length)) }

    /// The inverse mask, e.g. `0.0.0.3` for a /30 (Cisco ACL wildcard).
    public var hostmask: IPAddress {
        IPAddress(family: family, bits: ~Bits128.mask(length) & Bits128.mask(family.maxPrefixLength))
    }

    /// True if `address` is of the same family and inside this network.
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && address.bits.masked(length) == bits
    }

    /// True if `other` is of the same family and equal to or more specific than this prefix.
    public func contains(_ other: IPPrefix) -> Bool {
        other.family == family && other.length >= length && other.bits.masked(length) == bits
    }

    /// True if the two networks share at least one address (one contains the other).
    public func overlaps(_ other: IPPrefix) -> Bool {
        contains(other) || other.contains(self)
    }

    /// The two halves one bit longer, or nil for a host prefix (/32, /128).
    public func subnets() -> (lower: IPPrefix, upper: IPPrefix)? {
        guard length < family.maxPrefixLength else { return nil }
        return (
            IPPrefix(family: family, bits: bits, length: length + 1),
            IPPrefix(family: family, bits: bits.settingBit(length), length: length + 1)
        )
    }

    /// The prefix one bit shorter that contains this one, or nil for /0.
    public var supernet: IPPrefix? {
        guard length > 0 else { return nil }
        return IPPrefix(family: family, bits: bits, length: length - 1)
    }

    /// `0.0.0.0/0` or `::/0`.
    public static func defaultRoute(_ family: AddressFamily) -> IPPrefix {
        IPPrefix(family: family, bits: .zero, length: 0)
    }

    public static func < (lhs: IPPrefix, rhs: IPPrefix) -> Bool {
        if lhs.network != rhs.network { return lhs.network < rhs.network }
        return lhs.length < rhs.length
    }

    /// The network address left-aligned in 128 bits.
    @inlinable package var bits: Bits128 { network.bits }
}
