import DXAWS
import DXInput
import DXModel
import DXPlanning

/// `allowlist --format json`: the allow-list as a stable document (sorted keys, fixed layout;
/// see Docs/AllowList.md), byte-identical across runs.
public enum AllowListJSON {
    public static func value(_ list: AllowList) -> JSONValue {
        var object: [String: JSONValue] = [
            "topology": .string(list.topologyName),
            "region": .string(list.region),
            "instance": .optional(list.instanceAlias),
            "instancePlaceholder": list.instanceAlias == nil ? .string(AllowList.instancePlaceholder) : .null,
            "option": .string(list.option.rawValue),
            "optionFrom": .string(list.optionOrigin.rawValue),
            "ipRanges": [
                "syncToken": .string(list.ipRangesSyncToken), "createDate": .string(list.ipRangesCreateDate),
                "source": .string(list.ipRangesSource),
            ],
            "firewall": ["stateful": .bool(list.stateful)],
            "media": .bool(list.carriesMedia),
            "outbound": .array(list.outbound.map(rule)),
            "inbound": ["required": .bool(list.inboundRequired), "rules": .array(list.inbound.map(rule))],
            "prefixSets": .array(list.prefixSets.map(prefixSet)),
            "advice": .array(
                list.advice.map { ["id": .string($0.id), "text": .string($0.text), "source": citation($0.citation)] }),
        ]
        if let additions = list.additions {
            object["addedSince"] = [
                "old": [
                    "source": .string(additions.old.source), "syncToken": .string(additions.old.syncToken),
                    "createDate": .string(additions.old.createDate),
                ],
                "overdue": .bool(additions.overdue),
                "mayBeInUseFrom": .optional(additions.mayBeInUseFrom?.dayText),
                "allowBy": .optional(additions.overdue ? nil : additions.allowBy?.dayText),
                "fullTrafficFrom": .optional(additions.overdue ? nil : additions.fullTrafficFrom?.dayText),
                "added": .array(additions.added.map(entry)),
                "removed": .array(additions.removed.map(entry)),
                "otherRegionsAdded": .int(additions.otherRegionsAdded),
            ]
        }
        return .object(object)
    }

    static func rule(_ rule: AllowListRule) -> JSONValue {
        let remote: JSONValue
        switch rule.remote {
        case .domain(let domain): remote = ["domain": .string(domain)]
        case .prefixes(let set):
            remote = [
                "set": .string(set.name), "family": .string(set.family.rawValue), "count": .int(set.prefixes.count),
            ]
        }
        return [
            "direction": .string(rule.direction.rawValue),
            "protocol": .string(rule.transport.rawValue),
            "ports": ["from": .int(rule.ports.lowerBound), "to": .int(rule.ports.upperBound)],
            "remote": remote,
            "purpose": .string(rule.purpose),
            "notes": .array(rule.notes.map { .string($0) }),
            "source": citation(rule.citation),
        ]
    }

    static func prefixSet(_ set: AllowListPrefixSet) -> JSONValue {
        [
            "name": .string(set.name), "service": .string(set.service),
            "regions": .array(set.regions.map { .string($0) }),
            "family": .string(set.family.rawValue), "entries": .int(set.entryCount),
            "prefixes": .array(set.prefixes.map { .string($0.description) }),
        ]
    }

    static func entry(_ entry: IPRangeEntry) -> JSONValue {
        [
            "prefix": .string(entry.prefix.description), "service": .string(entry.service),
            "region": .string(entry.region),
        ]
    }

    static func citation(_ citation: AllowListCitation) -> JSONValue {
        [
            "id": .string(citation.reference), "section": citation.section.isEmpty ? .null : .string(citation.section),
            "title": .string(citation.title), "url": .string(citation.url),
        ]
    }
}
