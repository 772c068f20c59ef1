import DXCore

/// `dxplan help [COMMAND [SUBCOMMAND]]`.
struct HelpOptions: CommandOptions {
    /// The words that name the command; empty for dxplan itself.
    var words: [String] = []
}

extension HelpOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        words = arguments.positionals
    }
}
