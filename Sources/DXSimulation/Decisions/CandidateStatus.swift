import DXModel

/// What `explain` says of one candidate route (``RouteExplanation``): whether it carries the
/// traffic, lost, or was rejected by an import policy (then it takes no part, and no local-pref
/// is shown for it). ``description`` (DecisionText.swift) spells it.
public enum CandidateStatus: Hashable, Sendable {
    /// The one winning route.
    case best
    /// One of several Direct Connect routes that tie and are all used (Docs/Simulation.md §4).
    case multipath
    /// One of several routes that tie where an ISP route takes part: the router keeps exactly one,
    /// by tie-breakers the design does not set (`rfc4271` §9.1.2.2), so none of them is best.
    case tie
    /// Where more-specific routes split the destination (``RouteExplanation/segments``): the route
    /// carries the traffic of these segments, alone or in multipath with other Direct Connect routes.
    case bestForSegments([IPPrefix], multipath: Bool)
    /// Accepted, but a longer prefix decides.
    case shorterPrefix
    /// Accepted for the deciding prefix, but beaten on LOCAL_PREF or AS_PATH.
    case lost
    /// The import policy rejected it.
    case rejected(PolicyRejection)

    /// Whether the route took part in the decision (its local-pref counts).
    public var isAccepted: Bool {
        if case .rejected = self { return false }
        return true
    }
}
