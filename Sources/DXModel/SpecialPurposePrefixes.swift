/// Address blocks that are never public unicast space, from the IANA special-purpose registries
/// (RFC 6890 and its updates; RFC 1918, RFC 6598, RFC 4193, RFC 4291, RFC 5737, RFC 3849).
public enum SpecialPurposePrefixes {
    public struct Block: Sendable {
        public var prefix: IPPrefix
        public var name: String
        /// Documentation ranges: reported as warnings so that examples work.
        public var isDocumentation: Bool
    }

    public static let blocks: [Block] = [
        ("0.0.0.0/8", "\"this network\", RFC 791", false),
        ("10.0.0.0/8", "private-use, RFC 1918", false),
        ("100.64.0.0/10", "shared address space, RFC 6598", false),
        ("127.0.0.0/8", "loopback, RFC 1122", false),
        ("169.254.0.0/16", "link-local, RFC 3927", false),
        ("172.16.0.0/12", "private-use, RFC 1918", false),
        ("192.0.0.0/24", "IETF protocol assignments, RFC 6890", false),
        ("192.0.2.0/24", "documentation TEST-NET-1, RFC 5737", true),
        ("192.168.0.0/16", "private-use, RFC 1918", false),
        ("198.18.0.0/15", "benchmarking, RFC 2544", false),
        ("198.51.100.0/24", "documentation TEST-NET-2, RFC 5737", true),
        ("203.0.113.0/24", "documentation TEST-NET-3, RFC 5737", true),
        ("224.0.0.0/4", "multicast, RFC 5771", false),
        ("240.0.0.0/4", "reserved, RFC 1112", false),
        ("::/8", "reserved by the IETF (loopback, unspecified, IPv4-mapped), RFC 4291", false),
        ("64:ff9b::/96", "IPv4/IPv6 translation, RFC 6052", false),
        ("100::/64", "discard-only, RFC 6666", false),
        ("2001:db8::/32", "documentation, RFC 3849", true),
        ("fc00::/7", "unique local, RFC 4193", false),
        ("fe80::/10", "link-local, RFC 4291", false),
        ("ff00::/8", "multicast, RFC 4291", false),
    ].map { Block(prefix: IPPrefix($0.0)!, name: $0.1, isDocumentation: $0.2) }

    /// The block containing `prefix`, if any.
    public static func block(containing prefix: IPPrefix) -> Block? {
        blocks.first { $0.prefix.contains(prefix) }
    }

    /// The non-documentation block containing `prefix`, if any.
    public static func nonPublicBlock(containing prefix: IPPrefix) -> Block? {
        blocks.first { !$0.isDocumentation && $0.prefix.contains(prefix) }
    }
}
