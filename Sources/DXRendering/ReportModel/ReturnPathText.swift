import DXSimulation

/// The return path AWS picks, spelled once for the text output, the failure matrix and the
/// report: multipath VIFs joined by " + ", backups in failover order joined by " → "
/// (Docs/Simulation.md §6).
public enum ReturnPathText {
    /// The VIFs AWS sends on, or `internet`.
    public static func primary(_ preferred: [String]) -> String {
        preferred.isEmpty ? "internet" : preferred.joined(separator: " + ")
    }

    /// Where AWS fails over, tier by tier, or `internet` when no other VIF reaches the Region.
    public static func backup(_ tiers: [[String]]) -> String {
        tiers.isEmpty ? "internet" : tiers.map(primary).joined(separator: " → ")
    }

    /// The REASON of a return path: whether it reaches the Region and, when AWS has a choice,
    /// why it prefers its VIFs (both spelled by the decisions' own text).
    public static func reason(_ path: ReturnPathResult) -> String {
        path.preference.map { "\(path.reason); \($0)" } ?? path.reason.description
    }

    /// One cell for a failure-matrix row: `primary; backup …` per agent source, the source named
    /// only when the sources differ. Long lists end in `+ N more`, and tiers past the kept ones in
    /// `→ N more tiers` (``ReturnPathChoice/shownNames``).
    public static func cell(_ choices: [ReturnPathChoice]) -> String {
        func names(_ shown: [String], count: Int) -> String {
            shown.joined(separator: " + ") + (count > shown.count ? " + \(count - shown.count) more" : "")
        }
        func spell(_ choice: ReturnPathChoice) -> String {
            guard !choice.preferred.isEmpty else { return "internet" }
            var backup =
                choice.backupTiers.isEmpty
                ? "internet"
                : zip(choice.backupTiers, choice.backupTierCounts).map(names).joined(separator: " → ")
            let hiddenTiers = choice.backupTierTotal - choice.backupTiers.count
            if hiddenTiers > 0 { backup += " → \(hiddenTiers) more tier\(hiddenTiers == 1 ? "" : "s")" }
            return "\(names(choice.preferred, count: choice.preferredCount)); backup \(backup)"
        }
        let spelled = choices.map(spell)
        if Set(spelled).count <= 1 { return spelled.first ?? "—" }
        return zip(choices, spelled).map { "\($0.agentSource): \($1)" }.joined(separator: " | ")
    }
}
