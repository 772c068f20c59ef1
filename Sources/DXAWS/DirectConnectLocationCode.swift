import DXCore
import DXInput
import DXModel

/// One Direct Connect API location code (the `location` field of the Direct Connect API, e.g.
/// `EqDC2`) as a public source shows it, and the catalog location it denotes.
///
/// A code denotes a site, not a device: for a location with devices for two Regions of the same
/// partition it names both catalog rows, like the location's name does (`region:` picks one).
/// Partitions have their own codes (`IPB50` in eu-central-1, `IPBTF` in the EU Sovereign Cloud).
public struct DirectConnectLocationCode: Hashable, Sendable {
    /// The code as its first source spells it; matched case-insensitively.
    public let code: String
    /// The denoted location's full catalog name (``DirectConnectLocation/name``); for an
    /// unlisted code, the name its source gives.
    public let location: String
    /// The Region the source lists the code for; the code denotes the rows of ``location`` in
    /// this Region's partition.
    public let region: String
    /// Where the code was seen, at least one.
    public let sources: [DirectConnectLocationCodeSource]

    public init(_ code: String, _ location: String, region: String, _ sources: [DirectConnectLocationCodeSource]) {
        self.code = code
        self.location = location
        self.region = region
        self.sources = sources
    }
}
