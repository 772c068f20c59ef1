import DXCore
import DXModel

/// `dxplan ranges query ADDRESS|PREFIX [--ip-ranges FILE] [--format text|json]`.
struct RangesQueryOptions: CommandOptions {
    /// The address or prefix; an address is its host prefix.
    var target: IPPrefix
    var format = RangesFormat.text
    var ipRanges: String?
}

extension RangesQueryOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        target = try DestinationArgument.parse(arguments.positionals(named: ["ADDRESS|PREFIX"])[0])
        format = try arguments.format(RangesFormat.self)
        ipRanges = arguments.value(.ipRanges)
    }
}
