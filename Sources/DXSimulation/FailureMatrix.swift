import DXAWS
import DXCore
import DXInput
import DXModel

/// The result of every single failure, and whether Amazon Connect stays on Direct Connect.
public enum FailureMatrix {
    /// The base findings plus one `single-failure-breaks-connect` warning per failure (or pair of
    /// failures) that breaks the verdict; `baseFailed` names are the `--fail` ones every run shares.
    public static func findings(base: SimulationResult, runs: [SimulationResult], topology: Topology) -> [Finding] {
        findings(base: base, runs: runs.map(FailureRun.init), topology: topology)
    }

    /// The same from the runs' summaries.
    public static func findings(base: SimulationResult, runs: [FailureRun], topology: Topology) -> [Finding] {
        var findings = base.findings
        for run in runs where !run.verdict.connectOverDirectConnect && base.verdict.connectOverDirectConnect {
            let added = Array(run.failed.dropFirst(base.failed.count))
            let named = added.isEmpty ? [run.failed.last ?? ""] : added
            let broken = [run.verdict.forward ? nil : "forward", run.verdict.returnPath ? nil : "return"].compactMap {
                $0
            }.joined(separator: " and ")
            findings.append(
                Finding(
                    .failureBreaksConnect, at: location(of: named[0], in: topology),
                    "if \(named.map { "'\($0)'" }.joined(separator: " and ")) \(named.count == 1 ? "fails" : "fail together"), Amazon Connect \(broken) traffic leaves Direct Connect"
                        + unroutedNote(run, topology: topology)))
        }
        findings += capacityFindings(base: base, runs: runs, topology: topology)
        return findings.sorted()
    }

    /// For a run where part of the Connect ranges has no route at all because `reject_aws_prefixes`
    /// rejects the ISP routes to AWS prefixes and no default route is sent: that it is dropped.
    static func unroutedNote(_ run: FailureRun, topology: Topology) -> String {
        guard run.hasUnroutedDestination else { return "" }
        let filtering = topology.internet.filter {
            $0.rejectsAWSPrefixes && !$0.defaultRoute && !run.failed.contains($0.name.value)
                && !run.failed.contains($0.router.value)
        }
        .map { "'\($0.name.value)'" }
        guard !filtering.isEmpty else { return "" }
        return
            ", and part of it has no path at all: reject_aws_prefixes on \(filtering.joined(separator: ", ")) rejects the ISP routes to AWS prefixes and no default route is sent, so AWS destinations are unreachable while Direct Connect is down"
    }

    /// `capacity-short` for each failure that leaves less capacity than the calls need, when the
    /// intact design has enough (``CallCapacity``).
    static func capacityFindings(base: SimulationResult, runs: [FailureRun], topology: Topology) -> [Finding] {
        guard topology.connect.agents != nil, !base.findings.contains(where: { $0.rule == .capacityShort }) else {
            return []
        }
        let resolved = ResolvedTopology(topology)
        return runs.compactMap { run in
            guard case .success(let scenario) = FailureScenario.resolve(run.failed, in: resolved) else { return nil }
            return CallCapacity.assess(topology, scenario: scenario)?.finding(in: topology, failed: run.failed)
        }
    }

    /// Whether every single failure keeps Connect over Direct Connect in both directions.
    public static func survivesEverySingleFailure(_ runs: [SimulationResult]) -> Bool {
        runs.allSatisfy(\.verdict.connectOverDirectConnect)
    }

    /// The same from the runs' summaries.
    public static func survivesEverySingleFailure(_ runs: [FailureRun]) -> Bool {
        runs.allSatisfy(\.verdict.connectOverDirectConnect)
    }

    static func location(of name: String, in topology: Topology) -> SourceLocation? {
        if let connection = topology.connections.first(where: {
            $0.name.value == name || $0.lag?.value == name || $0.locationName?.value == name
        }) {
            return connection.lag?.value == name
                ? connection.lag!.location
                : connection.locationName?.value == name ? connection.locationName!.location : connection.name.location
        }
        if let vif = topology.virtualInterfaces.first(where: { $0.virtualInterface.name.value == name }) {
            return vif.virtualInterface.name.location
        }
        if let router = topology.routers.first(where: { $0.name.value == name }) { return router.name.location }
        return topology.internet.first { $0.name.value == name }?.name.location
    }
}
