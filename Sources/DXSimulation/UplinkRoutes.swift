import DXInput
import DXModel
import DXRouting

/// The routes one ISP uplink offers: its table (prefix → AS_PATH length) and its default route.
public struct UplinkRoutes: Sendable {
    public var uplink: InternetUplink
    /// Prefix → AS_PATH length, -1 for a table route without a path (then
    /// ``unknownPathLength`` counts); the table's arrays, shared, not copied.
    public var routes: SortedPrefixTable<Int32>
    /// The AS_PATH length assumed for table routes without a path (`assumptions:`).
    public var unknownPathLength: Int
    public var isLive: Bool

    /// Builds the uplink's routes; the default route has AS_PATH length 1 (the ISP itself), and a
    /// default route in the table wins over it.
    public init(uplink: InternetUplink, table: InternetTable?, assumptions: ModelingAssumptions, isLive: Bool = true) {
        self.uplink = uplink
        let defaults: [(family: AddressFamily, value: Int32)] =
            uplink.defaultRoute ? AddressFamily.allCases.map { ($0, 1) } : []
        routes =
            table?.pathLengthTable(defaultRoutes: defaults)
            ?? SortedPrefixTable(prefixes: [], values: [], defaultRoutes: defaults)
        unknownPathLength = assumptions.internetASPathLength
        self.isLive = isLive
    }

    /// The AS_PATH length of the route for exactly `prefix`, if the uplink has one.
    func pathLength(exactly prefix: IPPrefix) -> Int? {
        routes[exact: prefix].map { $0 < 0 ? unknownPathLength : Int($0) }
    }

    func route(_ prefix: IPPrefix, asPathLength: Int) -> CandidateRoute {
        CandidateRoute(
            prefix: prefix, origin: .internet(uplink: uplink.name.value), localPreference: uplink.localPreference.value,
            asPathLength: asPathLength, communities: [], awsPrefix: nil, rejection: nil)
    }
}
