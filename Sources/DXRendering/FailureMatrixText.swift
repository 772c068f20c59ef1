import DXInput
import DXModel
import DXSimulation

/// The failure matrix as a text table: one row per failure, with the verdict and the Direct Connect share.
public enum FailureMatrixText {
    public static func text(base: SimulationResult, runs: [SimulationResult]) -> String {
        var table = TextTable("FAILED", "FORWARD", "RETURN", "CONNECT OVER DX", "DX SHARE (MEDIA+SIGNALING)")
        for run in [base] + runs {
            let yes = { (value: Bool) in value ? "yes" : "NO" }
            table.add([
                run.failed.isEmpty ? "(none)" : run.failed.joined(separator: " + "), yes(run.verdict.forward), yes(run.verdict.returnPath),
                yes(run.verdict.connectOverDirectConnect), ReportShares.verdictShare(run).percentText,
            ])
        }
        let survives = FailureMatrix.survivesEverySingleFailure(runs)
        return "\nSINGLE FAILURES (\(runs.count))\n" + table.rendered
            + "Amazon Connect \(survives ? "stays" : "does NOT stay") on Direct Connect under every single failure.\n"
    }
}
