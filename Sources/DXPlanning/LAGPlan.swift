import DXModel

/// One link aggregation group of a router: the bundle interface and its member ports, all with
/// LACP active (AWS runs LACP on every LAG, `dx-lags`).
public struct LAGPlan: Hashable, Sendable {
    /// The LAG's name in the topology.
    public var name: String
    /// The vendor's aggregated interface (`Port-channel1`, `Bundle-Ether1`, `ae0`, `bond0`).
    public var interface: String
    /// The bundle number the members join (`channel-group N`, `bundle id N`; `aeN` for Junos).
    public var number: Int
    /// The member ports, in file order, with their connection names.
    public var members: [Member]

    public struct Member: Hashable, Sendable {
        public var port: String
        public var connection: String
    }
}
