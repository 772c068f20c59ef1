import DXCore

/// `dxplan validate TOPOLOGY [--format text|json|sarif] [-o FILE]`.
struct ValidateOptions: CommandOptions {
    var topology: String
    var format = ValidateFormat.text
    var output: String?
}

extension ValidateOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        format = try arguments.format(ValidateFormat.self)
        output = arguments.value(.output)
    }
}
