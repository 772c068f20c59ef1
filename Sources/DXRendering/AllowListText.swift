import DXAWS
import DXInput
import DXModel
import DXPlanning

/// `allowlist --format text`: the allow-list for people — header with the ip-ranges stamp,
/// outbound rules, inbound rules for stateless firewalls, the prefix sets, additions since an
/// older file, advice and sources. Every value from the topology is written with control
/// characters escaped, so no input can start a line of its own.
public enum AllowListText {
    public static func render(_ list: AllowList) -> String {
        var text = "Amazon Connect allow-list: \(list.topologyName.debugEscaped)\n"
        let instance = list.instanceAlias?.debugEscaped ?? "\(AllowList.instancePlaceholder) (connect.instance not set)"
        text += "Instance: \(instance), Region \(list.region.debugEscaped)\n"
        text += "\(list.optionTitle), from \(list.optionOrigin == .topology ? "firewall.allow_list" : "--option")\n"
        text += "\(list.provenance) (\(list.ipRangesSource.debugEscaped))\n"

        text += "\nOUTBOUND (agent browsers to AWS)\n" + table(list.outbound)
        let state =
            list.inboundRequired ? "required: firewall.stateful is false" : "advisory: only for stateless firewalls"
        text += "\nINBOUND FOR STATELESS FIREWALLS (\(state))\n"
        text += list.inbound.isEmpty ? "none: no softphone media flows to AWS\n" : table(list.inbound)

        let sets = list.prefixSets
        if !sets.isEmpty {
            text += "\nPREFIX SETS (aggregated)\n"
            for set in sets {
                text +=
                    "\(set.name): \(set.selection), \(set.prefixes.count) prefix\(set.prefixes.count == 1 ? "" : "es") from \(set.entryCount) entr\(set.entryCount == 1 ? "y" : "ies")\n"
                for prefix in set.prefixes { text += "  \(prefix)\n" }
            }
        }
        if let additions = list.additions { text += "\n" + additionsText(additions) }
        text += "\nADVICE\n"
        for advice in list.advice { text += "- \(advice.text.debugEscaped) [\(advice.citation.label)]\n" }
        text += "\nSOURCES\n"
        for citation in list.citations { text += "\(citation.label): \(citation.title), \(citation.url)\n" }
        return text
    }

    static func table(_ rules: [AllowListRule]) -> String {
        var table = TextTable("DESTINATION", "PORT", "PROTOCOL", "PURPOSE", "SOURCE")
        for rule in rules {
            let remote: String
            switch rule.remote {
            case .domain(let domain): remote = domain.debugEscaped
            case .prefixes(let set): remote = "@\(set.name) (\(set.prefixes.count) \(set.family.displayName))"
            }
            let purpose = ([rule.purpose] + rule.notes).map(\.debugEscaped).joined(separator: "; ")
            table.add(remote, rule.portText, rule.protocolText, purpose, rule.citation.label)
        }
        if rules.first?.direction == .inbound {
            table.header[0] = "SOURCE (AWS)"
            table.header[4] = "CITED"
        }
        return table.rendered
    }

    static func additionsText(_ additions: AllowListAdditions) -> String {
        var text = "ADDED SINCE \(additions.old.source.debugEscaped) (createDate \(additions.old.createDate))\n"
        if additions.added.isEmpty {
            text += "No prefix of this allow-list was added.\n"
        } else if additions.overdue {
            let since = additions.mayBeInUseFrom.map { " since \($0.dayText)" } ?? ""
            text +=
                "Overdue: createDate \(additions.old.createDate) is more than 30 days before \(additions.new.createDate), so an addition may be in use\(since): allow these now.\n"
            var table = TextTable("PREFIX", "SERVICE", "REGION", "ALLOW BY")
            for entry in additions.added {
                table.add(entry.prefix.description, entry.service, entry.region, "overdue")
            }
            text += table.rendered
        } else if let allowBy = additions.allowBy, let full = additions.fullTrafficFrom {
            text +=
                "Allow by \(allowBy.dayText) (createDate \(additions.new.createDate) + 30 days); full traffic from \(full.dayText) (+ 14 days).\n"
            var table = TextTable("PREFIX", "SERVICE", "REGION", "ALLOW BY", "FULL TRAFFIC")
            for entry in additions.added {
                table.add(entry.prefix.description, entry.service, entry.region, allowBy.dayText, full.dayText)
            }
            text += table.rendered
        }
        if !additions.removed.isEmpty {
            text +=
                "Removed since then (may be dropped from the allow-list): \(additions.removed.map(\.prefix.description).joined(separator: ", "))\n"
        }
        if additions.otherRegionsAdded > 0 {
            text +=
                "\(additions.otherRegionsAdded) AMAZON_CONNECT, EC2 or CLOUDFRONT entr\(additions.otherRegionsAdded == 1 ? "y" : "ies") of other Regions added (not in this allow-list; see 'dxplan ranges diff').\n"
        }
        return text
    }
}
