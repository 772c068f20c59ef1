import DXModel

/// The prefix list an ISP import rejects with `reject_aws_prefixes`: every prefix AWS advertises
/// on a public VIF, exact or longer (Docs/Simulation.md, "ISP import filter"). Only the outermost
/// prefixes are listed: exact-or-longer of those matches exactly what exact-or-longer of every
/// prefix matches.
public struct AWSPrefixFilterPlan: Hashable, Sendable {
    /// The role its prefix sets are named by (`AWS-PREFIXES`, `-V6` for IPv6; ``PolicyNameAllocator``).
    public var name: String
    /// Exact-or-longer entries (`upTo` the family's length), sorted.
    public var entries: [PrefixListEntry]

    public func entries(for family: AddressFamily) -> [PrefixListEntry] {
        entries.filter { $0.prefix.family == family }
    }
}
