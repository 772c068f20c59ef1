import DXCore
import DXModel

/// One BGP peer of a virtual interface: an element of `bgpPeers`, or the VIF's own
/// `addressFamily`, `customerAddress`, `amazonAddress` and `authKey`
/// (dx-api-describe-virtual-interfaces). Only whether a key is set is kept, never the key.
package struct DXBGPPeerRecord: Sendable, Equatable {
    package var id: String?
    package var state: String?
    package var family: AddressFamily?
    package var customerAddress: InterfaceAddress?
    package var amazonAddress: InterfaceAddress?
    /// Whether AWS returned an `authKey`; the key itself is never read.
    package var hasAuthKey: Bool

    package init(
        id: String? = nil, state: String? = nil, family: AddressFamily?, customerAddress: InterfaceAddress? = nil,
        amazonAddress: InterfaceAddress? = nil, hasAuthKey: Bool = false
    ) {
        self.id = id
        self.state = state
        self.family = family
        self.customerAddress = customerAddress
        self.amazonAddress = amazonAddress
        self.hasAuthKey = hasAuthKey
    }

    /// Reads the peer fields of `fields` (a `bgpPeers` element or the VIF itself).
    package init(_ fields: JSONObjectFields) throws(InputError) {
        id = try fields.string("bgpPeerId")
        state = try fields.string("bgpPeerState")
        if let text = try fields.string("addressFamily") {
            guard let family = AddressFamily(rawValue: text) else {
                throw fields.unexpected("addressFamily", text, expected: ["ipv4", "ipv6"])
            }
            self.family = family
        } else {
            family = nil
        }
        customerAddress = try fields.parsed("customerAddress", InterfaceAddress.parse)
        amazonAddress = try fields.parsed("amazonAddress", InterfaceAddress.parse)
        hasAuthKey = try fields.hasSecret("authKey")
    }

    /// The family AWS gives, else the family of the addresses.
    package var effectiveFamily: AddressFamily {
        family ?? customerAddress?.family ?? amazonAddress?.family ?? .ipv4
    }

    /// A peer that is gone or going: `deleting`, `deleted`.
    package var isDeleted: Bool { state == "deleting" || state == "deleted" }
}
