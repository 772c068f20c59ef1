import DXModel

/// Why the network-wide best path for a segment is what it is (``BestPath``): the longest match,
/// where it was learned, and the step that beat the first losing route. The facts only;
/// ``description`` (DecisionText.swift) spells them for `simulate`, `explain`, JSON and the report.
public enum BestPathReason: Hashable, Sendable {
    /// Neither Direct Connect nor an ISP offers a covering route.
    case noRoute
    /// A Direct Connect route and an Internet route tie on LOCAL_PREF and AS_PATH length for the
    /// longest match: the router keeps either, by tie-breakers the design does not set.
    case directConnectInternetTie(prefixLength: Int, via: [String], localPreference: Int, asPathLength: Int)
    /// The longest match is learned over Direct Connect, on `via` (several routes: multipath),
    /// tagged `community` by AWS (nil: untagged).
    case directConnect(
        prefixLength: Int, via: [String], community: BGPCommunity?, multipath: Bool, beats: BestPathStep?)
    /// The longest match comes from the ISP uplinks `via`; `moreSpecificThan` is the shorter
    /// Direct Connect route it overrides, when no Direct Connect route for the prefix itself lost.
    case internet(prefix: IPPrefix, via: [String], moreSpecificThan: ShorterRoute?, beats: BestPathStep?)

    /// A shorter Direct Connect route covering the Internet route's prefix.
    public struct ShorterRoute: Hashable, Sendable {
        public var prefixLength: Int
        public var virtualInterface: String

        public init(prefixLength: Int, virtualInterface: String) {
            self.prefixLength = prefixLength
            self.virtualInterface = virtualInterface
        }
    }
}
