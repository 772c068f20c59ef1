import DXCore

/// A Direct Connect virtual interface: one 802.1Q VLAN with one BGP session per address family.
///
/// Source: `dx-virtual-interfaces` (Docs/Sources.md).
public struct VirtualInterface: Equatable, Sendable {
    public var name: Located<String>
    public var type: Located<VirtualInterfaceType>
    public var vlan: Located<Int>
    public var addressFamily: Located<AddressFamily>
    public var customerAddress: Located<InterfaceAddress>?
    public var amazonAddress: Located<InterfaceAddress>?
    public var bgpAuthKey: Located<BGPAuthKey>?
    public var bfd: Bool
    /// AWS routes kept by the inbound policy; default (Docs/TopologyFormat.md): all three scopes.
    public var accept: Located<[AcceptScope]>
    /// ip-ranges.json service names; nil = no service filter.
    public var acceptServices: Located<[String]>?
    public var localPreference: Located<Int>
    public var maxPrefixes: Located<Int>?
    public var advertise: [Advertisement]
    public var location: SourceLocation

    public var isPublic: Bool { type.value == .public }

    package init(
        name: Located<String>,
        type: Located<VirtualInterfaceType>,
        vlan: Located<Int>,
        addressFamily: Located<AddressFamily>,
        customerAddress: Located<InterfaceAddress>? = nil,
        amazonAddress: Located<InterfaceAddress>? = nil,
        bgpAuthKey: Located<BGPAuthKey>? = nil,
        bfd: Bool,
        accept: Located<[AcceptScope]>,
        acceptServices: Located<[String]>? = nil,
        localPreference: Located<Int>,
        maxPrefixes: Located<Int>? = nil,
        advertise: [Advertisement],
        location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.vlan = vlan
        self.addressFamily = addressFamily
        self.customerAddress = customerAddress
        self.amazonAddress = amazonAddress
        self.bgpAuthKey = bgpAuthKey
        self.bfd = bfd
        self.accept = accept
        self.acceptServices = acceptServices
        self.localPreference = localPreference
        self.maxPrefixes = maxPrefixes
        self.advertise = advertise
        self.location = location
    }
}
