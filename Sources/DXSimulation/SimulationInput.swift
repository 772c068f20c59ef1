import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// What every simulation run of one topology shares: the parsed inputs and the indexes built from
/// them once (the AWS advertised set, the ISP tables), so `--each-failure` does not rebuild them.
public struct SimulationInput: Sendable {
    /// The topology with its sites and link groups, resolved once for every run.
    public let resolved: ResolvedTopology
    public var topology: Topology { resolved.topology }
    public var ranges: AWSIPRanges
    public var aws: AWSAdvertisedSet
    public var uplinks: [UplinkRoutes]
    public var validationFindings: [Finding]
    /// Every public VIF as the simulator sees it with nothing failed, in topology order.
    let interfaces: [InterfaceContext]
    /// Region → continent for ip-ranges and the home Regions, and the VIFs' policy classes.
    let continents: [String: Continent]
    let policies: InterfacePolicies
    /// The Connect ranges whose path the verdict and the report follow, with their roles.
    let connectTargets: [(entry: IPRangeEntry, role: DestinationRole)]
    /// The source filter of the topology's VIFs, with nothing checked yet (each run fills its copy).
    let sourceFilter: SourceFilter
    /// The list of `assumptions.aws_also_advertises`, when the topology names one (its prefixes are in ``aws``).
    public let alsoAdvertised: PrefixListFile?
    /// The ISP tables by uplink name, kept to make the input without the assumed prefixes.
    private var tables: [String: InternetTable]

    /// `tables` maps an uplink name to its loaded table (uplinks without `table:` are absent).
    /// `alsoAdvertised` is the list `assumptions.aws_also_advertises` names, loaded by the caller.
    public init(
        topology: Topology, ranges: AWSIPRanges, tables: [String: InternetTable] = [:],
        validationFindings: [Finding] = [], alsoAdvertised: PrefixListFile? = nil
    ) {
        self.init(
            resolved: ResolvedTopology(topology), ranges: ranges, tables: tables,
            validationFindings: validationFindings, alsoAdvertised: alsoAdvertised)
    }

    /// The same, for a topology the caller already resolved (e.g. for validation).
    public init(
        resolved: ResolvedTopology, ranges: AWSIPRanges, tables: [String: InternetTable] = [:],
        validationFindings: [Finding] = [], alsoAdvertised: PrefixListFile? = nil
    ) {
        let topology = resolved.topology
        self.resolved = resolved
        self.ranges = ranges
        self.alsoAdvertised = alsoAdvertised
        self.tables = tables
        self.aws = AWSAdvertisedSet(ranges: ranges, alsoAdvertised: alsoAdvertised?.prefixes ?? [])
        let aws = self.aws
        self.uplinks = Self.uplinks(of: topology, aws: aws, tables: tables)
        self.validationFindings = validationFindings
        let assumptions = topology.assumptions
        // One context per BGP session: a dual-stack VIF learns each family on its own peer.
        var contexts = topology.virtualInterfaces.filter { $0.virtualInterface.isPublic }.flatMap { connection, vif in
            let site = resolved.site(of: connection)
            return vif.families.map { family in
                InterfaceContext(
                    virtualInterface: vif, family: family, connection: connection, site: site,
                    continent: site.homeRegion.flatMap(assumptions.continent(ofRegion:)), isLive: true)
            }
        }
        continents = CustomerRIB.continents(aws: aws, interfaces: contexts, assumptions: assumptions)
        policies = InterfacePolicies(aws: aws, contexts: contexts, continents: continents)
        for index in contexts.indices { contexts[index].policyClass = policies.classOfContext[index] }
        interfaces = contexts
        connectTargets = ConnectDestinations.targets(topology: topology, ranges: ranges)
        sourceFilter = SourceFilter(topology: topology, interfaces: contexts)
    }

    /// Gives the uplinks their tables (by uplink name), for an input made before they were loaded;
    /// the same input as made with them.
    package mutating func addTables(_ tables: [String: InternetTable]) {
        self.tables = tables
        uplinks = Self.uplinks(of: topology, aws: aws, tables: tables)
    }

    /// The same input without the prefixes of `assumptions.aws_also_advertises`: what the
    /// simulation gives on ip-ranges.json alone (``AssumptionImpact``). Nil when there are none.
    public func withoutAssumedPrefixes() -> SimulationInput? {
        guard alsoAdvertised != nil else { return nil }
        return SimulationInput(
            resolved: resolved, ranges: ranges, tables: tables, validationFindings: validationFindings)
    }

    /// The uplinks' routes; with `reject_aws_prefixes` on some uplink, the prefixes AWS advertises
    /// split its table into kept and rejected routes.
    private static func uplinks(
        of topology: Topology, aws: AWSAdvertisedSet, tables: [String: InternetTable]
    ) -> [UplinkRoutes] {
        let awsPrefixes =
            topology.internet.contains(where: \.rejectsAWSPrefixes)
            ? OutermostPrefixes(aws.prefixes.map(\.prefix)) : nil
        return topology.internet.map {
            UplinkRoutes(
                uplink: $0, table: tables[$0.name.value], assumptions: topology.assumptions, awsPrefixes: awsPrefixes)
        }
    }
}
