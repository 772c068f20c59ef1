import DXCore

/// `dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--routes] [--format text|json|sarif]`.
struct SimulateOptions: CommandOptions {
    var topology: String
    /// `--fail` names, resolved against the topology when it is loaded.
    var failures: [String] = []
    var eachFailure = false
    var routes = false
    var format = SimulateFormat.text
    var ipRanges: String?
    var output: String?
}

extension SimulateOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        format = try arguments.format(SimulateFormat.self)
        failures = arguments.values(SimulateCommand.fail)
        eachFailure = arguments.flag(SimulateCommand.eachFailure)
        routes = arguments.flag(SimulateCommand.routes)
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
    }
}
