import DXModel

/// How AWS reaches one agent source prefix in the instance Region: over which public VIFs.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities": a customer prefix tagged
/// 7224:9100 propagates only to the VIF's home Region, 7224:9200 to its continent, 7224:9300 or
/// untagged to all public Regions; AWS prefers Direct Connect for traffic it sources.
public struct ReturnPathResult: Sendable {
    public var agentSource: IPPrefix
    /// The longest advertised prefix covering the source that reaches the instance Region.
    public var advertisedPrefix: IPPrefix?
    /// The VIFs advertising it with a scope that reaches the Region, sorted.
    public var via: [String]
    public var reason: String

    public var isOverDirectConnect: Bool { !via.isEmpty }
}
