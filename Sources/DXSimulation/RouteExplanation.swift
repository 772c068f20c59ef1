import DXAWS
import DXInput
import DXModel

/// `explain` for one destination: every candidate route (like `show ip bgp`), the winner, and why.
public struct RouteExplanation: Sendable {
    public var destination: IPPrefix
    /// ip-ranges entries containing the destination, most specific first.
    public var entries: [IPRangeEntry]
    /// Every route covering the destination from every live source, accepted or rejected,
    /// longest prefix first.
    public var candidates: [CandidateRoute]
    /// What became of each candidate, in the order of ``candidates``.
    public var statuses: [CandidateStatus]
    /// The destination split by more-specific routes inside it (one segment when there are none).
    public var segments: [(prefix: IPPrefix, decision: PathDecision)]

    public static func explain(_ destination: IPPrefix, input: SimulationInput, scenario: FailureScenario = .none)
        -> RouteExplanation
    {
        let rib = Simulator.rib(input, scenario: scenario)
        var prefixes: Set<IPPrefix> = Set(rib.aws.index.covering(destination).map(\.prefix))
        for uplink in rib.uplinks where uplink.isLive {
            prefixes.formUnion(uplink.routes.covering(destination).map(\.prefix))
            prefixes.formUnion(uplink.rejectedRoutes.covering(destination).map(\.prefix))
        }
        let candidates = prefixes.sorted { $0.length > $1.length }.flatMap { prefix in
            rib.candidates(exactly: prefix).sorted {
                ($0.isAccepted ? 0 : 1, $0.origin) < ($1.isAccepted ? 0 : 1, $1.origin)
            }
        }
        let entries = input.ranges.entries(containing: destination)
        let segments = rib.segments(of: destination)
        return RouteExplanation(
            destination: destination, entries: entries, candidates: candidates,
            statuses: statuses(of: candidates, segments: segments), segments: segments)
    }

    /// Each candidate's status. Only an undivided destination has winners; Direct Connect routes
    /// that tie are all used (multipath, Docs/Simulation.md §4), routes that tie with an ISP route
    /// are not: the router keeps exactly one of them (`rfc4271` §9.1.2.2), so none is best.
    static func statuses(
        of candidates: [CandidateRoute], segments: [(prefix: IPPrefix, decision: PathDecision)]
    ) -> [CandidateStatus] {
        let winners = Set(segments.count == 1 ? segments[0].decision.winners : [])
        let winnerStatus: CandidateStatus =
            if winners.count > 1, winners.contains(where: { $0.origin.kind != .directConnect }) {
                .tie
            } else {
                winners.count > 1 ? .multipath : .best
            }
        return candidates.map { route in
            if let rejection = route.rejection { return .rejected(rejection) }
            if winners.contains(route) { return winnerStatus }
            return route.prefix != segments.first?.decision.matchedPrefix ? .shorterPrefix : .lost
        }
    }
}
