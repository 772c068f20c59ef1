import DXAWS
import DXCore
import DXInput
import DXModel
import DXRendering

/// `dxplan ranges diff OLD NEW`: added and removed entries per service and Region, with the date
/// each added Amazon Connect, EC2 or CloudFront range must be allowed by (Docs/UserGuide.md).
enum RangesDiffCommand: Subcommand {
    static let service = OptionSpec("--service", value: "S", help: "Only this service (e.g. AMAZON_CONNECT).")
    static let region = OptionSpec("--region", value: "R", help: "Only this Region (or GLOBAL).")

    static let spec = CommandSpec(
        name: "ranges diff", usage: "dxplan ranges diff OLD NEW [--service S] [--region R] [--format text|json]",
        summary:
            "Added and removed ip-ranges.json entries between two files, per service and Region, with the 30-day deadline for new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges.",
        options: [service, region, .format(RangesFormat.self), .output])

    static func run(_ options: RangesDiffOptions, context: inout CommandContext) throws(UsageError) {
        guard let old = RangesArgument.load(path: options.old, environment: [:], output: &context.output),
            let new = RangesArgument.load(path: options.new, environment: [:], output: &context.output)
        else { return }
        let diff = RangesDiff.compute(old: old, new: new, service: options.service, region: options.region)
        let text: String
        switch options.format {
        case .text: text = Self.text(diff)
        case .json: text = json(diff, service: options.service, region: options.region).serialized
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
    }

    static func text(_ diff: RangesDiff) -> String {
        var text = """
            old: \(diff.old.source.debugEscaped) (syncToken \(diff.old.syncToken), createDate \(diff.old.createDate))
            new: \(diff.new.source.debugEscaped) (syncToken \(diff.new.syncToken), createDate \(diff.new.createDate))

            """
        text += diff.headline.map { $0 + "\n" }.joined()
        for group in diff.groups {
            text += "\n" + diff.heading(group) + "\n"
            for entry in group.added { text += "  + \(line(entry))\n" }
            for entry in group.removed { text += "  - \(line(entry))\n" }
        }
        return text
    }

    private static func line(_ entry: IPRangeEntry) -> String {
        guard let group = entry.networkBorderGroup, group != entry.region else { return entry.prefix.description }
        return "\(entry.prefix) (border group \(group.debugEscaped))"
    }

    static func json(_ diff: RangesDiff, service: String?, region: String?) -> JSONValue {
        func entry(_ entry: IPRangeEntry, deadline: Bool) -> JSONValue {
            var object: [String: JSONValue] = [
                "prefix": .string(entry.prefix.description), "networkBorderGroup": .optional(entry.networkBorderGroup),
            ]
            if deadline {
                object["allowBy"] = .optional(diff.allowBy?.dayText)
                object["fullTrafficFrom"] = .optional(diff.fullTrafficFrom?.dayText)
            }
            return .object(object)
        }
        return [
            "old": [
                "source": .string(diff.old.source), "syncToken": .string(diff.old.syncToken),
                "createDate": .string(diff.old.createDate),
            ],
            "new": [
                "source": .string(diff.new.source), "syncToken": .string(diff.new.syncToken),
                "createDate": .string(diff.new.createDate),
            ],
            "filters": ["service": .optional(service), "region": .optional(region)],
            "summary": ["added": .int(diff.addedCount), "removed": .int(diff.removedCount)],
            "groups": .array(
                diff.groups.map { group in
                    [
                        "service": .string(group.service), "region": .string(group.region),
                        "added": .array(group.added.map { entry($0, deadline: group.hasDeadline) }),
                        "removed": .array(group.removed.map { entry($0, deadline: false) }),
                    ]
                }),
        ]
    }
}
