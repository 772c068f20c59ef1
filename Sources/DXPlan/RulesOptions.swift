import DXCore

/// `dxplan rules [--format text|markdown]`.
struct RulesOptions: CommandOptions {
    var format = RulesFormat.text
}

extension RulesOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        _ = try arguments.positionals(named: [])
        format = try arguments.format(RulesFormat.self)
    }
}
