import DXModel

/// One eBGP session to an ISP (`internet[]` with `neighbor_address` and `local_address`): export
/// only the customer prefixes (``InternetExportPlan``, never an AWS route), import per
/// `default_route`, `table` and `reject_aws_prefixes` (Docs/Simulation.md, "ISP import filter").
public struct ISPNeighborPlan: Hashable, Sendable {
    public var uplink: String
    public var remoteASN: ASN
    public var peerAddress: IPAddress
    public var localAddress: IPAddress
    public var description: String
    /// The import policy as ordered terms (``PolicyPlanner``).
    public var importPolicy = RoutePolicy(name: "", terms: [])
    /// Junos: the session's BGP group (nil for other vendors).
    public var groupName: String?
    /// Reject routes equal to or inside an AWS prefix (``RouterPlan/awsPrefixFilter``) first.
    public var rejectsAWSPrefixes: Bool
    /// Accept the default route of the session's family.
    public var acceptsDefaultRoute: Bool
    /// Accept every other route (the uplink has a `table`); otherwise only the default route.
    public var acceptsTable: Bool
    public var localPreference: Int

    public var family: AddressFamily { peerAddress.family }
    /// The import policy's name (route-map, policy-statement, filter).
    public var importPolicyName: String { importPolicy.name }
}
