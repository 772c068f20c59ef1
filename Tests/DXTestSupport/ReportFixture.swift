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

/// Review reports of the example topologies, built once per test process with the embedded
/// ip-ranges snapshot. Topology files are named `Topologies/<file>` whatever the working directory,
/// so golden files do not depend on where the tests run.
package enum ReportFixture {
    package static let embeddedRanges: AWSIPRanges? = try? IPRangesSource.embedded()

    /// The input for one example, or nil when it cannot be loaded.
    package static func input(_ url: URL, ranges: AWSIPRanges) throws -> SimulationInput {
        let display = "Topologies/" + url.lastPathComponent
        let topology = try TopologyDecoder.load(path: url.path, displayName: display)
        let folder = url.deletingLastPathComponent()
        func absolute(_ path: String) -> String {
            let relative = path.hasPrefix("Topologies/") ? String(path.dropFirst("Topologies/".count)) : path
            return path.hasPrefix("/") ? path : folder.appendingPathComponent(relative).path
        }
        var tables: [String: InternetTable] = [:]
        for uplink in topology.internet {
            guard let table = uplink.table else { continue }
            tables[uplink.name.value] = try InternetTable.load(
                path: absolute(TopologyPaths.resolve(table.value, relativeTo: topology.file)))
        }
        let findings = TopologyValidator(
            topology: topology, fileExists: { FileManager.default.isReadableFile(atPath: absolute($0)) }
        ).validate()
        return SimulationInput(topology: topology, ranges: ranges, tables: tables, validationFindings: findings)
    }

    /// Example file name → its report (built lazily, once).
    package static let reports: [String: ReviewReport] = {
        guard let ranges = embeddedRanges else { return [:] }
        var reports: [String: ReviewReport] = [:]
        for url in PackagePaths.exampleTopologies {
            guard let input = try? input(url, ranges: ranges) else { continue }
            reports[url.deletingPathExtension().lastPathComponent] = ReviewReport.build(input)
        }
        return reports
    }()

    /// A report of a `SimulationFixture` topology text (small ip-ranges, fast).
    package static func small(_ text: String) throws -> ReviewReport {
        ReviewReport.build(try SimulationFixture.input(text))
    }
}
