import DXCore

/// An address with the prefix length of its subnet, as configured on a router interface or
/// written for a BGP peer (`198.51.100.249/30`, `2001:db8::1/64`). Host bits may be set.
public struct InterfaceAddress: Hashable, Comparable, Sendable, LosslessStringConvertible {
    public let address: IPAddress
    /// The subnet's prefix length, 0 up to the family's maximum.
    public let prefixLength: Int

    /// nil if `prefixLength` is out of range for the address family.
    public init?(address: IPAddress, prefixLength: Int) {
        guard prefixLength >= 0, prefixLength <= address.family.maxPrefixLength else { return nil }
        self.address = address
        self.prefixLength = prefixLength
    }

    /// Parses `address/length`; nil if malformed. ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let value) = Self.parse(description) else { return nil }
        self = value
    }

    /// Parses `address/length` (host bits allowed), or explains what is wrong.
    public static func parse(_ text: String) -> Result<InterfaceAddress, ValueParseError> {
        IPPrefix.parseParts(text).map { InterfaceAddress(unchecked: $0.0, $0.1) }
    }

    private init(unchecked address: IPAddress, _ prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    public var family: AddressFamily { address.family }

    /// The subnet the address is in, e.g. `198.51.100.248/30` for `198.51.100.249/30`.
    public var prefix: IPPrefix {
        IPPrefix(family: address.family, bits: address.bits, length: prefixLength)
    }

    /// `address/length` with the address in canonical form.
    public var description: String { "\(address)/\(prefixLength)" }

    /// By address, then prefix length.
    public static func < (lhs: InterfaceAddress, rhs: InterfaceAddress) -> Bool {
        if lhs.address != rhs.address { return lhs.address < rhs.address }
        return lhs.prefixLength < rhs.prefixLength
    }
}
