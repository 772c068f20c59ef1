import DXAWS
import DXInput
import DXModel
import DXPlanning

/// `allowlist --format nftables`: a complete ruleset for `nft -f` — one table
/// `inet dxplan_connect`, one interval set per prefix set, one accept rule per need in an
/// `output` chain (and an `input` chain for stateless firewalls), comments naming the purpose
/// (nftables wiki, "Sets", "Simple rule management"; https://wiki.nftables.org).
///
/// nftables matches addresses, not names, so the domains option is written as its ip-ranges
/// equivalent with a comment saying so (Docs/AllowList.md). Chains keep `policy accept`: the
/// table only marks what Amazon Connect needs and never cuts other traffic when loaded.
/// Set names are checked identifiers; every text from the topology or a file path passes
/// through ``comment(_:)``, which keeps a small printable ASCII set, so no input can add a
/// line or a statement.
public enum AllowListNftables {
    public static let tableName = "dxplan_connect"

    public static func render(_ list: AllowList, domainsRequested: Bool = false) -> String {
        var text = "#!/usr/sbin/nft -f\n"
        text += "# dxplan allowlist: Amazon Connect firewall rules for \(comment(list.topologyName))\n"
        text +=
            "# Instance \(comment(list.instanceAlias ?? AllowList.instancePlaceholder)), Region \(comment(list.region))\n"
        text += "# \(comment(list.provenance)) (\(comment(list.ipRangesSource)))\n"
        if domainsRequested {
            text += "# The domains option (Option 1) was requested, but nftables matches addresses, not names:\n"
            text += "# this ruleset is its ip-ranges equivalent (Option 2). Use a proxy for a domain allow-list.\n"
        } else {
            text += "# \(comment(list.optionTitle))\n"
        }
        text += "# The chains keep policy accept: merge these rules before a drop policy of your own.\n"
        if let additions = list.additions, let allowBy = additions.allowBy, let full = additions.fullTrafficFrom,
            !additions.added.isEmpty
        {
            let deadline =
                additions.overdue
                ? "overdue (may be in use since \(additions.mayBeInUseFrom?.dayText ?? "before NEW")), allow now"
                : "allow by \(allowBy.dayText), full traffic from \(full.dayText)"
            text += "# Added since createDate \(comment(additions.old.createDate)): \(deadline):\n"
            for entry in additions.added {
                text += "#   \(entry.prefix) \(comment(entry.service)) \(comment(entry.region))\n"
            }
        }
        for advice in list.advice { text += "# Advice: \(comment(advice.text)) [\(comment(advice.citation.label))]\n" }
        text += "\ntable inet \(tableName)\ndelete table inet \(tableName)\n\ntable inet \(tableName) {\n"
        for set in list.prefixSets where isIdentifier(set.name) && !set.prefixes.isEmpty {
            text += "\t# \(comment(set.selection)), aggregated\n"
            text +=
                "\tset \(set.name) {\n\t\ttype \(set.family == .ipv4 ? "ipv4_addr" : "ipv6_addr")\n\t\tflags interval\n"
            text +=
                "\t\telements = {\n" + set.prefixes.map { "\t\t\t\($0)" }.joined(separator: ",\n") + "\n\t\t}\n\t}\n\n"
        }
        text += chain("output", hook: "output", rules: list.outbound.compactMap { statement($0) })
        let inbound = list.inbound.compactMap { statement($0) }
        if list.inboundRequired {
            text += "\n" + chain("input", hook: "input", rules: inbound)
        } else if !inbound.isEmpty {
            text +=
                "\n\t# Stateless firewalls only (firewall.stateful is true here): inbound media to the ephemeral ports\n"
            for rule in inbound { text += "\t# \(rule)\n" }
        }
        text += "}\n"
        return text
    }

    static func chain(_ name: String, hook: String, rules: [String]) -> String {
        var text = "\tchain \(name) {\n\t\ttype filter hook \(hook) priority filter; policy accept;\n"
        for rule in rules { text += "\t\t\(rule)\n" }
        return text + "\t}\n"
    }

    /// One rule as an nftables statement, or nil for a domain (not expressible).
    static func statement(_ rule: AllowListRule) -> String? {
        guard let set = rule.prefixSet, isIdentifier(set.name), !set.prefixes.isEmpty else { return nil }
        let family = set.family == .ipv4 ? "ip" : "ip6"
        let field = rule.direction == .outbound ? "daddr" : "saddr"
        let ports =
            rule.ports.count == 1 ? String(rule.ports.lowerBound) : "\(rule.ports.lowerBound)-\(rule.ports.upperBound)"
        let note = String(comment("\(rule.purpose) \(set.service)").prefix(120))
        return
            "\(family) \(field) @\(set.name) \(rule.transport.rawValue) dport \(ports) counter accept comment \"\(note)\""
    }

    /// `[a-z][a-z0-9_]*`, at most 63 characters: safe as an nftables set name.
    static func isIdentifier(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return (1...63).contains(scalars.count) && ("a"..."z").contains(scalars[0])
            && scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Text safe inside an nftables comment or quoted string: ASCII letters, digits, space and
    /// `- _ . , : / ( ) + * < > = @ % [ ]`; `§` becomes `section `, anything else `_`.
    public static func comment(_ text: String) -> String {
        let allowed = Set(" -_.,:/()+*<>=@%[]".unicodeScalars)
        var result = ""
        for scalar in text.replacing("§", with: "section ").unicodeScalars {
            result.unicodeScalars.append(scalar.isASCIIAlphanumeric || allowed.contains(scalar) ? scalar : "_")
        }
        return result
    }
}
