/// The short form of a diff for `ranges update`: the count line, the 30-day deadline line and one
/// heading per (service, Region) group, without the entries (`ranges diff` prints those).
///
/// Source: Amazon Connect Admin Guide, "Set up your network" (the 30-day rule; FACTS.md §5.5).
extension RangesDiff {
    public var summaryLines: [String] {
        var lines = ["\(addedCount) entr\(addedCount == 1 ? "y" : "ies") added, \(removedCount) removed."]
        let deadline = groups.contains { $0.hasDeadline && !$0.added.isEmpty }
        if deadline, let allowBy, let fullTrafficFrom {
            lines.append("Allow the new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges by \(allowBy.dayText) (createDate + 30 days); traffic reaches them fully from \(fullTrafficFrom.dayText).")
        }
        for group in groups {
            var counts = [String]()
            if !group.added.isEmpty { counts.append("+\(group.added.count)") }
            if !group.removed.isEmpty { counts.append("-\(group.removed.count)") }
            var heading = "  \(group.service) \(group.region) (\(counts.joined(separator: " ")))"
            if group.hasDeadline, !group.added.isEmpty, let allowBy { heading += " allow by \(allowBy.dayText)" }
            lines.append(heading)
        }
        return lines
    }
}
