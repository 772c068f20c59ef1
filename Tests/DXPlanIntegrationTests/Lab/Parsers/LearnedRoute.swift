import DXTestSupport

/// One BGP path in a customer daemon's RIB, in the terms the lab compares with `dxplan simulate`.
struct LearnedRoute: Hashable {
    var prefix: String
    /// The neighbor address (FRR) or protocol name (BIRD) it came from.
    var source: String
    var localPreference: Int?
    /// `7224:8100`, `no-export`, … (BGPCommunity.description spelling), sorted.
    var communities: [String]
    var asPathLength: Int
    var isBest: Bool
}
