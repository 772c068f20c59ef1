import DXAWS
import DXInput
import DXPlanning

/// `allowlist --format csv`: one row per domain or prefix, for firewall imports and
/// spreadsheets. RFC 4180 quoting; a cell that starts with `=`, `+`, `-`, `@`, tab or CR is
/// prefixed with `'` so spreadsheets do not run it as a formula (OWASP "CSV Injection").
/// Every row carries the ip-ranges.json syncToken and createDate.
public enum AllowListCSV {
    public static let header = [
        "section", "direction", "protocol", "ports", "destination", "family", "set", "purpose", "notes",
        "allow_by", "full_traffic_from", "citation", "url", "sync_token", "create_date",
    ]

    public static func render(_ list: AllowList) -> String {
        var rows: [[String]] = [header]
        func add(_ section: String, _ rule: AllowListRule) {
            let base = [section, rule.direction.rawValue, rule.protocolText, rule.portText]
            let tail = [
                rule.purpose, rule.notes.joined(separator: "; "), "", "", rule.citation.label, rule.citation.url,
                list.ipRangesSyncToken, list.ipRangesCreateDate,
            ]
            switch rule.remote {
            case .domain(let domain):
                rows.append(base + [domain, "", ""] + tail)
            case .prefixes(let set):
                for prefix in set.prefixes {
                    rows.append(base + [prefix.description, set.family.rawValue, set.name] + tail)
                }
            }
        }
        for rule in list.outbound { add("outbound", rule) }
        for rule in list.inbound {
            add(list.inboundRequired ? "inbound-stateless" : "inbound-stateless-advisory", rule)
        }
        if let additions = list.additions {
            for entry in additions.added {
                rows.append([
                    "added", "outbound", "", "", entry.prefix.description, entry.prefix.family.rawValue, "",
                    "\(entry.service) \(entry.region) added since createDate \(additions.old.createDate)", "",
                    additions.overdue ? "overdue" : additions.allowBy?.dayText ?? "",
                    additions.overdue ? "" : additions.fullTrafficFrom?.dayText ?? "",
                    AllowListCitation.thirtyDays.label, AllowListCitation.thirtyDays.url, list.ipRangesSyncToken,
                    list.ipRangesCreateDate,
                ])
            }
        }
        return rows.map { $0.map(cell).joined(separator: ",") + "\n" }.joined()
    }

    /// One RFC 4180 field, neutralized against formula injection.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }
}
