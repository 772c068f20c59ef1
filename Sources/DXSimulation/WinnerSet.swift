import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// The winning routes of a path decision, shared by the decisions that AWS prefixes of one kind
/// (family, Region, services) get from the same routes: with thousands of VIFs in multipath, each
/// segment then holds a reference instead of its own copy of thousands of routes.
final class WinnerSet: Sendable {
    /// The routes as ``BestPath`` selected them, for the prefix they were selected for.
    let routes: [CandidateRoute]
    /// The VIFs (or the uplink) carrying the traffic, sorted, each once.
    let via: [String]

    init(_ routes: [CandidateRoute]) {
        self.routes = routes
        via = Array(Set(routes.map(\.origin.name))).sorted()
    }

    /// `via` already worked out: the origins' names of `routes`, sorted, each once.
    init(_ routes: [CandidateRoute], via: [String]) {
        self.routes = routes
        self.via = via
    }
}
