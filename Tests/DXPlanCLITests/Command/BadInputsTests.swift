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

/// The bad-input corpus in `BadInputs/`: every file, run through the command that reads it,
/// must give exactly the exit status and the `file:line:col` message its `expected.txt` line
/// names, never a crash; an unusable input prints nothing on standard output.
@Suite struct BadInputsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var command: String
        var status: Int32
        var file: String
        var expected: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let manifest = PackagePaths.badInputs.appendingPathComponent("expected.txt")
        let text = (try? String(contentsOf: manifest, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let status = Int32(fields[1]) else {
                return Case(command: "malformed", status: -1, file: String(line), expected: "")
            }
            return Case(command: fields[0], status: status, file: fields[2], expected: fields[3])
        }
    }()

    @Test func corpusIsLargeAndEveryFileIsListed() throws {
        #expect(Self.cases.count >= 60)
        #expect(!Self.cases.contains { $0.command == "malformed" })
        let files = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.badInputs.path)
            .filter { $0 != "expected.txt" }.sorted()
        #expect(files == Self.cases.map(\.file).filter { !$0.hasPrefix("@") }.sorted())
    }

    @Test(arguments: cases)
    func badInput(_ item: Case) throws {
        let scratch = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = item.file.hasPrefix("@") ? scratch : PackagePaths.badInputs
        let path = folder.appendingPathComponent(item.file).path
        if item.file.hasPrefix("@") { try Self.generate(item.file, at: path) }

        let result: CommandOutput
        switch item.command {
        case "validate":
            result = DXPlan.run(["validate", path])
        case "ranges":
            result = DXPlan.run(["ranges", "query", "15.193.0.1", "--ip-ranges", path])
        case "import-connections", "import-vifs", "import-lags":
            // `dxplan import aws` with FILE in the named role and the good fixtures in the others.
            let fixtures = PackagePaths.root.appendingPathComponent("Tests/DXPlanCLITests/ImportAWS")
            func role(_ name: String, _ fixture: String) -> String {
                item.command == "import-" + name ? path : fixtures.appendingPathComponent(fixture).path
            }
            result = DXPlan.run([
                "import", "aws", "--connections", role("connections", "connections.json"), "--virtual-interfaces",
                role("vifs", "virtual-interfaces.json"), "--lags", role("lags", "lags.json"),
            ])
        case "table":
            let host = scratch.appendingPathComponent("host.yaml")
            let uplink = "internet:\n  - name: isp-a\n    router: edge-1\n    asn: 3356\n    table: \(path)\n"
            try (TopologyFixture.minimal + uplink).write(to: host, atomically: true, encoding: .utf8)
            result = DXPlan.run(["simulate", host.path])
        default:
            Issue.record("unknown command '\(item.command)' in expected.txt")
            return
        }
        #expect(result.status.rawValue == item.status, "\(result.standardError)\(result.standardOutput.prefix(2000))")
        let stream = item.status == 2 ? result.standardError : result.standardOutput
        let line = folder.path + "/" + item.expected
        #expect(
            stream.split(separator: "\n").contains { $0 == line },
            "expected the line\n\(line)\nin\n\(stream.prefix(2000))")
        if item.status == 2 {
            #expect(result.standardOutput.isEmpty)
            // Every error line is compiler-style, starting with the file's path and a position.
            for errorLine in result.standardError.split(separator: "\n") {
                #expect(errorLine.hasPrefix(folder.path + "/") && errorLine.contains(": error: "), "\(errorLine)")
            }
        }
    }

    /// Inputs too large to commit, made at test time.
    static func generate(_ name: String, at path: String) throws {
        switch name {
        case "@100-megabytes.yaml", "@100-megabytes.json":
            // A sparse 100 MB file: the size limit must reject it before reading it whole.
            #expect(FileManager.default.createFile(atPath: path, contents: Data("name: x\n".utf8)))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 100_000_000)
            try handle.close()
        case "@10000-nested-sequences.yaml":
            try write(String(repeating: "- ", count: 10_000) + "x\n", to: path)
        case "@5000-nested-mappings.yaml":
            // Deeper block mappings do not fit in 16 MiB (the indentation grows with the depth).
            var text = ""
            for depth in 0..<5_000 { text += String(repeating: " ", count: depth) + "a:\n" }
            try write(text, to: path)
        case "@10000-nested-arrays.json":
            try write(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), to: path)
        case "@10000-nested-objects.json":
            try write(
                String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000), to: path)
        case "@table-fifo":
            // A FIFO nobody writes to: reading it would wait forever, so it is refused unopened.
            #expect(mkfifo(path, 0o600) == 0)
        case "@table-directory":
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case "@100-kilobyte-prefix.yaml":
            // The error quotes 80 characters of the value, not 100 kB.
            try write(
                "name: x\ncustomer:\n  asn: 64496\n  prefixes:\n    - " + String(repeating: "1", count: 100_000) + "\n",
                to: path)
        default:
            Issue.record("no generator for \(name)")
        }
    }

    private static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }
}
