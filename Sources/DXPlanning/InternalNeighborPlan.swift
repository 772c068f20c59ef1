import DXModel

/// One iBGP session of the full mesh `simulate` assumes (Docs/Simulation.md §3): to another router
/// of the topology, between the two `router_id` loopbacks, with next-hop-self (the other router
/// does not reach the VIF's AWS peer address) and communities sent (RFC 4271 §9.1; `rfc4271`).
public struct InternalNeighborPlan: Hashable, Sendable {
    /// The other router's name.
    public var routerName: String
    /// The other router's `router_id` (its loopback).
    public var peerAddress: IPv4Address
    /// This router's `router_id`, the session's source.
    public var localAddress: IPv4Address
    public var description: String
}
