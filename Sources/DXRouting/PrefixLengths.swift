import DXModel

/// The prefix lengths present in a table, per family: a 33-bit set for IPv4 and a 129-bit set for
/// IPv6, so that a covering-prefix search tries only the lengths that exist.
@usableFromInline
package struct PrefixLengths: Sendable, Equatable {
    /// IPv4 lengths 0…32.
    @usableFromInline var ipv4: UInt64 = 0
    /// IPv6 lengths 0…63, 64…127, and 128.
    @usableFromInline var ipv6Low: UInt64 = 0
    @usableFromInline var ipv6High: UInt64 = 0
    @usableFromInline var ipv6Full = false

    package init() {}

    @inline(__always)
    package mutating func insert(_ length: Int, family: AddressFamily) {
        if family == .ipv4 {
            ipv4 |= 1 << UInt64(length & 63)
        } else if length < 64 {
            ipv6Low |= 1 << UInt64(length)
        } else if length < 128 {
            ipv6High |= 1 << UInt64(length - 64)
        } else {
            ipv6Full = true
        }
    }

    @inlinable
    package func contains(_ length: Int, family: AddressFamily) -> Bool {
        if family == .ipv4 { return length < 64 && ipv4 & (1 << UInt64(length & 63)) != 0 }
        if length < 64 { return ipv6Low & (1 << UInt64(length)) != 0 }
        if length < 128 { return ipv6High & (1 << UInt64(length - 64)) != 0 }
        return ipv6Full
    }

    /// Whether no prefix of `family` is present.
    @inlinable
    package func isEmpty(family: AddressFamily) -> Bool {
        family == .ipv4 ? ipv4 == 0 : ipv6Low == 0 && ipv6High == 0 && !ipv6Full
    }
}
