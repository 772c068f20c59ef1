import DXCore

/// `dxplan report TOPOLOGY [--format markdown|html] [--ip-ranges FILE] [-o FILE]`.
struct ReportOptions: CommandOptions {
    var topology: String
    var format = ReportFormat.markdown
    var ipRanges: String?
    var output: String?
}

extension ReportOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        format = try arguments.format(ReportFormat.self)
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
    }
}
