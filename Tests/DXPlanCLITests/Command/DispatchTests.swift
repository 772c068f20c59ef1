import DXTestSupport
import Testing

@testable import DXCore
@testable import DXPlan

/// The one dispatch: command and subcommand lookup, and the usage error codes it gives.
@Suite struct DispatchTests {
    @Test(
        arguments: [
            (nil, .missingCommand),
            ("valdate", .unknownCommand),
            ("Validate", .unknownCommand),
        ] as [(String?, UsageError.Code)])
    func unknownCommands(name: String?, code: UsageError.Code) {
        #expect(throws: UsageError(code, "")) { try DXPlan.command(name) }
    }

    @Test func everyCommandIsFoundByItsName() throws {
        for command in DXPlan.commands {
            #expect(try DXPlan.command(command.spec.name).spec.name == command.spec.name)
        }
        let ranges = try DXPlan.command("ranges")
        #expect(try ranges.subcommand("diff").spec.name == "ranges diff")
        #expect(throws: UsageError(.missingSubcommand, "")) { try ranges.subcommand(nil) }
        #expect(throws: UsageError(.unknownSubcommand, "")) { try ranges.subcommand("qury") }
    }

    /// Each command name is listed once in `dxplan --help`, with its abstract.
    @Test func usageListsTheRegistry() {
        for command in DXPlan.commands {
            #expect(DXPlan.usage.contains("\n  \(command.spec.name) "))
            #expect(!command.spec.abstract.isEmpty)
        }
    }

    @Test(
        arguments: [
            (["simulate", "a.yaml", "--format"], .missingOptionValue),
            (["ranges"], .missingSubcommand),
            (["ranges", "qury"], .unknownSubcommand),
            (["ranges", "diff", "a.json"], .missingArgument),
            (["rules", "--format", "json"], .unknownValue),
            (["nope"], .unknownCommand),
            ([], .missingCommand),
        ] as [([String], UsageError.Code)])
    func usageErrorsCarryTheirCode(arguments: [String], code: UsageError.Code) {
        let result = DXPlan.run(arguments)
        #expect(result.status == .usage)
        #expect(result.usageError?.code == code)
    }
}
