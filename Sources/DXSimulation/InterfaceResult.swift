import DXModel

/// What one BGP session of a public VIF sees: AWS's advertisements, what the inbound policy keeps,
/// the max-prefix. A dual-stack VIF has one result per family, under one name.
public struct InterfaceResult: Sendable {
    public var name: String
    public var connection: String
    public var location: String?
    public var homeRegion: String?
    public var continent: Continent?
    public var family: AddressFamily
    public var isLive: Bool
    /// Prefixes AWS advertises on the VIF, per family (one session per family).
    public var advertisedByAWS: [AddressFamily: Int]
    public var learned: [AddressFamily: Int]
    /// Accepted routes per scope, for charts.
    public var learnedByScope: [AcceptScope: Int]
    /// The max-prefix limit dxplan recommends: learned count + 20 % headroom, rounded up to 100.
    public var recommendedMaxPrefixes: Int
    /// The learned routes (only computed with `--routes`).
    public var routes: [CandidateRoute]?
    /// Whether the VIF carries a session of each family (`bgp_peers`).
    public var isDualStack = false

    /// The VIF's name, with the family on a dual-stack VIF: `pub-1 (ipv6)`.
    public var sessionName: String { isDualStack ? "\(name) (\(family.rawValue))" : name }
}
