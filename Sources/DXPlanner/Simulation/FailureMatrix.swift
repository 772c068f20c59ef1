/// The result of every single failure, and whether Amazon Connect stays on Direct Connect.
public enum FailureMatrix {
    /// The base findings plus one `single-failure-breaks-connect` warning per failure that breaks the verdict.
    public static func findings(base: SimulationResult, runs: [SimulationResult], topology: Topology) -> [Finding] {
        findings(base: base, runs: runs.map(FailureRun.init), topology: topology)
    }

    /// The same from the runs' summaries.
    public static func findings(base: SimulationResult, runs: [FailureRun], topology: Topology) -> [Finding] {
        var findings = base.findings
        for run in runs where !run.verdict.connectOverDirectConnect && base.verdict.connectOverDirectConnect {
            let broken = [run.verdict.forward ? nil : "forward", run.verdict.returnPath ? nil : "return"].compactMap { $0 }.joined(separator: " and ")
            findings.append(Finding(.failureBreaksConnect, at: location(of: run.failed.last ?? "", in: topology), "if '\(run.failed.last ?? "")' fails, Amazon Connect \(broken) traffic leaves Direct Connect"))
        }
        return findings.sorted()
    }

    /// Whether every single failure keeps Connect over Direct Connect in both directions.
    public static func survivesEverySingleFailure(_ runs: [SimulationResult]) -> Bool {
        runs.allSatisfy(\.verdict.connectOverDirectConnect)
    }

    /// The same from the runs' summaries.
    public static func survivesEverySingleFailure(_ runs: [FailureRun]) -> Bool {
        runs.allSatisfy(\.verdict.connectOverDirectConnect)
    }

    public static func text(base: SimulationResult, runs: [SimulationResult]) -> String {
        text(base: base, runs: runs.map(FailureRun.init))
    }

    /// The same from the runs' summaries.
    public static func text(base: SimulationResult, runs: [FailureRun]) -> String {
        var table = TextTable("FAILED", "FORWARD", "RETURN", "CONNECT OVER DX", "DX SHARE (MEDIA+SIGNALING)")
        for run in [FailureRun(base)] + runs {
            let yes = { (value: Bool) in value ? "yes" : "NO" }
            table.add([
                run.failed.isEmpty ? "(none)" : run.failed.joined(separator: " + "), yes(run.verdict.forward), yes(run.verdict.returnPath),
                yes(run.verdict.connectOverDirectConnect), SimulationText.percent(run.directConnectShare),
            ])
        }
        let survives = survivesEverySingleFailure(runs)
        return "\nSINGLE FAILURES (\(runs.count))\n" + table.rendered
            + "Amazon Connect \(survives ? "stays" : "does NOT stay") on Direct Connect under every single failure.\n"
    }

    static func location(of name: String, in topology: Topology) -> SourceLocation? {
        if let connection = topology.connections.first(where: { $0.name.value == name || $0.lag?.value == name || $0.locationName?.value == name }) {
            return connection.lag?.value == name ? connection.lag!.location : connection.locationName?.value == name ? connection.locationName!.location : connection.name.location
        }
        if let vif = topology.virtualInterfaces.first(where: { $0.virtualInterface.name.value == name }) { return vif.virtualInterface.name.location }
        return topology.routers.first { $0.name.value == name }?.name.location
    }
}
