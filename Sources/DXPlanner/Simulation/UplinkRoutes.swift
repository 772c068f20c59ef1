/// The routes one ISP uplink offers: its table (prefix → AS_PATH length) and its default route.
public struct UplinkRoutes: Sendable {
    public var uplink: InternetUplink
    public var routes: PrefixTrie<Int>
    public var isLive: Bool

    /// Builds the uplink's routes; the default route has AS_PATH length 1 (the ISP itself).
    public init(uplink: InternetUplink, table: InternetTable?, assumptions: ModelingAssumptions, isLive: Bool = true) {
        var routes = PrefixTrie<Int>()
        if let table {
            for route in table.routes {
                routes.insert(route.prefix, route.asPathLength ?? assumptions.internetASPathLength)
            }
        }
        if uplink.defaultRoute {
            for family in AddressFamily.allCases where routes[exact: .defaultRoute(family)] == nil {
                routes.insert(.defaultRoute(family), 1)
            }
        }
        self.uplink = uplink
        self.routes = routes
        self.isLive = isLive
    }

    func route(_ prefix: IPPrefix, asPathLength: Int) -> CandidateRoute {
        CandidateRoute(
            prefix: prefix, origin: .internet(uplink: uplink.name.value), localPreference: uplink.localPreference.value,
            asPathLength: asPathLength, communities: [], awsPrefix: nil, rejection: nil)
    }
}
