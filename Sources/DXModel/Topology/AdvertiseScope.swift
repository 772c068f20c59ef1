/// How far inside AWS a customer prefix propagates, chosen by a scope community.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities": 7224:9100 local Region,
/// 7224:9200 all Regions of the continent, 7224:9300 (or no tag) all public Regions.
public enum AdvertiseScope: String, CaseIterable, Sendable, Comparable {
    case region
    case continent
    case global

    /// The community that asks AWS for this scope.
    public var community: BGPCommunity {
        switch self {
        case .region: .customerLocalRegion
        case .continent: .customerContinent
        case .global: .customerGlobal
        }
    }

    public static func < (lhs: AdvertiseScope, rhs: AdvertiseScope) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
