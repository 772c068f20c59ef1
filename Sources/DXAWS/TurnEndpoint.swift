import DXInput

/// One Amazon Connect softphone media relay (TURN) load balancer of a Region, reached on
/// 3478/UDP — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct TurnEndpoint: Hashable, Sendable {
    /// The Region code, e.g. `us-east-1`.
    public let region: String
    /// The load-balancer name, e.g. `TurnNlb-d76454ac48d20c1e`.
    public let name: String

    public init(region: String, name: String) {
        self.region = region
        self.name = name
    }

    /// The full host name, `TurnNlb-….elb.<region>.amazonaws.com`.
    public var hostName: String { "\(name).elb.\(region).amazonaws.com" }
}
