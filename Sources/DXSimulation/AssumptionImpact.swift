import DXCore
import DXInput
import DXModel

/// Which results rest on `assumptions.aws_also_advertises` (Docs/Simulation.md, "What AWS may also
/// advertise"): the Connect destinations whose path changes when the simulation is run again on
/// ip-ranges.json alone, in the same failure scenario. Only the forward direction can change: the
/// return path depends on what the customer advertises, not on what AWS does.
public struct AssumptionImpact: Sendable {
    /// One destination whose Direct Connect share differs without the assumed prefixes.
    public struct Change: Sendable {
        public var prefix: IPPrefix
        public var service: String
        public var region: String
        public var role: DestinationRole
        /// The share with the assumed prefixes (the result's) and without them.
        public var with: AddressShare
        public var without: AddressShare
    }

    /// The file as the topology names it.
    public var file: String
    /// Prefixes of the file added to what AWS advertises, and those ip-ranges.json lists already.
    public var added: Int
    public var alreadyListed: Int
    /// The verdict of the run on ip-ranges.json alone.
    public var verdictWithout: Verdict
    /// Destinations whose share changes, in the result's order.
    public var changes: [Change]

    /// Whether some verdict destination (media, signaling) changes.
    public var changesVerdict: Bool { changes.contains { $0.role.isInVerdict } }

    /// Runs the scenario of `result` again without the assumed prefixes and compares each Connect
    /// destination; nil when the topology names no list. Costs a second indexing of the AWS
    /// prefixes and one more run's destinations, not its VIF counts or findings.
    public static func assess(_ input: SimulationInput, scenario: FailureScenario, result: SimulationResult)
        -> AssumptionImpact?
    {
        guard let file = input.topology.assumptions.awsAlsoAdvertises, let without = input.withoutAssumedPrefixes()
        else { return nil }
        let rib = Simulator.rib(without, scenario: scenario)
        let destinations = ConnectDestinations.build(without.connectTargets, filter: without.sourceFilter, rib: rib)
        var changes: [Change] = []
        for (with, other) in zip(result.destinations, destinations)
        where with.directConnectAddresses != other.directConnectAddresses
            || with.isFullyDirectConnect != other.isFullyDirectConnect
        {
            changes.append(
                Change(
                    prefix: with.prefix, service: with.service, region: with.region, role: with.role,
                    with: with.directConnectAddresses, without: other.directConnectAddresses))
        }
        let forward = destinations.filter(\.role.isInVerdict).allSatisfy(\.isFullyDirectConnect)
        return AssumptionImpact(
            file: file.value, added: input.aws.assumedCount, alreadyListed: input.aws.assumedAlreadyListed,
            verdictWithout: Verdict(forward: forward, returnPath: result.verdict.returnPath), changes: changes)
    }
}
