import DXCore

/// One BGP session of a virtual interface: one address family, its peer addresses, MD5 key and
/// BFD. A VIF carries at most one peer per family; AWS adds the second with CreateBGPPeer on the
/// same VLAN.
///
/// Source: `dx-virtual-interfaces`, `dx-api-create-bgp-peer` (Docs/Sources.md).
public struct BGPPeer: Equatable, Sendable {
    public var addressFamily: Located<AddressFamily>
    public var customerAddress: Located<InterfaceAddress>?
    public var amazonAddress: Located<InterfaceAddress>?
    public var bgpAuthKey: Located<BGPAuthKey>?
    public var bfd: Bool
    /// The `bgp_peers` item, or the VIF itself when the peer is written with the VIF-level keys.
    public var location: SourceLocation

    public var family: AddressFamily { addressFamily.value }

    package init(
        addressFamily: Located<AddressFamily>,
        customerAddress: Located<InterfaceAddress>? = nil,
        amazonAddress: Located<InterfaceAddress>? = nil,
        bgpAuthKey: Located<BGPAuthKey>? = nil,
        bfd: Bool,
        location: SourceLocation
    ) {
        self.addressFamily = addressFamily
        self.customerAddress = customerAddress
        self.amazonAddress = amazonAddress
        self.bgpAuthKey = bgpAuthKey
        self.bfd = bfd
        self.location = location
    }
}
