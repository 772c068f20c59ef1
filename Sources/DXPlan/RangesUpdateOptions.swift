import DXAWS
import DXCore
import Foundation

/// `dxplan ranges update [-o FILE] [--url URL] [--timeout SECONDS]`.
struct RangesUpdateOptions: CommandOptions {
    /// `$DXPLAN_IP_RANGES`, else `./ip-ranges.json`, when nil.
    var output: String?
    var url = IPRangesUpdater.defaultURL
    var timeout = IPRangesUpdater.defaultTimeout
}

extension RangesUpdateOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        _ = try arguments.positionals(named: [])
        if let text = arguments.value(RangesUpdateCommand.url) {
            url = try IPRangesUpdater.checkedURL(text)
        }
        if let text = arguments.value(RangesUpdateCommand.timeout) {
            timeout = try IPRangesUpdater.checkedTimeout(text)
        }
        output = arguments.value(RangesUpdateCommand.output)
    }
}
