import DXInput
import DXModel

/// The wording of a diff shared by `ranges diff` and `ranges update`: the count line, the border
/// group line, the stale-baseline warning, the 30-day deadline line, and one heading per
/// (service, Region) group with changes.
///
/// Source: `connect-ccp-networking` (the 30-day rule for new IP address ranges);
/// `aws-ip-ranges-syntax` (`network_border_group`).
extension RangesDiff {
    /// The count line; the border-group line when entries matched without one; the stale-baseline
    /// warning; then the deadline line when a Connect, EC2 or CloudFront range was added.
    public var headline: [String] {
        var lines = ["\(addedCount) entr\(addedCount == 1 ? "y" : "ies") added, \(removedCount) removed."]
        let unknown = borderGroupUnknownCount
        if unknown > 0 {
            lines.append(
                "\(unknown) entr\(unknown == 1 ? "y has" : "ies have") the same prefix, service and Region in both files but no network_border_group in \(borderGroupUnknownIn) (files before 2020-04-07 lack it): the border group was unknown in \(borderGroupUnknownIn), not changed, so \(unknown == 1 ? "it is" : "they are") neither added nor removed."
            )
        }
        if isOverdue, let age = baselineAgeDays, let mayBeInUseFrom {
            lines.append(
                "warning: OLD (createDate \(old.createDate.debugEscaped)) is \(age) days older than NEW (createDate \(new.createDate.debugEscaped)), more than \(Self.daysBeforeUse): a range added in between may have been published right after OLD and be in use since \(mayBeInUseFrom.dayText), so its 30-day deadline has already passed."
            )
        }
        let deadline = groups.contains { $0.hasDeadline && !$0.added.isEmpty }
        if deadline, isOverdue {
            lines.append(
                "The new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges are overdue: allow them now (compare consecutive files to get deadlines that have not passed)."
            )
        } else if deadline, let allowBy, let fullTrafficFrom {
            lines.append(
                "Allow the new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges by \(allowBy.dayText) (createDate + 30 days); traffic reaches them fully from \(fullTrafficFrom.dayText)."
            )
        }
        return lines
    }

    /// `EC2 ca-central-1 (+2) allow by 2026-09-21`, `AMAZON_CONNECT us-east-1 (+1, 3 border group
    /// unknown in OLD) overdue`.
    public func heading(_ group: Group) -> String {
        var counts = [String]()
        if !group.added.isEmpty { counts.append("+\(group.added.count)") }
        if !group.removed.isEmpty { counts.append("-\(group.removed.count)") }
        var text = counts.joined(separator: " ")
        if !group.borderGroupUnknown.isEmpty {
            text +=
                "\(text.isEmpty ? "" : ", ")\(group.borderGroupUnknown.count) border group unknown in \(borderGroupUnknownIn)"
        }
        var heading = "\(group.service) \(group.region) (\(text))"
        if group.hasDeadline, !group.added.isEmpty {
            if isOverdue {
                heading += " overdue"
            } else if let allowBy {
                heading += " allow by \(allowBy.dayText)"
            }
        }
        return heading
    }

    /// The groups with an added or removed entry (groups whose entries only lost or gained a
    /// border group are counted in the headline).
    public var changedGroups: [Group] { groups.filter(\.hasChanges) }

    /// The short form for `ranges update`: the headline and the group headings, without entries.
    public var summaryLines: [String] {
        headline + changedGroups.map { "  " + heading($0) }
    }
}
