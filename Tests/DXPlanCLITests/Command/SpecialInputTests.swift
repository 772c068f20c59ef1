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

/// Input files by who named them (issue 17, defects 2 and 6): a topology's `table:` must be a
/// regular file and its errors never print the file's bytes; files named on the command line may
/// also be a FIFO (process substitution) or `-`; devices and directories are refused.
@Suite struct SpecialInputTests {
    static func topology(table: String) -> String {
        TopologyFixture.minimal + "internet:\n  - name: isp-a\n    router: edge-1\n    asn: 3356\n    table: \(table)\n"
    }

    /// Runs `simulate` on a topology whose ISP table is `table`.
    static func simulate(table: String, in directory: URL) throws -> CommandOutput {
        let site = directory.appendingPathComponent("site.yaml").path
        try topology(table: table).write(toFile: site, atomically: true, encoding: .utf8)
        return DXPlan.run(["simulate", site], environment: ["DX_KEY": "k-123"])
    }

    /// Defect 6: `table: /dev/stdin` or a FIFO blocked forever; now refused before opening.
    @Test(arguments: ["/dev/stdin", "/dev/zero", "/dev/tty", "@fifo", "@folder"])
    func tableMustBeARegularFile(table: String) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var path = table
        if table == "@fifo" {
            path = directory.appendingPathComponent("fifo").path
            #expect(mkfifo(path, 0o600) == 0)
        } else if table == "@folder" {
            path = directory.path
        } else if !FileManager.default.fileExists(atPath: table) {
            return
        }
        let started = Date()
        let result = try Self.simulate(table: path, in: directory)
        #expect(result.status == .unusableInput)
        #expect(result.standardError.hasPrefix("\(path):1:1: error: cannot read file: "), "\(result.standardError)")
        #expect(
            result.standardError.contains("must be a regular file")
                || result.standardError.contains("it is a directory"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// Defect 2: a table naming /proc/self/environ or a .env file printed the key in its error.
    @Test func tableErrorsNeverPrintTheFile() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = "s3cr3t-bgp-key-4711"
        let env = directory.appendingPathComponent(".env").path
        try "DX_KEY=\(secret)\n".write(toFile: env, atomically: true, encoding: .utf8)
        let result = try Self.simulate(table: env, in: directory)
        #expect(result.status == .unusableInput)
        let message = "expected an IP prefix with its length (like 198.51.100.0/24); \(InternetTableFormat.expected)"
        #expect(result.standardError == "\(env):1:1: error: \(message)\n")
        #expect(!result.standardError.contains(secret) && !result.standardOutput.contains(secret))

        // /proc/self/environ of a dxplan process whose environment holds the key.
        let site = directory.appendingPathComponent("environ.yaml").path
        try Self.topology(table: "/proc/self/environ").write(toFile: site, atomically: true, encoding: .utf8)
        guard FileManager.default.fileExists(atPath: "/proc/self/environ"),
            let child = try DXPlanProcess.run(["simulate", site], in: directory, environment: ["DX_KEY": secret])
        else { return }
        #expect(child.status == 2, "\(child.standardError)")
        #expect(child.standardError.hasPrefix("/proc/self/environ:1:"), "\(child.standardError)")
        #expect(!child.standardError.contains(secret) && !child.standardOutput.contains(secret))
    }

    /// `--ip-ranges <(…)`: a FIFO named on the command line is read as given.
    @Test func commandLineFifoIsRead() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("ranges.fifo").path
        let file = directory.appendingPathComponent("ranges.json").path
        try SimulationFixture.rangesJSON.write(toFile: file, atomically: true, encoding: .utf8)
        let expected = DXPlan.run(["ranges", "query", "15.193.6.1", "--ip-ranges", file])
        for arguments in [["ranges", "query", "15.193.6.1", "--ip-ranges", fifo], ["ranges", "diff", fifo, file]] {
            #expect(mkfifo(fifo, 0o600) == 0)
            let writer = Thread {
                // Blocks until dxplan opens the FIFO for reading, like a process substitution.
                let descriptor = open(fifo, O_WRONLY)
                _ = Array(SimulationFixture.rangesJSON.utf8).withUnsafeBytes {
                    write(descriptor, $0.baseAddress!, $0.count)
                }
                close(descriptor)
            }
            writer.start()
            let result = DXPlan.run(arguments)
            #expect(result.status == .success, "\(arguments): \(result.standardError)")
            if arguments[1] == "query" {
                #expect(result.standardOutput == expected.standardOutput.replacingOccurrences(of: file, with: fifo))
            } else {
                #expect(result.standardOutput.contains("0 entries added, 0 removed."), "\(result.standardOutput)")
            }
            unlink(fifo)
        }
    }

    /// `-` reads standard input, for the topology and for ip-ranges.
    @Test func dashReadsStandardInput() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (site, ranges) = try SimulationFixture.writeFiles(topology: SimulationFixture.base, in: directory)
        guard
            let viaStdin = try DXPlanProcess.run(
                ["ranges", "query", "15.193.6.1", "--ip-ranges", "-"], in: directory,
                input: Data(SimulationFixture.rangesJSON.utf8))
        else { return }
        #expect(viaStdin.status == 0, "\(viaStdin.standardError)")
        #expect(
            viaStdin.standardOutput
                == DXPlan.run(["ranges", "query", "15.193.6.1", "--ip-ranges", ranges]).standardOutput)
        guard
            let topology = try DXPlanProcess.run(
                ["validate", "-"], in: directory, environment: ["DX_KEY": "k"],
                input: try Data(contentsOf: URL(fileURLWithPath: site)))
        else { return }
        #expect(
            topology.status == DXPlan.run(["validate", site], environment: ["DX_KEY": "k"]).status.rawValue,
            "\(topology.standardError)")
    }

    /// Devices and directories are refused on the command line too (a FIFO is not a device).
    @Test(arguments: ["/dev/zero", "@folder"])
    func commandLineDevicesAreRefused(path: String) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = path == "@folder" ? directory.path : path
        guard FileManager.default.fileExists(atPath: target) else { return }
        for arguments in [["ranges", "query", "15.193.6.1", "--ip-ranges", target], ["validate", target]] {
            let result = DXPlan.run(arguments)
            #expect(result.status == .unusableInput, "\(arguments)")
            #expect(
                result.standardError.hasPrefix("\(target):1:1: error: cannot read file: it is a "),
                "\(result.standardError)")
        }
    }
}
