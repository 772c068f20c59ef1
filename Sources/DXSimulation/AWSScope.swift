import DXAWS
import DXInput
import DXModel

/// How AWS tags the routes it advertises on a public VIF, relative to the VIF's home Region.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities": 7224:8100 for routes from the
/// Direct Connect location's associated Region, 7224:8200 for the same continent, no tag for other
/// continents; all carry NO_EXPORT. `GLOBAL` prefixes carry no tag (Docs/Simulation.md §1).
enum AWSScope {
    static func scope(of prefix: AWSPrefix, homeRegion: String, assumptions: ModelingAssumptions) -> AcceptScope {
        scope(of: prefix, homeRegion: homeRegion, continent: assumptions.continent(ofRegion:))
    }

    /// The same, with a continent lookup the caller may have cached.
    static func scope(of prefix: AWSPrefix, homeRegion: String, continent: (String) -> Continent?) -> AcceptScope {
        // An assumed prefix no ip-ranges prefix covers has no Region: untagged.
        if prefix.region == IPRangeEntry.global || prefix.region.isEmpty { return .global }
        return ScopeRelation(prefix.region, home: homeRegion, continent: continent).awsTag
    }

    /// The communities AWS attaches for a scope: its tag, if any, and NO_EXPORT.
    static func communities(for scope: AcceptScope) -> [BGPCommunity] {
        (scope.community.map { [$0] } ?? []) + [.noExport]
    }
}
