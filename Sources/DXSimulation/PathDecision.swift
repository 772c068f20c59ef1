import DXInput
import DXModel

/// The network-wide best path for one segment: which routes won and why (like GoBGP's BestPathReason).
public struct PathDecision: Hashable, Sendable {
    /// The longest matching prefix; nil when nothing matches.
    public var matchedPrefix: IPPrefix?
    /// Whether a winning route is a prefix of `assumptions.aws_also_advertises`, not of ip-ranges.json.
    public var restsOnAssumedRoute: Bool { winners.contains { $0.awsPrefix?.isAssumed == true } }
    /// The routes traffic uses: several Direct Connect routes tie into multipath.
    public var winners: [CandidateRoute] {
        get {
            guard let rebase else { return shared.routes }
            return shared.routes.map { route in
                var route = route
                route.prefix = rebase.prefix
                route.awsPrefix = rebase
                return route
            }
        }
        set {
            shared = WinnerSet(newValue)
            rebase = nil
        }
    }
    public var kind: PathKind
    public var reason: BestPathReason
    /// A Direct Connect route and an Internet route tie on every attribute dxplan compares.
    public var isTie: Bool
    /// The winners, shared with other decisions made from the same routes.
    private(set) var shared: WinnerSet
    /// Set when `shared` was selected for another AWS prefix of the same kind: every winner is an
    /// AWS route whose prefix (and ip-ranges entry) is this one instead.
    private var rebase: AWSPrefix?

    /// The VIFs (or the uplink) carrying the traffic, sorted.
    public var via: [String] { shared.via }

    public init(
        matchedPrefix: IPPrefix?, winners: [CandidateRoute], kind: PathKind, reason: BestPathReason, isTie: Bool
    ) {
        self.matchedPrefix = matchedPrefix
        self.kind = kind
        self.reason = reason
        self.isTie = isTie
        shared = WinnerSet(winners)
    }

    /// A decision whose winners are shared with others.
    init(matchedPrefix: IPPrefix?, shared: WinnerSet, kind: PathKind, reason: BestPathReason, isTie: Bool) {
        self.matchedPrefix = matchedPrefix
        self.kind = kind
        self.reason = reason
        self.isTie = isTie
        self.shared = shared
    }

    /// The same decision for `prefix`, an AWS prefix of the same family, Region, services and
    /// length as the one it was made for, when only Direct Connect routes took part (the reason
    /// names the length, not the prefix).
    func rebased(to prefix: AWSPrefix) -> PathDecision {
        var decision = self
        decision.matchedPrefix = prefix.prefix
        decision.rebase = prefix
        return decision
    }

    public static func == (lhs: PathDecision, rhs: PathDecision) -> Bool {
        guard lhs.matchedPrefix == rhs.matchedPrefix, lhs.kind == rhs.kind else { return false }
        guard lhs.reason == rhs.reason, lhs.isTie == rhs.isTie else { return false }
        return (lhs.shared === rhs.shared && lhs.rebase == rhs.rebase) || lhs.winners == rhs.winners
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(matchedPrefix)
        hasher.combine(kind)
        hasher.combine(reason)
        hasher.combine(isTie)
        hasher.combine(via)
    }

    public static let noRoute = PathDecision(
        matchedPrefix: nil, winners: [], kind: .none, reason: .noRoute, isTie: false)
}
