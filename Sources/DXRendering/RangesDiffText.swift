import DXAWS
import DXCore
import DXModel
import DXPlanning

/// `dxplan ranges diff` output: the added and removed entries per service and Region with their
/// 30-day deadline, as text or JSON (Docs/JSONOutput.md). File text is escaped like topology text.
package enum RangesDiffText {
    package static func text(_ diff: RangesDiff, impact: RangesImpact? = nil) -> String {
        var text = """
            old: \(diff.old.source.debugEscaped) (syncToken \(diff.old.syncToken), createDate \(diff.old.createDate))
            new: \(diff.new.source.debugEscaped) (syncToken \(diff.new.syncToken), createDate \(diff.new.createDate))

            """
        text += diff.headline.map { $0 + "\n" }.joined()
        for group in diff.changedGroups {
            text += "\n" + diff.heading(group) + "\n"
            for entry in group.added { text += "  + \(line(entry))\n" }
            for entry in group.removed { text += "  - \(line(entry))\n" }
        }
        if let impact { text += RangesImpactText.text(impact, diff: diff) }
        return text
    }

    private static func line(_ entry: IPRangeEntry) -> String {
        guard let group = entry.networkBorderGroup, group != entry.region else { return entry.prefix.description }
        return "\(entry.prefix) (border group \(group.debugEscaped))"
    }

    package static func json(_ diff: RangesDiff, service: String?, region: String?, impact: RangesImpact? = nil)
        -> JSONValue
    {
        func entry(_ entry: IPRangeEntry, deadline: Bool) -> JSONValue {
            var object: [String: JSONValue] = [
                "prefix": .string(entry.prefix.description), "networkBorderGroup": .optional(entry.networkBorderGroup),
            ]
            if deadline {
                object["overdue"] = .bool(diff.isOverdue)
                object["allowBy"] = .optional(diff.isOverdue ? nil : diff.allowBy?.dayText)
                object["fullTrafficFrom"] = .optional(diff.isOverdue ? nil : diff.fullTrafficFrom?.dayText)
            }
            return .object(object)
        }
        var object: JSONValue = [
            "old": [
                "source": .string(diff.old.source), "syncToken": .string(diff.old.syncToken),
                "createDate": .string(diff.old.createDate),
            ],
            "new": [
                "source": .string(diff.new.source), "syncToken": .string(diff.new.syncToken),
                "createDate": .string(diff.new.createDate),
            ],
            "filters": ["service": .optional(service), "region": .optional(region)],
            "summary": [
                "added": .int(diff.addedCount), "removed": .int(diff.removedCount),
                "borderGroupUnknown": .int(diff.borderGroupUnknownCount),
            ],
            "baseline": [
                "ageDays": diff.baselineAgeDays.map(JSONValue.int) ?? .null, "stale": .bool(diff.isOverdue),
                "mayBeInUseFrom": .optional(diff.isOverdue ? diff.mayBeInUseFrom?.dayText : nil),
            ],
            "groups": .array(
                diff.groups.map { group in
                    [
                        "service": .string(group.service), "region": .string(group.region),
                        "added": .array(group.added.map { entry($0, deadline: group.hasDeadline) }),
                        "removed": .array(group.removed.map { entry($0, deadline: false) }),
                        "borderGroupUnknown": .array(group.borderGroupUnknown.map { entry($0, deadline: false) }),
                    ]
                }),
        ]
        if let impact, case .object(var members) = object {
            members["topology"] = RangesImpactText.json(impact, diff: diff)
            object = .object(members)
        }
        return object
    }
}
