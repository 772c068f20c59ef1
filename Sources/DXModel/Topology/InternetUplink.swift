import DXCore

/// An ISP uplink of the same network (Docs/TopologyFormat.md `internet[]`).
public struct InternetUplink: Equatable, Sendable {
    public var name: Located<String>
    public var router: Located<String>
    public var asn: Located<ASN>
    /// The ISP sends 0.0.0.0/0 and ::/0.
    public var defaultRoute: Bool
    /// A routing table file, relative to the topology file.
    public var table: Located<String>?
    public var localPreference: Located<Int>
    /// `reject_aws_prefixes`: the import policy rejects every route equal to or more specific than
    /// a prefix AWS advertises on a public VIF (Docs/Simulation.md, "ISP import filter").
    public var rejectAWSPrefixes: Located<Bool>?
    /// `neighbor_address`: the ISP's BGP peer address; with it the session is rendered
    /// (Docs/TopologyFormat.md `internet[]`).
    public var neighborAddress: Located<IPAddress>?
    /// `local_address`: the router's own address on the ISP link (the session's source).
    public var localAddress: Located<IPAddress>?
    public var location: SourceLocation

    /// Whether the ISP's routes inside AWS prefixes are rejected.
    public var rejectsAWSPrefixes: Bool { rejectAWSPrefixes?.value ?? false }

    package init(
        name: Located<String>,
        router: Located<String>,
        asn: Located<ASN>,
        defaultRoute: Bool,
        table: Located<String>? = nil,
        localPreference: Located<Int>,
        rejectAWSPrefixes: Located<Bool>? = nil,
        neighborAddress: Located<IPAddress>? = nil,
        localAddress: Located<IPAddress>? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.router = router
        self.asn = asn
        self.defaultRoute = defaultRoute
        self.table = table
        self.localPreference = localPreference
        self.rejectAWSPrefixes = rejectAWSPrefixes
        self.neighborAddress = neighborAddress
        self.localAddress = localAddress
        self.location = location
    }
}
