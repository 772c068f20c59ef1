import DXModel

/// A route to a prefix as one source offers it, with the attributes best-path selection compares.
public struct CandidateRoute: Hashable, Sendable {
    public var prefix: IPPrefix
    public var origin: RouteOrigin
    public var localPreference: Int
    public var asPathLength: Int
    /// Communities as received (AWS routes: the scope tag and NO_EXPORT).
    public var communities: [BGPCommunity]
    /// For AWS routes: the ip-ranges Region and services of the prefix.
    public var awsPrefix: AWSPrefix?
    /// nil when the import policy accepts it; otherwise why it was rejected (shown by `explain`).
    public var rejection: PolicyRejection?

    public var isAccepted: Bool { rejection == nil }

    /// The scope tag AWS put on the route (7224:8100 or 7224:8200); nil when untagged.
    public var scopeCommunity: BGPCommunity? {
        communities.first { $0 == .awsLocalRegion || $0 == .awsContinent }
    }
}
