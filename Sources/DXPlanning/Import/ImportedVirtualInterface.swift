import DXModel

/// One VIF of an imported topology: `type`, `vlan`, its peers (one: the VIF-level shorthand;
/// two: `bgp_peers`) and the prefixes AWS lets it advertise.
package struct ImportedVirtualInterface: Sendable, Equatable {
    package var name: String
    /// The AWS id and name, for the comment that traces the entry back to AWS.
    package var awsID: String
    package var awsName: String?
    package var awsState: String?
    /// `public`, `private` or `transit`.
    package var type: String
    package var vlan: Int
    package var peers: [ImportedBGPPeer]
    package var advertise: [IPPrefix]
    /// Comment lines written above the entry (what was left out, what to check).
    package var notes: [String]

    package init(
        name: String, awsID: String, awsName: String?, awsState: String?, type: String, vlan: Int,
        peers: [ImportedBGPPeer], advertise: [IPPrefix], notes: [String]
    ) {
        self.name = name
        self.awsID = awsID
        self.awsName = awsName
        self.awsState = awsState
        self.type = type
        self.vlan = vlan
        self.peers = peers
        self.advertise = advertise
        self.notes = notes
    }
}
