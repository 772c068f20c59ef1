/// Which AWS routes the customer's inbound policy keeps on a public VIF, by the community AWS tags them with.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities" — 7224:8100 for routes from the
/// Direct Connect location's own Region, 7224:8200 for the same continent, no tag otherwise.
public enum AcceptScope: String, CaseIterable, Sendable, Comparable {
    /// 7224:8100.
    case region
    /// 7224:8200.
    case continent
    /// Untagged routes: other continents and GLOBAL prefixes.
    case global

    /// The community AWS tags the scope's routes with; nil for untagged routes.
    public var community: BGPCommunity? {
        switch self {
        case .region: .awsLocalRegion
        case .continent: .awsContinent
        case .global: nil
        }
    }

    public static func < (lhs: AcceptScope, rhs: AcceptScope) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
