import DXInput
import DXModel
import DXRouting

/// The routes one ISP uplink offers: its table (prefix → AS_PATH length) and its default route.
public struct UplinkRoutes: Sendable {
    public var uplink: InternetUplink
    /// Prefix → AS_PATH length, -1 for a table route without a path (then
    /// ``unknownPathLength`` counts); the table's arrays, shared, not copied.
    public var routes: SortedPrefixTable<Int32>
    /// The table's routes that `reject_aws_prefixes` rejects (equal to or inside a prefix AWS
    /// advertises on a public VIF): kept apart so that `explain` shows them and nothing else sees
    /// them. Empty without the filter.
    public var rejectedRoutes: SortedPrefixTable<Int32>
    /// The AS_PATH length assumed for table routes without a path (`assumptions:`).
    public var unknownPathLength: Int
    public var isLive: Bool

    /// Builds the uplink's routes; the default route has AS_PATH length 1 (the ISP itself), and a
    /// default route in the table wins over it. With `reject_aws_prefixes`, the routes equal to or
    /// inside one of `awsPrefixes` (what AWS advertises on a public VIF) go to ``rejectedRoutes``.
    public init(
        uplink: InternetUplink, table: InternetTable?, assumptions: ModelingAssumptions,
        awsPrefixes: OutermostPrefixes? = nil, isLive: Bool = true
    ) {
        self.uplink = uplink
        let defaults: [(family: AddressFamily, value: Int32)] =
            uplink.defaultRoute ? AddressFamily.allCases.map { ($0, 1) } : []
        if uplink.rejectsAWSPrefixes, let awsPrefixes, let table {
            let parts = awsPrefixes.partition(prefixes: table.prefixes, values: table.pathLengths)
            routes = SortedPrefixTable(
                prefixes: parts.outside.prefixes, values: parts.outside.values, defaultRoutes: defaults)
            rejectedRoutes = SortedPrefixTable(prefixes: parts.inside.prefixes, values: parts.inside.values)
        } else {
            routes =
                table?.pathLengthTable(defaultRoutes: defaults)
                ?? SortedPrefixTable(prefixes: [], values: [], defaultRoutes: defaults)
            rejectedRoutes = SortedPrefixTable(prefixes: [], values: [])
        }
        unknownPathLength = assumptions.internetASPathLength
        self.isLive = isLive
    }

    /// The AS_PATH length of the route for exactly `prefix`, if the uplink has one.
    func pathLength(exactly prefix: IPPrefix) -> Int? {
        routes[exact: prefix].map { $0 < 0 ? unknownPathLength : Int($0) }
    }

    /// The AS_PATH length of the rejected route for exactly `prefix`, if the filter rejected one.
    func rejectedPathLength(exactly prefix: IPPrefix) -> Int? {
        rejectedRoutes[exact: prefix].map { $0 < 0 ? unknownPathLength : Int($0) }
    }

    func route(_ prefix: IPPrefix, asPathLength: Int, rejection: PolicyRejection? = nil) -> CandidateRoute {
        CandidateRoute(
            prefix: prefix, origin: .internet(uplink: uplink.name.value), localPreference: uplink.localPreference.value,
            asPathLength: asPathLength, communities: [], awsPrefix: nil, rejection: rejection)
    }
}
