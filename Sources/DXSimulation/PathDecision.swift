import DXInput
import DXModel

/// The network-wide best path for one segment: which routes won and why (like GoBGP's BestPathReason).
public struct PathDecision: Hashable, Sendable {
    /// The longest matching prefix; nil when nothing matches.
    public var matchedPrefix: IPPrefix?
    /// The routes traffic uses: several Direct Connect routes tie into multipath.
    public var winners: [CandidateRoute]
    public var kind: PathKind
    public var reason: String
    /// A Direct Connect route and an Internet route tie on every attribute dxplan compares.
    public var isTie: Bool

    /// The VIFs (or the uplink) carrying the traffic, sorted.
    public var via: [String] { Array(Set(winners.map(\.origin.name))).sorted() }

    public static let noRoute = PathDecision(
        matchedPrefix: nil, winners: [], kind: .none,
        reason: "no route: neither Direct Connect nor an ISP offers a covering route", isTie: false)
}
