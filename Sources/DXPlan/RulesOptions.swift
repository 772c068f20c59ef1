import DXCore

/// `dxplan rules [ID] [--format text|markdown]`.
struct RulesOptions: CommandOptions {
    /// One rule's id; nil for the whole catalog.
    var id: String?
    var format = RulesFormat.text
}

extension RulesOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        if arguments.positionals.count > 1 {
            throw UsageError(
                .unexpectedArgument, "Unexpected argument \(MessageValue.quoted(arguments.positionals[1]))")
        }
        id = arguments.positionals.first
        format = try arguments.format(RulesFormat.self)
    }
}
