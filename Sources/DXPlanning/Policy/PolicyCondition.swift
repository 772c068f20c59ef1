/// A match condition of a ``PolicyTerm`` (GoBGP `match-prefix-set`, `match-community-set`).
public enum PolicyCondition: Hashable, Sendable {
    /// The route carries any community of the set.
    case community(CommunitySetPlan)
    /// The route's prefix matches an entry of the set (each entry exact or exact-or-longer).
    case prefixSet(PrefixSetPlan)
}

/// An action of an accepting ``PolicyTerm`` (GoBGP `set-local-pref`, `set-community` add,
/// `set-as-path-prepend`).
public enum PolicyAction: Hashable, Sendable {
    case setLocalPreference(Int)
    /// Add the set's communities to those the route already has (additive).
    case addCommunities(CommunitySetPlan)
    /// Prepend the router's own AS this many times.
    case prependOwnAS(count: Int)
}
