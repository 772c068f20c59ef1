import DXAWS
import DXCore
import DXModel

/// `dxplan ranges diff` output: the added and removed entries per service and Region with their
/// 30-day deadline, as text or JSON (Docs/JSONOutput.md). File text is escaped like topology text.
package enum RangesDiffText {
    package static func text(_ diff: RangesDiff) -> String {
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

    package static func json(_ diff: RangesDiff, service: String?, region: String?) -> JSONValue {
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
