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

    /// One cell for a failure-matrix row: `primary; backup …` per agent source, the source named
    /// only when the sources differ.
    public static func cell(_ choices: [ReturnPathChoice]) -> String {
        func spell(_ choice: ReturnPathChoice) -> String {
            choice.preferred.isEmpty
                ? "internet" : "\(primary(choice.preferred)); backup \(backup(choice.backupTiers))"
        }
        let spelled = choices.map(spell)
        if Set(spelled).count <= 1 { return spelled.first ?? "—" }
        return zip(choices, spelled).map { "\($0.agentSource): \($1)" }.joined(separator: " | ")
    }
}
