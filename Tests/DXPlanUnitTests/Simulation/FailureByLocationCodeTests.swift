import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

/// `--fail` takes any API code of a location, in any case, however the topology names it.
@Suite struct FailureByLocationCodeTests {
    @Test(arguments: ["EQC50", "eqc50", "Equinix CH2, Chicago, IL"])
    func codeFailsTheConnectionsAtThatLocation(name: String) throws {
        let path = PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml").path
        let topology = try TopologyDecoder.load(path: path)
        let scenario = try FailureScenario.resolve([name], in: ResolvedTopology(topology)).get()
        #expect(scenario.downConnections == ["dx-chi-1", "dx-chi-2"])
    }

    @Test func codeOfAnotherLocationIsUnknown() throws {
        let path = PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml").path
        let topology = try TopologyDecoder.load(path: path)
        #expect(throws: UsageError.self) {
            try FailureScenario.resolve(["EQLD5"], in: ResolvedTopology(topology)).get()
        }
    }
}
