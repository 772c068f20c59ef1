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

/// The scale cases: `simulate` of generated topologies with many VIFs (plain and
/// `--each-failure`), suggestions for megabyte-long unknown names.
extension Bench {
    /// `dxplan simulate` of a generated topology with `vifs` public VIFs, in-process through
    /// `DXPlan.run` (the whole command: read, validate, simulate, render), `runs` times. Reports
    /// the best, median and worst wall time, the peak RSS, and the output's size and FNV-1a hash
    /// (so that two builds can be checked to print the same bytes); writes the output to OUT_DIR.
    static func scale(vifs: Int, eachFailure: Bool, out: URL, runs: Int) throws {
        let label = "scale.\(vifs)\(eachFailure ? ".each" : "")"
        let topology = out.appendingPathComponent("scale-\(vifs).yaml")
        try ScaleTopology.yaml(virtualInterfaces: vifs).write(to: topology, atomically: true, encoding: .utf8)
        let arguments = ["simulate", topology.path] + (eachFailure ? ["--each-failure"] : [])
        var output = CommandOutput()
        let times = sortedMilliseconds(runs: runs) { output = DXPlan.run(arguments) }
        let text = output.standardOutput
        try text.write(to: out.appendingPathComponent("\(label).txt"), atomically: true, encoding: .utf8)
        report("\(label).time", times[times.count / 2], "ms")
        report("\(label).best", times[0], "ms")
        report("\(label).worst", times[times.count - 1], "ms")
        report("\(label).peak_rss", Double(peakRSSKilobytes()) / 1024, "MiB")
        report("\(label).output", Double(text.utf8.count), "bytes")
        report("\(label).hash", Double(fnv1a(text) >> 12), "hash")
        report("\(label).status", Double(output.status.rawValue), "status")
    }

    /// `dxplan validate` of a topology whose `location` (`which` = location), Region (region) or
    /// one key (key) is an unknown value of `bytes` bytes, so that suggestions are searched for it;
    /// best and median of `runs`.
    static func unknownName(which: String, bytes: Int, out: URL, runs: Int) throws {
        var random = SplitMix64(seed: 17)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let long = String((0..<bytes).map { _ in letters[Int(random.next() % 26)] })
        var text = ScaleTopology.yaml(virtualInterfaces: 2)
        switch which {
        case "location": text = text.replacingOccurrences(of: "location: \"EqDC2\"", with: "location: \"\(long)\"")
        case "region":
            text = text.replacingOccurrences(of: "region: us-east-1\n  softphone", with: "region: \(long)\n  softphone")
        default: text = text.replacingOccurrences(of: "  softphone: true", with: "  \(long): true")
        }
        let topology = out.appendingPathComponent("unknown-\(which).yaml")
        try text.write(to: topology, atomically: true, encoding: .utf8)
        var output = CommandOutput()
        let times = sortedMilliseconds(runs: runs) { output = DXPlan.run(["validate", topology.path]) }
        let label = "unknown.\(which)"
        report("\(label).time", times[times.count / 2], "ms")
        report("\(label).best", times[0], "ms")
        report("\(label).status", Double(output.status.rawValue), "status")
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
