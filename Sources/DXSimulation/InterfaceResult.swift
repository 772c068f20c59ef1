import DXModel

/// What one public VIF sees: AWS's advertisements, what the inbound policy keeps, the max-prefix.
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
}
