import DXCore
import DXModel

/// `dxplan explain TOPOLOGY ADDRESS|PREFIX [--fail NAME]...`.
struct ExplainOptions: CommandOptions {
    var topology: String
    /// The destination; an address is its host prefix.
    var destination: IPPrefix
    var failures: [String] = []
    var ipRanges: String?
}

extension ExplainOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        let positionals = try arguments.positionals(named: ["TOPOLOGY", "ADDRESS|PREFIX"])
        topology = positionals[0]
        destination = try DestinationArgument.parse(positionals[1])
        failures = arguments.values(ExplainCommand.fail)
        ipRanges = arguments.value(.ipRanges)
    }
}
