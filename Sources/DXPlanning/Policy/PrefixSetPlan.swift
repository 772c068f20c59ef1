import DXModel

/// A named set of prefixes of one family, each entry exact or with a length range (prefix-list,
/// prefix-set, route-filter-list, BIRD prefix set), as the planner names and fills it.
public struct PrefixSetPlan: Hashable, Sendable {
    public var name: String
    public var family: AddressFamily
    /// Never empty: a term that would match an empty set is not planned.
    public var entries: [PrefixListEntry]

    package init(name: String, family: AddressFamily, entries: [PrefixListEntry]) {
        self.name = name
        self.family = family
        self.entries = entries
    }

    /// Whether every entry matches its prefix exactly.
    public var isExact: Bool { entries.allSatisfy { $0.upTo == nil || $0.upTo == $0.prefix.length } }
}
