import DXCore

/// `dxplan ranges diff OLD NEW [--service S] [--region R] [--topology T] [--format text|json] [-o FILE]`.
struct RangesDiffOptions: CommandOptions {
    var old: String
    var new: String
    var service: String?
    var region: String?
    /// A topology whose router configs and firewall sets are planned on OLD and NEW and compared.
    var topology: String?
    var format = RangesFormat.text
    var output: String?
}

extension RangesDiffOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        let files = try arguments.positionals(named: ["OLD", "NEW"])
        (old, new) = (files[0], files[1])
        format = try arguments.format(RangesFormat.self)
        service = arguments.value(RangesDiffCommand.service)
        region = arguments.value(RangesDiffCommand.region)
        topology = arguments.value(RangesDiffCommand.topology)
        output = arguments.value(.output)
    }
}
