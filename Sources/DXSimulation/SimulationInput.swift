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

    /// `tables` maps an uplink name to its loaded table (uplinks without `table:` are absent).
    public init(
        topology: Topology, ranges: AWSIPRanges, tables: [String: InternetTable] = [:],
        validationFindings: [Finding] = []
    ) {
        self.init(
            resolved: ResolvedTopology(topology), ranges: ranges, tables: tables,
            validationFindings: validationFindings)
    }

    /// The same, for a topology the caller already resolved (e.g. for validation).
    public init(
        resolved: ResolvedTopology, ranges: AWSIPRanges, tables: [String: InternetTable] = [:],
        validationFindings: [Finding] = []
    ) {
        let topology = resolved.topology
        self.resolved = resolved
        self.ranges = ranges
        self.aws = AWSAdvertisedSet(ranges: ranges)
        self.uplinks = topology.internet.map {
            UplinkRoutes(uplink: $0, table: tables[$0.name.value], assumptions: topology.assumptions)
        }
        self.validationFindings = validationFindings
    }
}
