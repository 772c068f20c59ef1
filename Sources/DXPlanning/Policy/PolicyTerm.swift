/// One ordered term of a ``RoutePolicy``: when every condition matches (no condition matches
/// every route), apply the actions and accept or reject; otherwise the next term is tried.
public struct PolicyTerm: Hashable, Sendable {
    /// A short name (`REGION`, `P1`, `REJECT`) for vendors whose terms are named (Junos).
    public var name: String
    /// What the term is for, for a comment above it (plain text; renderers escape it).
    public var comment: String?
    public var conditions: [PolicyCondition]
    public var actions: [PolicyAction]
    public var disposition: PolicyDisposition

    package init(
        name: String, comment: String? = nil, conditions: [PolicyCondition] = [], actions: [PolicyAction] = [],
        disposition: PolicyDisposition
    ) {
        self.name = name
        self.comment = comment
        self.conditions = conditions
        self.actions = actions
        self.disposition = disposition
    }

    /// The explicit last term of every planned policy.
    package static let defaultReject = PolicyTerm(
        name: "REJECT", comment: "anything else is rejected", disposition: .reject)
}

/// What a term does with a matching route (GoBGP `route-disposition`).
public enum PolicyDisposition: Hashable, Sendable {
    case accept
    case reject
}
