/// How the customer reaches the Direct Connect location (Docs/TopologyFormat.md `connections[].via`).
public enum ConnectionPath: String, CaseIterable, Sendable {
    /// A cross-connect inside the Direct Connect location's building.
    case crossConnect = "cross-connect"
    /// A carrier circuit from the customer's site to the location.
    case carrier
    /// A data-center exchange or interconnection fabric.
    case datacenter
}
