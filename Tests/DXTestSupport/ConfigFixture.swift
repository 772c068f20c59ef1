import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation
import Foundation

/// Renders the example topologies' router configurations the way the golden and syntax tests need.
package enum ConfigFixture {
    /// The fixed fake key exported for every `env:` key (never a real one).
    package static let key = "dxplan-test-key"

    /// `NAME → key` for every `env:NAME` BGP key of the topology at `url`.
    package static func environment(for url: URL) throws -> [String: String] {
        let topology = try TopologyDecoder.load(path: url.path)
        var environment: [String: String] = [:]
        for (_, vif) in topology.virtualInterfaces {
            if case .environment(let name)? = vif.bgpAuthKey?.value { environment[name] = key }
        }
        return environment
    }

    /// One rendered configuration per router of the topology, with `vendor` forced.
    package static func plans(_ url: URL, vendor: Vendor) throws -> [RouterPlan] {
        var output = CommandOutput()
        let environment = try environment(for: url)
        guard
            let input = SimulationSetup.prepare(
                topologyPath: url.path, ipRanges: nil, environment: [:], output: &output)
        else {
            throw UsageError(.unknownName, output.standardError)
        }
        return RouterPlanner(input: input, simulation: Simulator.run(input), environment: environment).plans(
            vendor: vendor)
    }
}
