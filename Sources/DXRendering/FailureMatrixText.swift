import DXInput
import DXModel
import DXSimulation

/// The failure matrix as a text table: one row per failure, with the verdict, the Direct Connect share
/// and the VIFs AWS returns on (the report's ``FailureOutcome`` rows); with `--failures 2` a second
/// table for the pairs of failures. Ends with the AWS model level next to what the runs measured.
public enum FailureMatrixText {
    public static func text(base: SimulationResult, runs: [SimulationResult]) -> String {
        text(base: base, outcomes: runs.map(FailureOutcome.init))
    }

    /// The same from the runs' matrix rows (`simulate --each-failure` keeps only those).
    public static func text(base: SimulationResult, outcomes: [FailureOutcome]) -> String {
        let sized = outcomes.map { (size: $0.failed.count - base.failed.count, outcome: $0) }
        let singles = sized.filter { $0.size <= 1 }.map(\.outcome)
        let pairs = sized.filter { $0.size >= 2 }.map(\.outcome)
        var text = "\nSINGLE FAILURES (\(singles.count))\n" + table([FailureOutcome(base)] + singles)
        text += "Amazon Connect \(stays(singles)) on Direct Connect under every single failure.\n"
        if !pairs.isEmpty {
            text += "\nPAIRS OF FAILURES (\(pairs.count))\n" + table(pairs)
            text += "Amazon Connect \(stays(pairs)) on Direct Connect under every pair of failures.\n"
        }
        let measured = MeasuredResiliency(sized.map { ($0.size, $0.outcome.connectOverDirectConnect) })
        return text + "Resiliency: \(base.resiliencyModel.labelled); \(measured.description).\n"
    }

    static func stays(_ outcomes: [FailureOutcome]) -> String {
        outcomes.allSatisfy(\.connectOverDirectConnect) ? "stays" : "does NOT stay"
    }

    static func table(_ outcomes: [FailureOutcome]) -> String {
        var table = TextTable(
            "FAILED", "FORWARD", "RETURN", "CONNECT OVER DX", "DX SHARE (MEDIA+SIGNALING)", "AWS RETURNS ON")
        for outcome in outcomes {
            let yes = { (value: Bool) in value ? "yes" : "NO" }
            table.add([
                outcome.failed.isEmpty ? "(none)" : outcome.failed.joined(separator: " + "),
                yes(outcome.forward), yes(outcome.returnPath), yes(outcome.connectOverDirectConnect),
                outcome.verdictShare.text, ReturnPathText.cell(outcome.returnPaths),
            ])
        }
        return table.rendered
    }
}
