import DXModel

/// One iBGP session of the full mesh `simulate` assumes (Docs/Simulation.md §3): to another router
/// of the topology, between the two `router_id` loopbacks (IPv4 unicast) or the two `loopback_v6`
/// addresses (IPv6 unicast), with next-hop-self (the other router does not reach the VIF's AWS
/// peer address) and communities sent (RFC 4271 §9.1; `rfc4271`).
public struct InternalNeighborPlan: Hashable, Sendable {
    /// The other router's name.
    public var routerName: String
    /// The other router's loopback: its `router_id` (IPv4) or its `loopback_v6`.
    public var peerAddress: IPAddress
    /// This router's loopback of the same family, the session's source.
    public var localAddress: IPAddress
    public var description: String

    /// The one address family the session carries.
    public var family: AddressFamily { peerAddress.family }
}
