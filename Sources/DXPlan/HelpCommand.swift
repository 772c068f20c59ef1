import DXCore

/// `dxplan help [COMMAND [SUBCOMMAND]]`: the help of a command, like swift-argument-parser's
/// `help` subcommand; `dxplan help` alone is `dxplan --help`.
enum HelpCommand: Subcommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "help", abstract: "Show the help of a command", usage: "dxplan help [COMMAND [SUBCOMMAND]]",
            summary: "Show the help of a command (`dxplan help ranges update`), or of dxplan itself.", options: [],
            positionals: .values(otherCommands))
    }

    /// The names `help` completes: every command but itself (whose spec this is).
    static var otherCommands: [String] {
        var names: [String] = []
        for command in DXPlan.commands where !(command is HelpCommand.Type) { names.append(command.spec.name) }
        return names
    }

    static func run(_ options: HelpOptions, context: inout CommandContext) throws(UsageError) {
        if options.words.isEmpty {
            context.output.out(DXPlan.usage)
        } else {
            context.output.out(try DXPlan.command(words: options.words).spec.help)
        }
    }
}
