import DXModel

/// A topology built from the AWS Direct Connect API's view of an account (``AWSImportPlanner``):
/// what AWS knows, mapped; what it cannot know, left to placeholders the writer marks.
package struct ImportedTopology: Sendable, Equatable {
    /// The customer ASN of the VIFs; nil when no VIF gave one (a placeholder is written).
    package var asn: ASN?
    /// Other ASNs VIFs use, for a comment.
    package var otherASNs: [ASN]
    package var prefixes: [IPPrefix]
    package var connectRegion: String
    /// Whether `--connect-region` gave the Region (false: guessed from the connections).
    package var connectRegionGiven: Bool
    package var routers: [ImportedRouter]
    package var connections: [ImportedConnection]
    /// What was left out, one comment line each.
    package var skipped: [String]

    package init(
        asn: ASN?, otherASNs: [ASN], prefixes: [IPPrefix], connectRegion: String, connectRegionGiven: Bool,
        routers: [ImportedRouter], connections: [ImportedConnection], skipped: [String]
    ) {
        self.asn = asn
        self.otherASNs = otherASNs
        self.prefixes = prefixes
        self.connectRegion = connectRegion
        self.connectRegionGiven = connectRegionGiven
        self.routers = routers
        self.connections = connections
        self.skipped = skipped
    }

    /// Every environment variable a BGP key is read from, sorted.
    package var keyVariables: [String] {
        connections.flatMap { $0.virtualInterfaces.flatMap { $0.peers.compactMap(\.keyVariable) } }.sorted()
    }
}
