import DXInput
import DXModel

/// One Direct Connect location as associated with one AWS Region (its "home Region").
///
/// A location with devices for two Regions is two values, one per associated Region.
/// "Each device is associated with exactly one Region"; the associated Region is the
/// control-plane Region and the "local" Region of the `7224:8100`/`7224:9100` scope —
/// `dx-locations`, `dx-routing-policies`
/// https://docs.aws.amazon.com/directconnect/latest/UserGuide/remote_regions.html
public struct DirectConnectLocation: Hashable, Sendable {
    /// The name exactly as in the AWS table, e.g. `Equinix DC2/DC11, Ashburn, VA`.
    public let name: String
    /// The API location code as AWS's own examples spell it (`EqDC2`, `EqSV5`, `TIVIT`), shown
    /// in output; every known code of the location is in ``DirectConnectLocationCodes``.
    public let code: String?
    /// The associated Region's code, e.g. `us-east-1`.
    public let homeRegion: String
    /// Port speeds at this location for this Region; nil = not stated. The AWS table gives
    /// speeds only for locations with devices for two Regions (`dx-locations`).
    public let portSpeeds: [PortSpeed]?
    /// Speeds with MACsec ("(M)" in the AWS table); nil = not stated, empty = none marked.
    public let macsecSpeeds: [PortSpeed]?

    public init(
        _ name: String, code: String? = nil, homeRegion: String,
        portSpeeds: [PortSpeed]? = nil, macsecSpeeds: [PortSpeed]? = nil
    ) {
        self.name = name
        self.code = code
        self.homeRegion = homeRegion
        self.portSpeeds = portSpeeds
        self.macsecSpeeds = macsecSpeeds
    }

    /// The name up to the first comma, e.g. `Equinix DC2/DC11`; the whole name if it has none.
    public var shortName: String {
        guard let comma = name.firstIndex(of: ",") else { return name }
        return String(name[..<comma]).trimmingSpaces
    }
}

extension String {
    /// Without leading and trailing spaces (no Foundation needed).
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
