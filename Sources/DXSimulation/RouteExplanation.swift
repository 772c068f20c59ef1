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

    /// Each candidate's status. Direct Connect routes that tie are all used (multipath,
    /// Docs/Simulation.md §4), routes that tie with an ISP route are not: the router keeps exactly
    /// one of them (`rfc4271` §9.1.2.2), so none is best. A destination split into segments has
    /// winners per segment: a route is best for the segments it carries.
    static func statuses(
        of candidates: [CandidateRoute], segments: [(prefix: IPPrefix, decision: PathDecision)]
    ) -> [CandidateStatus] {
        let winners = segments.map { segment in
            (
                prefix: segment.prefix, routes: Set(segment.decision.winners),
                role: winnerStatus(segment.decision.winners)
            )
        }
        return candidates.map { route in
            if let rejection = route.rejection { return .rejected(rejection) }
            let won = winners.filter { $0.routes.contains(route) }
            if segments.count == 1, let only = won.first { return only.role }
            let carried = won.filter { $0.role != .tie }
            if !carried.isEmpty {
                return .bestForSegments(carried.map(\.prefix), multipath: carried.contains { $0.role == .multipath })
            }
            if !won.isEmpty { return .tie }
            return route.prefix != segments.first?.decision.matchedPrefix ? .shorterPrefix : .lost
        }
    }

    /// What the winners of one segment are: the one best route, multipath, or a tie.
    private static func winnerStatus(_ winners: [CandidateRoute]) -> CandidateStatus {
        guard winners.count > 1 else { return .best }
        return winners.contains { $0.origin.kind != .directConnect } ? .tie : .multipath
    }
}
