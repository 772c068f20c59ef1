import DXAWS
import DXCore
import DXInput
import DXModel

/// The dxplan command line, runnable in-process: `main.swift` only forwards argv and exits.
public enum DXPlan {
    public static let version = ProductVersion.current

    /// Every command, in the order of `dxplan --help`: the one registry.
    static var commands: [any Subcommand.Type] {
        [
            ValidateCommand.self, SimulateCommand.self, ExplainCommand.self, ConfigCommand.self,
            AllowListCommand.self, ReportCommand.self, RangesCommand.self, RulesCommand.self, LocationsCommand.self,
        ]
    }

    /// `dxplan --help`: the command list comes from ``commands``.
    public static var usage: String {
        let list = commands.map { command in
            let name = command.spec.name
            return "  " + name + String(repeating: " ", count: max(2, 12 - name.count)) + command.spec.abstract + "\n"
        }
        return """
            USAGE: dxplan <command> [options]

            Plan AWS Direct Connect BGP routing for Amazon Connect: validate a topology, simulate
            which path every Connect range takes, write router configs, allow-lists and a report.

            COMMANDS:

            """ + list.joined() + """

                OPTIONS:
                  --version   Print the version and the embedded ip-ranges snapshot's createDate
                  -h, --help  Show this help

                See 'dxplan <command> --help' for a command's options.

                """
    }

    /// Runs one command line (without the program name) and returns what it printed and its status.
    ///
    /// The one dispatch: the first word picks a command of ``commands``, a group's next word
    /// picks its subcommand, and the rest is parsed once into that command's options. A usage
    /// error prints the help of the command it was found in (exit 64).
    public static func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandOutput {
        var context = CommandContext(environment: environment)
        switch arguments.first {
        case "--help", "-h", "help":
            context.output.out(usage)
            return context.output
        case "--version":
            context.output.out(versionText(environment: environment))
            return context.output
        default:
            break
        }
        let top: any Subcommand.Type
        do {
            top = try command(arguments.first)
        } catch {
            context.output.fail(error, help: usage)
            return context.output
        }
        do {
            var command = top
            var rest = arguments.dropFirst()
            while !command.subcommands.isEmpty {
                if rest.first == "--help" || rest.first == "-h" {
                    context.output.out(command.spec.help)
                    return context.output
                }
                command = try command.subcommand(rest.first)
                rest = rest.dropFirst()
            }
            try command.main(Array(rest), context: &context)
        } catch {
            context.output.fail(error, help: top.spec.help)
        }
        return context.output
    }

    /// The command `name` names, or a usage error with a suggestion.
    static func command(_ name: String?) throws(UsageError) -> any Subcommand.Type {
        guard let name else { throw UsageError(.missingCommand, "missing command") }
        if let command = commands.first(where: { $0.spec.name == name }) { return command }
        var message = "unknown command '\(name)'"
        if let suggestion = Suggestion.closest(to: name, among: commands.map { $0.spec.name }) {
            message += " (did you mean '\(suggestion)'?)"
        }
        throw UsageError(.unknownCommand, message)
    }

    static func versionText(environment: [String: String]) -> String {
        switch Result(catching: { () throws(InputError) in try IPRangesSource.embedded() }) {
        case .success(let ranges):
            "dxplan \(version) (embedded ip-ranges.json createDate \(ranges.createDate), syncToken \(ranges.syncToken))\n"
        case .failure: "dxplan \(version) (embedded ip-ranges snapshot missing)\n"
        }
    }
}
