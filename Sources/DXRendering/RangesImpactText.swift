import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning

/// The `--topology` part of `dxplan ranges diff`: which router configs and firewall sets of the
/// topology must be regenerated, and by when (``RangesImpact``; Docs/UserGuide.md). Topology text
/// is escaped like every other topology value.
package enum RangesImpactText {
    /// Entries of one list or set printed in text; longer changes give counts only (JSON lists all).
    package static let detailLimit = 20

    /// `by 2026-09-21 (NEW createDate + 30 days)`, `now: overdue`, or why there is no deadline.
    package static func deadline(_ diff: RangesDiff) -> String {
        let added = diff.changedGroups.contains { $0.hasDeadline && !$0.added.isEmpty }
        guard added else { return "no deadline (no AMAZON_CONNECT, EC2 or CLOUDFRONT range added)" }
        if diff.isOverdue { return "now: overdue (the 30-day deadline has passed, see the warning above)" }
        guard let allowBy = diff.allowBy else { return "no deadline (NEW has no usable createDate)" }
        return "by \(allowBy.dayText) (NEW createDate + 30 days)"
    }

    package static func text(_ impact: RangesImpact, diff: RangesDiff) -> String {
        var text =
            "\nTopology \(impact.topologyName.debugEscaped) (\(impact.topologyFile.debugEscaped)), planned on OLD and on NEW (whole files):\n"
        if impact.isEmpty {
            return text + "  nothing to regenerate: router configs and firewall sets are the same.\n"
        }
        text += "Regenerate \(deadline(diff)):\n"
        for router in impact.routers {
            text +=
                "  router config \(router.router.debugEscaped) (\(router.vendor)): dxplan config --router \(router.router.debugEscaped)\n"
            for list in router.prefixLists {
                text +=
                    "    accept_services prefix list \(list.listName.debugEscaped) of VIF \(list.virtualInterface.debugEscaped): +\(list.added.count) -\(list.removed.count) entries\n"
                text += detail(list.added.map(\.text), list.removed.map(\.text))
            }
            for limit in router.maximumPrefixes {
                text +=
                    "    prefix limit (\(limit.counted) routes) of VIF \(limit.virtualInterface.debugEscaped): \(limit.old) -> \(limit.new)\n"
            }
            if router.internetExportChanged { text += "    ISP export filter (customer prefixes)\n" }
        }
        for set in impact.firewallSets {
            text +=
                "  firewall set \(set.name) (\(set.selection.debugEscaped); \(set.usage)): +\(set.added.count) -\(set.removed.count) prefixes: dxplan allowlist\n"
            text += detail(set.added.map(\.description), set.removed.map(\.description))
        }
        return text
    }

    /// The `+`/`-` lines of one change, or a pointer to the JSON when it has more than ``detailLimit``.
    static func detail(_ added: [String], _ removed: [String]) -> String {
        guard added.count + removed.count <= detailLimit else {
            return "      (more than \(detailLimit) entries: --format json lists them)\n"
        }
        return added.map { "      + \($0)\n" }.joined() + removed.map { "      - \($0)\n" }.joined()
    }

    package static func json(_ impact: RangesImpact, diff: RangesDiff) -> JSONValue {
        let added = diff.changedGroups.contains { $0.hasDeadline && !$0.added.isEmpty }
        return [
            "name": .string(impact.topologyName), "file": .string(impact.topologyFile),
            "deadline": [
                "applies": .bool(added), "overdue": .bool(added && diff.isOverdue),
                "regenerateBy": .optional(added && !diff.isOverdue ? diff.allowBy?.dayText : nil),
            ],
            "routers": .array(
                impact.routers.map { router in
                    [
                        "router": .string(router.router), "vendor": .string(router.vendor),
                        "prefixLists": .array(
                            router.prefixLists.map { list in
                                [
                                    "virtualInterface": .string(list.virtualInterface),
                                    "name": .string(list.listName),
                                    "added": .array(list.added.map { .string($0.text) }),
                                    "removed": .array(list.removed.map { .string($0.text) }),
                                ]
                            }),
                        "maximumPrefixes": .array(
                            router.maximumPrefixes.map { limit in
                                [
                                    "virtualInterface": .string(limit.virtualInterface),
                                    "counted": .string(limit.counted),
                                    "old": .int(limit.old),
                                    "new": .int(limit.new),
                                ]
                            }),
                        "internetExportChanged": .bool(router.internetExportChanged),
                    ]
                }),
            "firewallSets": .array(
                impact.firewallSets.map { set in
                    [
                        "name": .string(set.name), "selection": .string(set.selection), "usage": .string(set.usage),
                        "added": .array(set.added.map { .string($0.description) }),
                        "removed": .array(set.removed.map { .string($0.description) }),
                    ]
                }),
        ]
    }
}

extension PrefixListEntry {
    /// `10.0.0.0/8` or `10.0.0.0/8 up to /24`.
    package var text: String { upTo.map { "\(prefix) up to /\($0)" } ?? prefix.description }
}
