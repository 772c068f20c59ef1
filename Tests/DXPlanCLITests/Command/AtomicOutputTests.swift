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

/// `-o FILE` on every command that has it: the file gets exactly what standard output would,
/// and a failure — unusable input, a missing or unwritable folder, a target that is a folder —
/// creates no file, leaves an existing one byte for byte as it was, and leaves no temporary file.
@Suite struct AtomicOutputTests {
    /// Each command's arguments before `-o`, for a usable and an unusable input.
    static func commands(site: String, broken: String, ranges: String, brokenRanges: String) -> [(
        good: [String], bad: [String]
    )] {
        [
            (["simulate", site, "--ip-ranges", ranges], ["simulate", broken, "--ip-ranges", ranges]),
            (
                ["simulate", site, "--format", "json", "--ip-ranges", ranges],
                ["simulate", site, "--ip-ranges", brokenRanges]
            ),
            (["config", site, "--ip-ranges", ranges], ["config", broken, "--ip-ranges", ranges]),
            (
                ["allowlist", site, "--format", "json", "--ip-ranges", ranges],
                ["allowlist", broken, "--ip-ranges", ranges]
            ),
            (["report", site, "--format", "html", "--ip-ranges", ranges], ["report", broken, "--ip-ranges", ranges]),
            (["ranges", "diff", ranges, ranges], ["ranges", "diff", ranges, brokenRanges]),
        ]
    }

    static func leftovers(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func writesWholeFilesOrNothing() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (site, ranges) = try SimulationFixture.writeFiles(topology: SimulationFixture.base, in: directory)
        let broken = directory.appendingPathComponent("broken.yaml").path
        let brokenRanges = directory.appendingPathComponent("broken-ranges.json").path
        try "name: [unterminated\n".write(toFile: broken, atomically: true, encoding: .utf8)
        try "{\"syncToken\": 1}".write(toFile: brokenRanges, atomically: true, encoding: .utf8)
        let environment = ["DX_KEY": "good-key-123"]
        let old = "previous contents\n"

        for (index, command) in Self.commands(site: site, broken: broken, ranges: ranges, brokenRanges: brokenRanges)
            .enumerated()
        {
            let target = directory.appendingPathComponent("out-\(index).txt").path
            // Success: the file holds exactly the standard output, written over the old file.
            try old.write(toFile: target, atomically: true, encoding: .utf8)
            let expected = DXPlan.run(command.good, environment: environment)
            let written = DXPlan.run(command.good + ["-o", target], environment: environment)
            #expect(
                written.status == expected.status && written.status != .unusableInput,
                "\(command.good): \(written.standardError)")
            #expect(written.standardOutput.isEmpty)
            #expect(try String(contentsOfFile: target, encoding: .utf8) == expected.standardOutput, "\(command.good)")

            // Unusable input: the existing file is untouched; no new file appears.
            try old.write(toFile: target, atomically: true, encoding: .utf8)
            let failed = DXPlan.run(command.bad + ["-o", target], environment: environment)
            #expect(failed.status == .unusableInput, "\(command.bad): \(failed.standardError)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == old, "\(command.bad)")
            let fresh = directory.appendingPathComponent("fresh-\(index).txt").path
            _ = DXPlan.run(command.bad + ["-o", fresh], environment: environment)
            #expect(!FileManager.default.fileExists(atPath: fresh), "\(command.bad)")

            // An unusable target: a missing folder, or a folder in the way.
            let missing = directory.appendingPathComponent("no-such-folder/out.txt").path
            let missingResult = DXPlan.run(command.good + ["-o", missing], environment: environment)
            #expect(missingResult.status == .unusableInput)
            #expect(
                missingResult.standardError.hasPrefix(
                    "\(missing):1:1: error: cannot write \(MessageValue.quoted(missing))"),
                "\(missingResult.standardError)")
            #expect(missingResult.standardOutput.isEmpty)
            let folder = directory.appendingPathComponent("folder-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let folderResult = DXPlan.run(command.good + ["-o", folder.path], environment: environment)
            #expect(folderResult.status == .unusableInput, "\(command.good)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
        #expect(Self.leftovers(in: directory).isEmpty, "\(Self.leftovers(in: directory))")
    }

    /// A folder without write permission (skipped as root, which writes anyway).
    @Test func unwritableFolderCreatesNothing() throws {
        guard geteuid() != 0 else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let site = directory.appendingPathComponent("site.yaml").path
        try SimulationFixture.base.write(toFile: site, atomically: true, encoding: .utf8)
        let target = directory.appendingPathComponent("config.txt").path
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        #expect(chmod(directory.path, 0o555) == 0)
        let result = DXPlan.run(["config", site, "-o", target], environment: ["DX_KEY": "good-key-123"])
        #expect(result.status == .unusableInput)
        #expect(result.standardError.hasPrefix("\(target):1:1: error: cannot write"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        #expect(Self.leftovers(in: directory).isEmpty)
    }
}
