import DXAWS
import DXCore
import DXInput
import DXModel

/// Considerations for choosing the Amazon Connect Region, phrased as guidance: the Region list
/// comes from `connect-regions`, the scope tags from `dx-routing-policies` (Docs/Sources.md).
public enum RegionGuidance {
    static let regionsSource = Citation("connect-regions")
    static let routingSource = Citation("dx-routing-policies")

    public static func items(_ resolved: ResolvedTopology) -> [GuidanceItem] {
        let topology = resolved.topology
        let region = topology.connect.region.value
        let connectRegions = RegionCatalog.amazonConnectRegions
        var items: [GuidanceItem] = []
        let list = connectRegions.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        if connectRegions.contains(where: { $0.code == region }) {
            items.append(
                GuidanceItem(
                    "\(region) is one of the \(connectRegions.count) Regions dxplan lists for Amazon Connect: \(list).",
                    source: regionsSource))
        } else {
            items.append(
                GuidanceItem(
                    "\(region) is not among the \(connectRegions.count) Regions dxplan lists for Amazon Connect (\(list)); check the current availability list before building.",
                    source: regionsSource))
        }
        let homes = Array(Set(resolved.sites.compactMap(\.homeRegion))).sorted()
        let assumptions = topology.assumptions
        for home in homes {
            let text: String
            switch ScopeRelation(region, home: home, assumptions: assumptions) {
            case .sameRegion:
                text =
                    "Locations homed in \(home) receive the Connect Region's ranges tagged"
                    + " \(BGPCommunity.awsLocalRegion) and reach it with the narrowest return scope"
                    + " (\(AdvertiseScope.region.community))."
            case .sameContinent:
                text =
                    "Locations homed in \(home) receive \(region) ranges tagged"
                    + " \(BGPCommunity.awsContinent) (same continent);"
                    + " the agents' prefixes need scope continent (\(AdvertiseScope.continent.community)) or wider"
                    + " to come back over them."
            case .other:
                text =
                    "Locations homed in \(home) are on another continent than \(region): its ranges arrive untagged"
                    + " and the agents' prefixes need the global scope (\(AdvertiseScope.global.community) or untagged)"
                    + " to come back over them."
            }
            items.append(GuidanceItem(text, source: routingSource))
        }
        items.append(
            GuidanceItem(
                "Agents' location: choose a Region close to where agents sit, and Direct Connect locations homed in (or on the same continent as) that Region, so softphone media takes a short path.",
                source: Citation("dx-connect-whitepaper")))
        let scopeNote = Citation("connect-ccp-networking", "Direct Connect helps between your edge router and AWS")
        items.append(
            GuidanceItem(
                "Callers' location: callers reach Amazon Connect over the telephone network, not over your Direct Connect; consider where they call from, and which telephony the Region offers, when choosing it.",
                source: scopeNote))
        items.append(
            GuidanceItem(
                "External transfers: Direct Connect carries the agents' CCP traffic only; consider where calls transferred to external numbers go, since those legs do not use your Direct Connect.",
                source: scopeNote))
        return items
    }
}
