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

@Suite struct CommandLineTests {
    @Test func everyExampleTopologyValidatesClean() throws {
        let examples = PackagePaths.exampleTopologies
        #expect(examples.count >= 6)
        for example in examples {
            let result = DXPlan.run(["validate", example.path])
            #expect(
                result.status == .success,
                "\(example.lastPathComponent): \(result.standardOutput)\(result.standardError)")
            #expect(result.standardError.isEmpty)
        }
    }

    @Test func brokenFilesExitTwoWithLocation() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, String)] = [
            ("name: x\ncustomer:\n\tasn: 1\n", "bad.yaml:3:1: error: "),
            ("name: &a x\n", "bad.yaml:1:7: error: "),
        ]
        for (text, prefix) in cases {
            let file = directory.appendingPathComponent("bad.yaml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = DXPlan.run(["validate", file.path])
            #expect(result.status == .unusableInput)
            #expect(result.standardOutput.isEmpty)
            let firstLine = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
            #expect(
                firstLine.hasPrefix(file.deletingLastPathComponent().path + "/" + prefix), "\(result.standardError)")
        }
    }

    @Test func semanticErrorsExitOne() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("site.yaml")
        try TopologyFixture.replacing("        vlan: 101", with: "        vlan: 5000").write(
            to: file, atomically: true, encoding: .utf8)
        let result = DXPlan.run(["validate", file.path])
        #expect(result.status == .checksFailed)
        #expect(
            result.standardOutput.contains(
                "site.yaml:21:15: error: VLAN 5000 of 'pub-1' is out of range (expected 1 to 4094) [vlan-out-of-range]")
        )
        #expect(result.standardOutput.hasSuffix("1 error, 2 warnings, 0 notes\n"))
    }

    @Test func missingFileIsUnusableInput() {
        let result = DXPlan.run(["validate", "/nonexistent/site.yaml"])
        #expect(result.status == .unusableInput)
        #expect(result.standardError.hasPrefix("/nonexistent/site.yaml:1:1: error: "))
    }

    @Test(
        arguments: [
            (["validate"], .missingArgument),
            (["validate", "a.yaml", "--vendr"], .unknownOption),
            (["valdate", "a.yaml"], .unknownCommand),
            ([], .missingCommand),
            (["simulate", "a.yaml", "--format"], .missingOptionValue),
        ] as [([String], UsageError.Code)])
    func usageErrorsExit64(arguments: [String], code: UsageError.Code) {
        let result = DXPlan.run(arguments)
        #expect(result.status == .usage)
        #expect(result.usageError?.code == code, "\(result.standardError)")
        #expect(result.standardError.contains("USAGE: "))
    }

    /// The prose is the contract here: `Error: message`, a blank line, then the usage it came from.
    @Test func usageErrorIsPrintedBeforeTheCommandHelp() {
        let result = DXPlan.run(["valdate", "a.yaml"])
        let expected = "Error: unknown command 'valdate' (did you mean 'validate'?)\n\n" + DXPlan.usage
        #expect(result.standardError == expected)
        let option = DXPlan.run(["validate", "a.yaml", "--vendr"])
        #expect(option.standardError == "Error: Unknown option '--vendr'\n\n" + ValidateCommand.spec.help)
    }

    @Test func everyCommandHasHelp() {
        for command in DXPlan.commands {
            let result = DXPlan.run([command.spec.name, "--help"])
            #expect(result.status == .success, "\(command)")
            #expect(result.standardOutput.hasPrefix("USAGE: dxplan \(command.spec.name)"))
            for subcommand in command.subcommands {
                let words = subcommand.spec.name.split(separator: " ").map(String.init)
                #expect(DXPlan.run(words + ["--help"]).standardOutput == subcommand.spec.help)
            }
        }
        #expect(DXPlan.run(["--help"]).standardOutput.contains("COMMANDS:"))
    }

    @Test func versionNamesTheEmbeddedSnapshot() {
        let result = DXPlan.run(["--version"])
        #expect(result.status == .success)
        #expect(result.standardOutput.hasPrefix("dxplan \(DXPlan.version)"))
    }
}
