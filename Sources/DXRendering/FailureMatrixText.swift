import DXInput
import DXModel
import DXSimulation

/// The failure matrix as a text table: one row per failure, with the verdict, the Direct Connect share
/// and the VIFs AWS returns on (the report's ``FailureOutcome`` rows).
public enum FailureMatrixText {
    public static func text(base: SimulationResult, runs: [SimulationResult]) -> String {
        text(base: base, outcomes: runs.map(FailureOutcome.init))
    }

    /// The same from the runs' matrix rows (`simulate --each-failure` keeps only those).
    public static func text(base: SimulationResult, outcomes: [FailureOutcome]) -> String {
        var table = TextTable(
            "FAILED", "FORWARD", "RETURN", "CONNECT OVER DX", "DX SHARE (MEDIA+SIGNALING)", "AWS RETURNS ON")
        for outcome in [FailureOutcome(base)] + outcomes {
            let yes = { (value: Bool) in value ? "yes" : "NO" }
            table.add([
                outcome.failed.isEmpty ? "(none)" : outcome.failed.joined(separator: " + "),
                yes(outcome.forward), yes(outcome.returnPath), yes(outcome.connectOverDirectConnect),
                outcome.verdictShare.text, ReturnPathText.cell(outcome.returnPaths),
            ])
        }
        let survives = outcomes.allSatisfy(\.connectOverDirectConnect)
        return "\nSINGLE FAILURES (\(outcomes.count))\n" + table.rendered
            + "Amazon Connect \(survives ? "stays" : "does NOT stay") on Direct Connect under every single failure.\n"
    }
}
