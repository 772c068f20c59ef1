import DXAWS
import DXInput
import DXModel
import DXPlanning

/// The inbound policy as ordered terms, one per AWS scope tag (AWS DX User Guide, "Routing
/// policies and BGP communities": 7224:8100 same Region, 7224:8200 same continent, untagged).
extension ImportPolicyPlan {
    /// One scope: the community it matches (nil for the untagged rest) and whether it is kept.
    struct Term: Equatable {
        var name: String
        var community: BGPCommunity?
        var label: String
        var accept: Bool
    }

    /// Region, continent, then the untagged rest. A scope is kept only when `accept` lists it and
    /// the service filter (if any) can match something; kept terms also require the filter.
    var terms: [Term] {
        let filterUsable = prefixFilter.map { !$0.isEmpty } ?? true
        return [
            Term(
                name: "REGION", community: .awsLocalRegion, label: "\(BGPCommunity.awsLocalRegion) (same Region)",
                accept: acceptRegion && filterUsable),
            Term(
                name: "CONTINENT", community: .awsContinent, label: "\(BGPCommunity.awsContinent) (same continent)",
                accept: acceptContinent && filterUsable),
            Term(
                name: "UNTAGGED", community: nil, label: "untagged (other continents)",
                accept: acceptUntagged && filterUsable),
        ]
    }

    /// The scope tags some inbound policy of `plan` matches, in a fixed order.
    static func scopeCommunities(_ plan: RouterPlan) -> [BGPCommunity] {
        let scopes: [BGPCommunity] = [.awsLocalRegion, .awsContinent]
        return scopes.filter { (community: BGPCommunity) -> Bool in
            plan.neighbors.contains { (neighbor: NeighborPlan) -> Bool in
                neighbor.importPolicy.terms.contains { (term: Term) -> Bool in term.community == community }
            }
        }
    }

    /// The community-list / community-set name for a scope tag.
    static func communityListName(_ community: BGPCommunity) -> String {
        "AWS-\(community.asn)-\(community.local)"
    }
}
