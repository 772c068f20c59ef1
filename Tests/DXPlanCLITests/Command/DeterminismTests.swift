import DXTestSupport
import Foundation
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

/// Every command's output is byte-identical across separate processes. Swift seeds its hashing
/// per process, so a Set or Dictionary iterated into output would differ from one run to the
/// next; in-process repetition cannot show that, so this runs the built `dxplan` binary 20
/// times per command (a few at a time, to keep CI time bounded).
@Suite struct DeterminismTests {
    static let runs = 20

    static var binary: URL? { DXPlanProcess.binary }

    /// A slice of the embedded snapshot: every AMAZON_CONNECT entry, the last 20 EC2 entries of each
    /// family, and the first 400 IPv4 and 200 IPv6 entries (many services, Regions and border
    /// groups) — real variety, fast to load.
    static func writeRangesSlice(to path: String, dropping dropped: Int = 0) throws {
        let source = PackagePaths.root.appendingPathComponent("Sources/DXAWS/Resources/ip-ranges.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        func slice(_ key: String, _ count: Int) -> [[String: Any]] {
            let all = (object[key] as? [[String: Any]]) ?? []
            let connect = all.filter { $0["service"] as? String == "AMAZON_CONNECT" }
            // Some EC2 entries too: a file without any is refused as implausible (IPRangesSanity).
            let ec2 = all.filter { $0["service"] as? String == "EC2" }.suffix(20)
            return Array(all.prefix(count).dropFirst(dropped)) + connect + ec2
        }
        var result = object
        result["prefixes"] = slice("prefixes", 400)
        result["ipv6_prefixes"] = slice("ipv6_prefixes", 200)
        try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    /// Runs `binary` with `arguments`; returns stdout, stderr and the status as one string.
    static func run(_ binary: URL, _ arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: large outputs would otherwise fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return "status \(process.terminationStatus)\n" + String(decoding: stdout, as: UTF8.self) + "\n--stderr--\n"
            + String(decoding: stderr, as: UTF8.self)
    }

    @Test func everyCommandIsByteIdenticalAcrossProcesses() throws {
        guard let binary = Self.binary else {
            SharedTestData.unavailable(
                "the dxplan executable is not built next to the test bundle (run `swift build` first)")
            return
        }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ranges = directory.appendingPathComponent("ranges.json").path
        let older = directory.appendingPathComponent("older.json").path
        try Self.writeRangesSlice(to: ranges)
        try Self.writeRangesSlice(to: older, dropping: 25)
        let site = PackagePaths.topologies.appendingPathComponent("dual-stack.yaml").path
        let withTable = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml").path
        // The representative set runs 20 times; the other variants (same code paths, another
        // vendor or format) 5 times, to keep the test near 15 s on two cores.
        var commands: [(arguments: [String], runs: Int)] = [
            (["validate", site], Self.runs),
            (["simulate", site, "--routes", "--each-failure", "--ip-ranges", ranges], Self.runs),
            (["simulate", site, "--routes", "--each-failure", "--format", "json", "--ip-ranges", ranges], Self.runs),
            (["explain", site, "15.193.0.1", "--ip-ranges", ranges], Self.runs),
            (["report", site, "--format", "html", "--ip-ranges", ranges], Self.runs),
            (["allowlist", site, "--option", "ip-ranges", "--format", "json", "--ip-ranges", ranges], Self.runs),
            (["config", site, "--vendor", "junos", "--ip-ranges", ranges], Self.runs),
            (["ranges", "diff", older, ranges, "--format", "json"], Self.runs),
            (["simulate", withTable, "--routes", "--format", "json", "--ip-ranges", ranges], 5),
            (["report", site, "--ip-ranges", ranges], 5),
            (["ranges", "query", "15.193.0.1", "--ip-ranges", ranges], 5),
            (["ranges", "diff", older, ranges], 5),
            (["rules"], 5),
            (["rules", "--format", "markdown"], 5),
            (["allowlist", site, "--ip-ranges", ranges], 5),
        ]
        commands += Vendor.allCases.filter { $0 != .junos }.map {
            (["config", site, "--vendor", $0.rawValue, "--ip-ranges", ranges], 5)
        }
        commands += AllowListFormat.allCases.filter { $0 != .json }.map(\.rawValue).map {
            (["allowlist", site, "--option", "ip-ranges", "--format", $0, "--ip-ranges", ranges], 5)
        }

        // No SWIFT_DETERMINISTIC_HASHING: each child gets its own random hash seed.
        let environment = ["PATH": "/usr/bin:/bin"]
        let jobs = commands.flatMap { command in Array(repeating: command.arguments, count: command.runs) }
        let results = Results(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for index in stride(from: worker, to: jobs.count, by: 4) {
                let text =
                    (try? Self.run(binary, jobs[index], environment: environment)) ?? "could not start \(jobs[index])"
                results.set(index, text)
            }
        }
        let all = results.all
        var start = 0
        for (command, count) in commands {
            let runs = all[start..<(start + count)]
            start += count
            let first = try #require(runs.first)
            #expect(first.hasPrefix("status 0\n") || first.hasPrefix("status 1\n"), "\(command): \(first.prefix(500))")
            #expect(first.count > 40, "\(command)")
            let distinct = Set(runs)
            #expect(distinct.count == 1, "\(command): \(distinct.count) different outputs in \(count) processes")
        }
    }

    /// The outputs of the concurrent runs, one slot per job.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [String]
        init(count: Int) { slots = Array(repeating: "", count: count) }
        func set(_ index: Int, _ text: String) { lock.withLock { slots[index] = text } }
        var all: [String] { lock.withLock { slots } }
    }
}
