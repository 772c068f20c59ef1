import DXInput
import DXModel

/// The wording of a diff shared by `ranges diff` and `ranges update`: the count line, the 30-day
/// deadline line, and one heading per (service, Region) group.
///
/// Source: `connect-ccp-networking` (the 30-day rule for new IP address ranges).
extension RangesDiff {
    /// The count line, then the deadline line when a Connect, EC2 or CloudFront range was added.
    public var headline: [String] {
        var lines = ["\(addedCount) entr\(addedCount == 1 ? "y" : "ies") added, \(removedCount) removed."]
        let deadline = groups.contains { $0.hasDeadline && !$0.added.isEmpty }
        if deadline, let allowBy, let fullTrafficFrom {
            lines.append(
                "Allow the new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges by \(allowBy.dayText) (createDate + 30 days); traffic reaches them fully from \(fullTrafficFrom.dayText)."
            )
        }
        return lines
    }

    /// `EC2 ca-central-1 (+2) allow by 2026-09-21`.
    public func heading(_ group: Group) -> String {
        var counts = [String]()
        if !group.added.isEmpty { counts.append("+\(group.added.count)") }
        if !group.removed.isEmpty { counts.append("-\(group.removed.count)") }
        var heading = "\(group.service) \(group.region) (\(counts.joined(separator: " ")))"
        if group.hasDeadline, !group.added.isEmpty, let allowBy { heading += " allow by \(allowBy.dayText)" }
        return heading
    }

    /// The short form for `ranges update`: the headline and the group headings, without entries.
    public var summaryLines: [String] {
        headline + groups.map { "  " + heading($0) }
    }
}
