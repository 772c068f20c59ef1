import DXModel
import DXSimulation

/// How outputs mark what rests on `assumptions.aws_also_advertises` (Docs/Simulation.md, "What AWS
/// may also advertise"): `(assumed: aws_also_advertises)` after a route or reason, and the
/// destinations whose share changes without it.
public enum AssumptionText {
    /// The mark after a route, status or reason that comes from the list.
    public static let marker = "(assumed: \(AWSPrefix.assumptionName))"

    /// The decision's reason, marked when a winning route comes from the list.
    public static func reason(_ decision: PathDecision) -> String {
        decision.restsOnAssumedRoute ? "\(decision.reason) \(marker)" : decision.reason.description
    }

    /// One sentence: what the list added, and whether the verdict holds without it.
    public static func summary(_ impact: AssumptionImpact, verdict: Verdict) -> String {
        let yes = { (value: Bool) in value ? "yes" : "NO" }
        var text =
            "\(impact.file.debugEscaped) adds \(impact.added) prefix\(impact.added == 1 ? "" : "es") to what AWS advertises on each public VIF (\(impact.alreadyListed) already in ip-ranges.json, where ip-ranges wins). "
        if impact.changes.isEmpty {
            text += "No Amazon Connect destination changes without them."
        } else {
            let verdicts = impact.changes.filter(\.role.isInVerdict).count
            text +=
                "\(impact.changes.count) Amazon Connect destination\(impact.changes.count == 1 ? "" : "s") change\(impact.changes.count == 1 ? "s" : "") without them (\(verdicts) in the verdict)"
            text +=
                impact.verdictWithout == verdict
                ? "; the verdict stays the same."
                : "; without them the verdict reads forward \(yes(impact.verdictWithout.forward)), return \(yes(impact.verdictWithout.returnPath))."
        }
        return text
    }
}
