import DXCore

/// `dxplan ranges diff OLD NEW [--service S] [--region R] [--format text|json] [-o FILE]`.
struct RangesDiffOptions: CommandOptions {
    var old: String
    var new: String
    var service: String?
    var region: String?
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
        output = arguments.value(.output)
    }
}
