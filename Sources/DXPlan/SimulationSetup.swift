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
        guard let ranges = RangesArgument.load(path: ipRanges, environment: environment, output: &output) else {
            return nil
        }
        return inputs(topology, ranges: [ranges], output: &output)?.first
    }

    /// The same topology and ISP tables, simulated against each of `ranges` (`ranges diff
    /// --topology` plans on the old and the new file).
    package static func prepare(topologyPath: String, ranges: [AWSIPRanges], output: inout CommandOutput)
        -> [SimulationInput]?
    {
        guard let topology = TopologyArgument.load(topologyPath, output: &output) else { return nil }
        return inputs(topology, ranges: ranges, output: &output)
    }

    static func inputs(_ topology: Topology, ranges: [AWSIPRanges], output: inout CommandOutput)
        -> [SimulationInput]?
    {
        let exists = { (path: String) in FileManager.default.isReadableFile(atPath: path) }
        let resolved = ResolvedTopology(topology)
        let findings = TopologyValidator(resolved: resolved, fileExists: exists).validate()
        var tables: [String: InternetTable] = [:]
        for uplink in topology.internet {
            guard let table = uplink.table else { continue }
            let path = TopologyPaths.resolve(table.value, relativeTo: topology.file)
            guard exists(path) else { continue }
            do {
                // A topology may name any path; only a regular file is read (InputOrigin).
                try InputFile.checkKind(path, origin: .topology)
                tables[uplink.name.value] = try InternetTable.load(path: path)
            } catch {
                output.err(error.description + "\n")
                output.status = .unusableInput
                return nil
            }
        }
        return ranges.map {
            SimulationInput(resolved: resolved, ranges: $0, tables: tables, validationFindings: findings)
        }
    }
}
