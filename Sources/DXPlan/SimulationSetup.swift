import DXAWS
import DXInput
import DXModel
import DXRouting
import DXSimulation
import DXValidation
import Foundation

/// Loads what a simulation needs for a command: the topology, ip-ranges, the ISP tables, and the
/// validation findings. Input errors are printed (exit status 2) and nil is returned.
package enum SimulationSetup {
    package static func prepare(
        topologyPath: String, ipRanges: String?, environment: [String: String], output: inout CommandOutput
    ) -> SimulationInput? {
        guard let topology = TopologyArgument.load(topologyPath, output: &output) else { return nil }
        let tables = TableLoad(topology)
        guard let ranges = RangesArgument.load(path: ipRanges, environment: environment, output: &output) else {
            _ = tables.wait()
            return nil
        }
        return inputs(topology, ranges: [ranges], tables: tables, output: &output)?.first
    }

    /// The same topology and ISP tables, simulated against each of `ranges` (`ranges diff
    /// --topology` plans on the old and the new file).
    package static func prepare(topologyPath: String, ranges: [AWSIPRanges], output: inout CommandOutput)
        -> [SimulationInput]?
    {
        guard let topology = TopologyArgument.load(topologyPath, output: &output) else { return nil }
        return inputs(topology, ranges: ranges, tables: TableLoad(topology), output: &output)
    }

    /// Validates and indexes the ranges while `tables` load (the AWS prefixes with the list of
    /// `assumptions.aws_also_advertises`, read first), then adds the tables' routes.
    static func inputs(_ topology: Topology, ranges: [AWSIPRanges], tables: TableLoad, output: inout CommandOutput)
        -> [SimulationInput]?
    {
        let exists = { (path: String) in FileManager.default.isReadableFile(atPath: path) }
        let resolved = ResolvedTopology(topology)
        let findings = TopologyValidator(resolved: resolved, fileExists: exists).validate()
        let alsoAdvertised: PrefixListFile?
        switch tables.waitForAlsoAdvertised() {
        case .success(let list): alsoAdvertised = list
        case .failure(let error):
            _ = tables.wait()
            output.err(error.description + "\n")
            output.status = .unusableInput
            return nil
        }
        var inputs = ranges.map {
            SimulationInput(
                resolved: resolved, ranges: $0, validationFindings: findings, alsoAdvertised: alsoAdvertised)
        }
        switch tables.wait() {
        case .success(let loaded):
            guard !loaded.isEmpty else { return inputs }
            for index in inputs.indices { inputs[index].addTables(loaded) }
            return inputs
        case .failure(let error):
            output.err(error.description + "\n")
            output.status = .unusableInput
            return nil
        }
    }
}
