import DXCore

/// `dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--failures 1|2] [--routes] [--format text|json|sarif]`.
struct SimulateOptions: CommandOptions {
    var topology: String
    /// `--fail` names, resolved against the topology when it is loaded.
    var failures: [String] = []
    var eachFailure = false
    /// `--failures N`: how many failures each `--each-failure` run combines at most (1 or 2).
    var failureCount = 1
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
        if let count = try Self.failureCount(arguments) {
            failureCount = count
            eachFailure = true
        }
        routes = arguments.flag(SimulateCommand.routes)
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
    }
}

extension SimulateOptions {
    /// `--failures N` (``SimulateCommand/failureCount``): 1 or 2; nil when not given.
    static func failureCount(_ arguments: ParsedArguments) throws(UsageError) -> Int? {
        guard let value = arguments.value(SimulateCommand.failureCount) else { return nil }
        guard let count = Int(value), (1...2).contains(count) else {
            throw UsageError(
                .invalidOptionValue,
                "Invalid value \(MessageValue.quoted(value)) for '--failures' (expected 1 or 2: single failures, or also every pair)"
            )
        }
        return count
    }
}
