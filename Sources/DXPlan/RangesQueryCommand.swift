import DXAWS
import DXCore
import DXInput
import DXModel
import DXRendering

/// `dxplan ranges query ADDRESS|PREFIX`: every ip-ranges entry containing it, most specific first.
enum RangesQueryCommand: Subcommand {
    static let spec = CommandSpec(
        name: "ranges query", usage: "dxplan ranges query ADDRESS|PREFIX [--ip-ranges FILE] [--format text|json]",
        summary:
            "List every ip-ranges.json entry (service, Region, border group) that contains the address or prefix, most specific first.",
        options: [.ipRanges, .format(RangesFormat.self)],
        details: "Exit status: 0 found, 1 in no entry, 2 unusable ip-ranges file.", positionals: .none)

    static func run(_ options: RangesQueryOptions, context: inout CommandContext) throws(UsageError) {
        let target = options.target
        guard
            let ranges = RangesArgument.load(
                path: options.ipRanges, environment: context.environment, output: &context.output)
        else { return }
        let matches = ranges.entries(containing: target)
        if options.format == .json {
            let json: JSONValue = [
                "query": .string(target.description),
                "ipRanges": ["syncToken": .string(ranges.syncToken), "createDate": .string(ranges.createDate)],
                "entries": .array(
                    matches.map {
                        [
                            "prefix": .string($0.prefix.description), "service": .string($0.service),
                            "region": .string($0.region), "networkBorderGroup": .optional($0.networkBorderGroup),
                        ]
                    }),
            ]
            context.output.out(json.serialized)
        } else if matches.isEmpty {
            context.output.out("\(target) is in no ip-ranges entry (\(ranges.provenance)).\n")
        } else {
            context.output.out(
                "\(target) is in \(matches.count) ip-ranges entr\(matches.count == 1 ? "y" : "ies") (\(ranges.provenance)):\n"
            )
            var table = TextTable("PREFIX", "SERVICE", "REGION", "BORDER GROUP")
            for entry in matches {
                // Codes are checked when the file is read; escaped again so no file text can
                // start a line or reorder one (like topology text).
                table.add(
                    entry.prefix.description, entry.service.debugEscaped, entry.region.debugEscaped,
                    entry.networkBorderGroup?.debugEscaped ?? "-")
            }
            context.output.out(table.rendered)
        }
        if matches.isEmpty { context.output.status = .checksFailed }
    }
}
