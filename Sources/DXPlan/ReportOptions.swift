import DXCore

/// `dxplan report TOPOLOGY [--failures 1|2] [--format markdown|html] [--ip-ranges FILE] [-o FILE]`.
struct ReportOptions: CommandOptions {
    var topology: String
    var format = ReportFormat.markdown
    /// `--failures N`: 2 adds every pair of failures to the failure matrix.
    var failureCount = 1
    var ipRanges: String?
    var output: String?
}

extension ReportOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        format = try arguments.format(ReportFormat.self)
        failureCount = try SimulateOptions.failureCount(arguments) ?? 1
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
    }
}
