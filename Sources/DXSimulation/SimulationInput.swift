import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// What every simulation run of one topology shares: the parsed inputs and the indexes built from
/// them once (the AWS advertised set, the ISP tables), so `--each-failure` does not rebuild them.
public struct SimulationInput: Sendable {
    public var topology: Topology
    public var ranges: AWSIPRanges
    public var aws: AWSAdvertisedSet
    public var uplinks: [UplinkRoutes]
    public var validationFindings: [Finding]

    /// `tables` maps an uplink name to its loaded table (uplinks without `table:` are absent).
    public init(topology: Topology, ranges: AWSIPRanges, tables: [String: InternetTable] = [:], validationFindings: [Finding] = []) {
        self.topology = topology
        self.ranges = ranges
        self.aws = AWSAdvertisedSet(ranges: ranges)
        self.uplinks = topology.internet.map { UplinkRoutes(uplink: $0, table: tables[$0.name.value], assumptions: topology.assumptions) }
        self.validationFindings = validationFindings
    }
}
