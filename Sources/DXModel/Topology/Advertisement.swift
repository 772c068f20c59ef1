import DXCore

/// One customer prefix announced to AWS on a public VIF (Docs/TopologyFormat.md `advertise[]`).
public struct Advertisement: Equatable, Sendable {
    public var prefix: Located<IPPrefix>
    /// nil = untagged, which AWS treats as global (AWS DX User Guide, "Routing policies and BGP communities").
    public var scope: Located<AdvertiseScope>?
    /// Extra communities; AWS strips every 7224:* other than 9100/9200/9300 and every other community.
    public var communities: [Located<BGPCommunity>]
    public var asPathPrepend: Located<Int>
    public var location: SourceLocation

    /// The scope AWS applies: untagged prefixes propagate to all public Regions.
    public var effectiveScope: AdvertiseScope { scope?.value ?? .global }

    package init(
        prefix: Located<IPPrefix>,
        scope: Located<AdvertiseScope>? = nil,
        communities: [Located<BGPCommunity>],
        asPathPrepend: Located<Int>,
        location: SourceLocation
    ) {
        self.prefix = prefix
        self.scope = scope
        self.communities = communities
        self.asPathPrepend = asPathPrepend
        self.location = location
    }
}
