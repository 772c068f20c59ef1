import DXModel

/// A named set of BGP communities (community-list, community-set, Junos `community`): matched
/// when a route carries any of them, or added by an export term.
public struct CommunitySetPlan: Hashable, Sendable {
    public var name: String
    public var communities: [BGPCommunity]

    package init(name: String, communities: [BGPCommunity]) {
        self.name = name
        self.communities = communities
    }
}
