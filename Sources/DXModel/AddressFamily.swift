/// An IP address family. IPv4 sorts before IPv6 (the order Python's `ipaddress` uses for mixed lists).
public enum AddressFamily: String, Sendable, CaseIterable, Comparable {
    case ipv4
    case ipv6

    /// The number of bits in an address: 32 for IPv4 (RFC 791), 128 for IPv6 (RFC 4291).
    public var maxPrefixLength: Int {
        switch self {
        case .ipv4: 32
        case .ipv6: 128
        }
    }

    /// `IPv4` or `IPv6`, as written in messages.
    public var displayName: String {
        switch self {
        case .ipv4: "IPv4"
        case .ipv6: "IPv6"
        }
    }

    public static func < (lhs: AddressFamily, rhs: AddressFamily) -> Bool {
        lhs == .ipv4 && rhs == .ipv6
    }
}
