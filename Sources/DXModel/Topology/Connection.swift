import DXCore

/// A Direct Connect connection (one port) and its virtual interfaces (Docs/TopologyFormat.md `connections[]`).
public struct Connection: Equatable, Sendable {
    public var name: Located<String>
    public var type: Located<ConnectionType>
    public var path: Located<ConnectionPath>
    public var provider: Located<String>?
    /// The location as written: an API code or a name from the location catalog.
    public var locationName: Located<String>?
    /// The home Region as written.
    public var region: Located<String>?
    public var speed: Located<PortSpeed>
    public var router: Located<String>
    public var interface: Located<String>?
    public var transceiver: Located<String>?
    public var autonegotiation: Located<Bool>?
    public var macsec: Located<Bool>?
    /// Members of one link aggregation group share this name.
    public var lag: Located<String>?
    public var virtualInterfaces: [VirtualInterface]
    public var location: SourceLocation

    package init(
        name: Located<String>,
        type: Located<ConnectionType>,
        path: Located<ConnectionPath>,
        provider: Located<String>? = nil,
        locationName: Located<String>? = nil,
        region: Located<String>? = nil,
        speed: Located<PortSpeed>,
        router: Located<String>,
        interface: Located<String>? = nil,
        transceiver: Located<String>? = nil,
        autonegotiation: Located<Bool>? = nil,
        macsec: Located<Bool>? = nil,
        lag: Located<String>? = nil,
        virtualInterfaces: [VirtualInterface],
        location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.path = path
        self.provider = provider
        self.locationName = locationName
        self.region = region
        self.speed = speed
        self.router = router
        self.interface = interface
        self.transceiver = transceiver
        self.autonegotiation = autonegotiation
        self.macsec = macsec
        self.lag = lag
        self.virtualInterfaces = virtualInterfaces
        self.location = location
    }
}
