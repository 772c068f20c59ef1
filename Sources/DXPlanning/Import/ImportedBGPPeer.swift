import DXModel

/// One BGP session of an imported VIF: its family, addresses and the environment variable its
/// key comes from (never the key).
package struct ImportedBGPPeer: Sendable, Equatable {
    package var family: AddressFamily
    package var customerAddress: InterfaceAddress?
    package var amazonAddress: InterfaceAddress?
    /// `DX_KEY_<VIF>`; nil when AWS returned no key for the peer.
    package var keyVariable: String?

    package init(
        family: AddressFamily, customerAddress: InterfaceAddress?, amazonAddress: InterfaceAddress?,
        keyVariable: String?
    ) {
        self.family = family
        self.customerAddress = customerAddress
        self.amazonAddress = amazonAddress
        self.keyVariable = keyVariable
    }
}
