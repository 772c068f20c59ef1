import DXCore

/// `dxplan validate TOPOLOGY`.
struct ValidateOptions: CommandOptions {
    var topology: String
}

extension ValidateOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
    }
}
