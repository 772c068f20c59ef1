import DXCore

/// A Direct Connect virtual interface: one 802.1Q VLAN with one BGP session per address family
/// (one peer, or an IPv4 and an IPv6 peer on a dual-stack VIF).
///
/// Source: `dx-virtual-interfaces`, `dx-api-create-bgp-peer` (Docs/Sources.md).
public struct VirtualInterface: Equatable, Sendable {
    public var name: Located<String>
    public var type: Located<VirtualInterfaceType>
    public var vlan: Located<Int>
    /// The BGP sessions, in the order written; never empty. The VIF-level keys are the shorthand
    /// for one peer. Two peers of one family are a finding (`bgp-peer-family-duplicate`).
    public var peers: [BGPPeer]
    /// Where `bgp_peers` is written; nil when the VIF uses the VIF-level shorthand.
    public var bgpPeersLocation: SourceLocation?
    /// AWS routes kept by the inbound policy; default (Docs/TopologyFormat.md): all three scopes.
    public var accept: Located<[AcceptScope]>
    /// ip-ranges.json service names; nil = no service filter.
    public var acceptServices: Located<[String]>?
    public var localPreference: Located<Int>
    public var maxPrefixes: Located<Int>?
    public var advertise: [Advertisement]
    public var location: SourceLocation

    public var isPublic: Bool { type.value == .public }

    /// The families of the peers, each once, IPv4 first.
    public var families: [AddressFamily] { AddressFamily.allCases.filter { peer(for: $0) != nil } }

    /// Whether the VIF carries an IPv4 and an IPv6 session.
    public var isDualStack: Bool { families.count > 1 }

    /// The first peer of `family`, nil when the VIF has no session of that family.
    public func peer(for family: AddressFamily) -> BGPPeer? {
        peers.first { $0.family == family }
    }

    /// Whether the VIF has a session of `family`.
    public func carries(_ family: AddressFamily) -> Bool { peer(for: family) != nil }

    /// The first peer (the only one in the shorthand form): what code written for one session per
    /// VIF reads. Per-family code iterates ``peers`` instead.
    public var primaryPeer: BGPPeer {
        get { peers[0] }
        set { peers[0] = newValue }
    }

    /// The first peer's family.
    public var addressFamily: Located<AddressFamily> {
        get { primaryPeer.addressFamily }
        set { primaryPeer.addressFamily = newValue }
    }
    /// The first peer's customer address.
    public var customerAddress: Located<InterfaceAddress>? {
        get { primaryPeer.customerAddress }
        set { primaryPeer.customerAddress = newValue }
    }
    /// The first peer's Amazon address.
    public var amazonAddress: Located<InterfaceAddress>? {
        get { primaryPeer.amazonAddress }
        set { primaryPeer.amazonAddress = newValue }
    }
    /// The first peer's MD5 key.
    public var bgpAuthKey: Located<BGPAuthKey>? {
        get { primaryPeer.bgpAuthKey }
        set { primaryPeer.bgpAuthKey = newValue }
    }
    /// Whether the first peer runs BFD.
    public var bfd: Bool {
        get { primaryPeer.bfd }
        set { primaryPeer.bfd = newValue }
    }

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
        self.init(
            name: name, type: type, vlan: vlan,
            peers: [
                BGPPeer(
                    addressFamily: addressFamily, customerAddress: customerAddress, amazonAddress: amazonAddress,
                    bgpAuthKey: bgpAuthKey, bfd: bfd, location: location)
            ],
            accept: accept, acceptServices: acceptServices, localPreference: localPreference,
            maxPrefixes: maxPrefixes, advertise: advertise, location: location)
    }

    /// A VIF with its peers; `peers` must not be empty.
    package init(
        name: Located<String>,
        type: Located<VirtualInterfaceType>,
        vlan: Located<Int>,
        peers: [BGPPeer],
        bgpPeersLocation: SourceLocation? = nil,
        accept: Located<[AcceptScope]>,
        acceptServices: Located<[String]>? = nil,
        localPreference: Located<Int>,
        maxPrefixes: Located<Int>? = nil,
        advertise: [Advertisement],
        location: SourceLocation
    ) {
        precondition(!peers.isEmpty, "a virtual interface has at least one BGP peer")
        self.name = name
        self.type = type
        self.vlan = vlan
        self.peers = peers
        self.bgpPeersLocation = bgpPeersLocation
        self.accept = accept
        self.acceptServices = acceptServices
        self.localPreference = localPreference
        self.maxPrefixes = maxPrefixes
        self.advertise = advertise
        self.location = location
    }
}
