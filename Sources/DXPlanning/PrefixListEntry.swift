import DXInput
import DXModel

/// One line of a vendor-neutral prefix list: a prefix, optionally with a range of lengths
/// (`ge`/`le` in IOS and FRR, `prefix-length-range`/`upto` in Junos, `{a,b}` in BIRD).
public struct PrefixListEntry: Hashable, Sendable, Comparable {
    public var prefix: IPPrefix
    /// Longest length matched; nil = exact match only.
    public var upTo: Int?
    /// False for an exception written before the permits (`deny` in IOS-style prefix lists).
    public var permit: Bool

    public init(prefix: IPPrefix, upTo: Int? = nil, permit: Bool = true) {
        self.prefix = prefix
        self.upTo = upTo
        self.permit = permit
    }

    /// True when the entry matches every length down to the host (`le 32`/`le 128`, Junos
    /// `orlonger`, BIRD `P+`).
    public var isOrLonger: Bool { upTo == prefix.family.maxPrefixLength }

    public func matches(_ other: IPPrefix) -> Bool {
        guard let upTo else { return other == prefix }
        return prefix.contains(other) && other.length <= upTo
    }

    public static func < (lhs: PrefixListEntry, rhs: PrefixListEntry) -> Bool {
        lhs.prefix != rhs.prefix ? lhs.prefix < rhs.prefix : (lhs.upTo ?? -1) < (rhs.upTo ?? -1)
    }
}
