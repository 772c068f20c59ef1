import DXCore

/// `dxplan terraform TOPOLOGY [-o FILE]`.
struct TerraformOptions: CommandOptions {
    var topology: String
    var output: String?
}

extension TerraformOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        output = arguments.value(.output)
    }
}
