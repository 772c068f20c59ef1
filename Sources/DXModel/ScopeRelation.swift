/// Where one AWS Region stands relative to the home Region of a Direct Connect location: the
/// same Region, another Region of the same continent, or neither. It decides both directions of a
/// public VIF: the tag AWS puts on its routes (7224:8100, 7224:8200, untagged) and whether a
/// customer prefix with a scope community (7224:9100, 7224:9200, 7224:9300) reaches that Region.
///
/// Source: AWS Direct Connect User Guide, "Routing policies and BGP communities"
/// (https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html). Which Regions
/// share a continent is the project's assumption (``Continent``, ``ModelingAssumptions``).
public enum ScopeRelation: Sendable, CaseIterable, Equatable {
    case sameRegion
    case sameContinent
    case other

    /// `region` seen from a location homed in `home` (nil: not resolved, so `other`), with the
    /// continents of the topology's assumptions.
    public init(_ region: String, home: String?, assumptions: ModelingAssumptions) {
        self.init(region, home: home, continent: assumptions.continent(ofRegion:))
    }

    /// The same, with a continent lookup the caller may have cached. Two Regions share a
    /// continent only when both have one and it is the same.
    public init(_ region: String, home: String?, continent: (String) -> Continent?) {
        guard let home else {
            self = .other
            return
        }
        if region == home {
            self = .sameRegion
        } else if let mine = continent(region), let theirs = continent(home), mine == theirs {
            self = .sameContinent
        } else {
            self = .other
        }
    }

    /// The scope AWS tags its routes from the Region with on the location's public VIFs.
    public var awsTag: AcceptScope {
        switch self {
        case .sameRegion: .region
        case .sameContinent: .continent
        case .other: .global
        }
    }

    /// Whether a customer prefix advertised at the location with `scope` reaches the Region
    /// (each scope includes the narrower ones).
    public func isReached(by scope: AdvertiseScope) -> Bool {
        switch scope {
        case .region: self == .sameRegion
        case .continent: self != .other
        case .global: true
        }
    }
}
