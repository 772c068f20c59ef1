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
            AllowListCommand.self, TerraformCommand.self, ImportCommand.self, ReportCommand.self, RangesCommand.self,
            RulesCommand.self,
            LocationsCommand.self,
            CompletionsCommand.self, HelpCommand.self,
        ]
    }

    /// `dxplan --help`: the command list comes from ``commands``.
    public static var usage: String {
        let list = commands.map { command in
            let name = command.spec.name
            return "  " + name + String(repeating: " ", count: max(2, 14 - name.count)) + command.spec.abstract + "\n"
        }
        return """
            USAGE: dxplan <command> [options]

            Plan AWS Direct Connect BGP routing for Amazon Connect: validate a topology, simulate
            which path every Connect range takes, write router configs, allow-lists and a report.

            COMMANDS:

            """ + list.joined() + """

                OPTIONS:
                  --version     Print the version and the embedded ip-ranges snapshot's createDate
                  -h, --help    Show this help

                See 'dxplan help <command>' (or 'dxplan <command> --help') for a command's options.

                """
    }

    /// What a usage error outside any command prints after `Error: …`.
    static let usageHint = "Usage: dxplan <command> [options]\n  See 'dxplan --help' for more information.\n"

    /// Runs one command line (without the program name) and returns what it printed and its status.
    ///
    /// The one dispatch: the first word picks a command of ``commands``, a group's next word
    /// picks its subcommand, and the rest is parsed once into that command's options. A usage
    /// error prints `Error: …` and the usage of the innermost command it was found in (exit 64).
    public static func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandOutput {
        var context = CommandContext(environment: environment)
        switch arguments.first {
        case "--help", "-h":
            context.output.out(usage)
            return context.output
        case "--version":
            context.output.out(versionText(environment: environment))
            return context.output
        default:
            break
        }
        var reached: (any Subcommand.Type)?
        do {
            var command = try self.command(arguments.first)
            reached = command
            var rest = arguments.dropFirst()
            while !command.subcommands.isEmpty {
                if rest.first == "--help" || rest.first == "-h" {
                    context.output.out(command.spec.help)
                    return context.output
                }
                command = try command.subcommand(rest.first)
                reached = command
                rest = rest.dropFirst()
            }
            try command.main(Array(rest), context: &context)
        } catch {
            context.output.fail(error, hint: reached?.spec.usageHint ?? usageHint)
        }
        return context.output
    }

    /// The command the words name (`["ranges", "update"]`), or a usage error with a suggestion.
    static func command(words: [String]) throws(UsageError) -> any Subcommand.Type {
        var command = try self.command(words.first)
        for word in words.dropFirst() {
            guard !command.subcommands.isEmpty else {
                throw UsageError(
                    .unexpectedArgument,
                    "Unexpected argument \(MessageValue.quoted(word)) ('\(command.spec.name)' has no subcommands)")
            }
            command = try command.subcommand(word)
        }
        return command
    }

    /// The command `name` names, or a usage error with a suggestion.
    static func command(_ name: String?) throws(UsageError) -> any Subcommand.Type {
        guard let name else { throw UsageError(.missingCommand, "Missing command") }
        if let command = commands.first(where: { $0.spec.name == name }) { return command }
        var message = "Unknown command \(MessageValue.quoted(name))"
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
