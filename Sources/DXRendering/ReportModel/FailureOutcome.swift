import DXModel
import DXSimulation

/// One row of the failure matrix: what is down and whether Amazon Connect stays on Direct Connect
/// (`dx-resiliency-toolkit`; Docs/Simulation.md §8).
public struct FailureOutcome: Sendable, Equatable {
    /// The failed names; empty for the base run.
    public var failed: [String]
    public var forward: Bool
    public var returnPath: Bool
    /// Address-weighted share, per family, of media and signaling delivered over Direct Connect.
    public var verdictShare: FamilyShares
    /// Per agent source: the VIFs AWS returns on and its backups in this run.
    public var returnPaths: [ReturnPathChoice]

    public var connectOverDirectConnect: Bool { forward && returnPath }

    public init(_ result: SimulationResult) {
        failed = result.failed
        forward = result.verdict.forward
        returnPath = result.verdict.returnPath
        verdictShare = ReportShares.verdictShare(result)
        returnPaths = result.returnPath.map(ReturnPathChoice.init)
    }

    /// The row of a run already reduced to its summary.
    public init(_ run: FailureRun) {
        failed = run.failed
        forward = run.verdict.forward
        returnPath = run.verdict.returnPath
        verdictShare = run.verdictShare
        returnPaths = run.returnPaths
    }
}
