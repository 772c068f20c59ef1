import DXModel

/// A BGP MD5 key that passed the one key check: a length AWS accepts
/// (``DirectConnectRules/bgpAuthKeyLength``) and only characters every vendor renderer can write
/// as they are (``BGPAuthKey/isAllowed(_:)``). The only way to get one is ``check(_:)``, so a
/// configuration renderer that receives a `SafeBGPKey` never needs a second fence.
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

    /// The key when it is safe to write, else nil (the caller reports why, without the key).
    public static func check(_ text: String) -> SafeBGPKey? {
        guard DirectConnectRules.bgpAuthKeyLength.contains(text.count),
            text.unicodeScalars.allSatisfy(BGPAuthKey.isAllowed)
        else { return nil }
        return SafeBGPKey(text: text)
    }
}
