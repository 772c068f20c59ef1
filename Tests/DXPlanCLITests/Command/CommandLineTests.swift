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
        #expect(!result.standardOutput.contains(": info: "))
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
        #expect(result.standardError.contains("\nUsage: dxplan "))
        #expect(!result.standardError.contains("OPTIONS:"), "a usage error prints the usage line, not the whole help")
    }

    /// The prose is the contract here, in swift-argument-parser's shape: `Error: message`, the
    /// one-line usage of the command the error was found in, and where its help is.
    @Test(
        arguments: [
            (
                ["valdate", "a.yaml"],
                """
                Error: Unknown command 'valdate' (did you mean 'validate'?)
                Usage: dxplan <command> [options]
                  See 'dxplan --help' for more information.

                """
            ),
            (
                ["validate", "a.yaml", "--vendr"],
                """
                Error: Unknown option '--vendr'
                Usage: dxplan validate TOPOLOGY [--format text|json|sarif] [-o FILE]
                  See 'dxplan validate --help' for more information.

                """
            ),
            (
                ["ranges", "update", "--bogus"],
                """
                Error: Unknown option '--bogus'
                Usage: dxplan ranges update [-o FILE] [--url URL] [--timeout SECONDS]
                  See 'dxplan ranges update --help' for more information.

                """
            ),
            (
                ["ranges", "qury"],
                """
                Error: Unknown subcommand 'ranges qury' (expected query, diff or update); did you mean 'query'?
                Usage: dxplan ranges query|diff|update ...
                  See 'dxplan ranges --help' for more information.

                """
            ),
        ] as [([String], String)])
    func usageErrorPrintsTheUsageLineOfItsCommand(arguments: [String], expected: String) {
        let result = DXPlan.run(arguments)
        #expect(result.standardError == expected)
        #expect(result.standardOutput.isEmpty)
        #expect(result.status == .usage)
    }

    /// `dxplan help CMD [SUB]` is `dxplan CMD [SUB] --help`; `dxplan help` is `dxplan --help`.
    @Test func helpCommandShowsTheHelpOfItsCommand() {
        #expect(DXPlan.run(["help"]).standardOutput == DXPlan.usage)
        for command in DXPlan.commands {
            let result = DXPlan.run(["help", command.spec.name])
            #expect(result.status == .success)
            #expect(result.standardOutput == command.spec.help, "\(command.spec.name)")
            for subcommand in command.subcommands {
                let words = subcommand.spec.name.split(separator: " ").map(String.init)
                #expect(DXPlan.run(["help"] + words).standardOutput == subcommand.spec.help)
                #expect(DXPlan.run(["help"] + words).standardOutput.hasPrefix("USAGE: dxplan \(subcommand.spec.name)"))
            }
        }
        let unknown = DXPlan.run(["help", "valdate"])
        #expect(unknown.status == .usage)
        #expect(unknown.usageError?.code == .unknownCommand)
        #expect(unknown.standardError.hasPrefix("Error: Unknown command 'valdate' (did you mean 'validate'?)\n"))
        #expect(DXPlan.run(["help", "validate", "extra"]).usageError?.code == .unexpectedArgument)
        #expect(DXPlan.run(["help", "ranges", "qury"]).usageError?.code == .unknownSubcommand)
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
