import DXModel

/// A BGP MD5 key that passed the one key check for the vendor it is written for: a length AWS
/// accepts (``DirectConnectRules/bgpAuthKeyLength``) and only characters that vendor's CLI reads
/// back as written (``Vendor/isSafeBGPKey(_:)``, Docs/Vendors.md "BGP keys"). The only way to get
/// one is ``check(_:for:)``, so a configuration renderer that receives a `SafeBGPKey` never needs a
/// second fence.
///
/// Source: AWS Direct Connect API Reference, "NewBGPPeer": `authKey` "has a minimum length of 6
/// characters and a maximum length of 80 characters"
/// (https://docs.aws.amazon.com/directconnect/latest/APIReference/API_NewBGPPeer.html).
public struct SafeBGPKey: Hashable, Sendable {
    /// The key, safe to write into a configuration.
    public let text: String

    private init(text: String) {
        self.text = text
    }

    /// The key when it is safe to write for `vendor`, else nil (the caller reports why, without the key).
    public static func check(_ text: String, for vendor: Vendor) -> SafeBGPKey? {
        guard DirectConnectRules.bgpAuthKeyLength.contains(text.count), vendor.isSafeBGPKey(text) else { return nil }
        return SafeBGPKey(text: text)
    }
}
