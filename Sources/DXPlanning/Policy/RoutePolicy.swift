/// A routing policy as ordered terms, the shape of GoBGP's policy definitions (a statement is
/// conditions, actions and a route disposition; `gobgp-policy`): the first term whose conditions
/// all match decides. Every policy the planner builds ends with an explicit default-reject term,
/// so no vendor's implicit end-of-policy behaviour is relied upon. Renderers only spell the terms.
public struct RoutePolicy: Hashable, Sendable {
    /// The policy object's name (route-map, policy-statement, route-policy, filter), allocated by
    /// ``PolicyNameAllocator``.
    public var name: String
    public var terms: [PolicyTerm]

    package init(name: String, terms: [PolicyTerm]) {
        self.name = name
        self.terms = terms
    }

    /// The prefix sets the terms match, each once, in first-use order.
    public var prefixSets: [PrefixSetPlan] {
        var seen: Set<String> = []
        return terms.flatMap(\.conditions).compactMap { condition in
            guard case .prefixSet(let set) = condition, seen.insert(set.name).inserted else { return nil }
            return set
        }
    }

    /// The community sets the terms match or add, each once, in first-use order.
    public var communitySets: [CommunitySetPlan] {
        var seen: Set<String> = []
        let matched: [CommunitySetPlan] = terms.flatMap(\.conditions).compactMap {
            guard case .community(let set) = $0 else { return nil }
            return set
        }
        let added: [CommunitySetPlan] = terms.flatMap(\.actions).compactMap {
            guard case .addCommunities(let set) = $0 else { return nil }
            return set
        }
        return (matched + added).filter { seen.insert($0.name).inserted }
    }

    /// Whether the policy accepts anything at all.
    public var acceptsAnything: Bool { terms.contains { $0.disposition == .accept } }
}
