import DXInput
import DXModel
import DXRouting

/// The routes one ISP uplink offers: its table (prefix → AS_PATH length) and its default route.
public struct UplinkRoutes: Sendable {
    public var uplink: InternetUplink
    /// Prefix → AS_PATH length.
    public var routes: SortedPrefixTable<Int>
    public var isLive: Bool

    /// Builds the uplink's routes; the default route has AS_PATH length 1 (the ISP itself).
    public init(uplink: InternetUplink, table: InternetTable?, assumptions: ModelingAssumptions, isLive: Bool = true) {
        // Kept in prefix order (each family's default route first), so the table needs no sort;
        // a default route in the table itself comes later and wins.
        var prefixes: [IPPrefix] = []
        var lengths: [Int] = []
        prefixes.reserveCapacity((table?.routes.count ?? 0) + 2)
        lengths.reserveCapacity((table?.routes.count ?? 0) + 2)
        for family in AddressFamily.allCases {
            if uplink.defaultRoute {
                prefixes.append(.defaultRoute(family))
                lengths.append(1)
            }
            for route in table?.routes ?? [] where route.prefix.family == family {
                prefixes.append(route.prefix)
                lengths.append(route.asPathLength ?? assumptions.internetASPathLength)
            }
        }
        self.uplink = uplink
        self.routes = SortedPrefixTable(prefixes: prefixes, values: lengths)
        self.isLive = isLive
    }

    func route(_ prefix: IPPrefix, asPathLength: Int) -> CandidateRoute {
        CandidateRoute(
            prefix: prefix, origin: .internet(uplink: uplink.name.value), localPreference: uplink.localPreference.value,
            asPathLength: asPathLength, communities: [], awsPrefix: nil, rejection: nil)
    }
}
