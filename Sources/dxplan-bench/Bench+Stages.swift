import DXAWS
import DXInput
import DXPlan
import DXRendering
import DXRouting
import DXSimulation
import DXValidation
import Foundation

/// Where the time of `simulate` with a full ISP table goes.
extension Bench {
    /// The steps of `dxplan simulate` with `table` as the first uplink's ISP table, each timed on
    /// its own, one after the other (so the table is loaded without the overlap the command has):
    /// the topology, the embedded ip-ranges, validation, the table (gunzip and parse), the
    /// simulation input (AWS advertised set, the uplinks' tables), the run and its text. Also the
    /// whole command (`DXPlan.run`, with the table named by `table:` in a copy of the topology).
    /// Medians of `runs`, in ms.
    static func stages(topology path: String, table: String, runs: Int) throws {
        var times: [String: [Double]] = [:]
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let value = try body()
            times[name, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            return value
        }
        let names = [
            "topology", "ranges", "validate", "table", "input", "run", "run.without-table", "render", "total",
            "command",
        ]
        let withTable = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "dxplan-bench-stages-\(getpid()).yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: "    default_route: true\n") else {
            print("dxplan-bench: the topology has no 'default_route: true' line to add the table after")
            return
        }
        try text.replacingCharacters(in: range, with: "    default_route: true\n    table: \(table)\n").write(
            to: withTable, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: withTable) }
        for _ in 0..<runs {
            try timed("total") {
                let topology = try timed("topology") { try TopologyDecoder.load(path: path) }
                let ranges = try timed("ranges") { try IPRangesSource.embedded() }
                let resolved = ResolvedTopology(topology)
                let findings = timed("validate") {
                    TopologyValidator(
                        resolved: resolved, fileExists: { FileManager.default.isReadableFile(atPath: $0) }
                    )
                    .validate()
                }
                let loaded = try timed("table") { try InternetTable.load(path: table) }
                let input = timed("input") {
                    SimulationInput(
                        resolved: resolved, ranges: ranges, tables: [topology.internet[0].name.value: loaded],
                        validationFindings: findings)
                }
                let result = timed("run") { Simulator.run(input) }
                _ = timed("render") { SimulationText.render(result) }
                let bare = SimulationInput(resolved: resolved, ranges: ranges, validationFindings: findings)
                _ = timed("run.without-table") { Simulator.run(bare) }
            }
            _ = timed("command") { DXPlan.run(["simulate", withTable.path]) }
        }
        for name in names {
            let sorted = (times[name] ?? []).sorted()
            guard !sorted.isEmpty else { continue }
            report("stages.\(name)", sorted[sorted.count / 2], "ms")
            report("stages.\(name).best", sorted[0], "ms")
        }
        report("stages.peak_rss", Double(peakRSSKilobytes()) / 1024, "MiB")
    }
}
