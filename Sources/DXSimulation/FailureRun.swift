import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// What the failure findings keep of one `--each-failure` run: the failed names and the verdict.
/// Kept instead of the whole ``SimulationResult``, so that memory does not grow with runs × VIFs ×
/// destinations (the matrix row's Direct Connect share is ``FailureOutcome`` in DXRendering).
public struct FailureRun: Sendable, Equatable {
    public var failed: [String]
    public var verdict: Verdict

    public init(_ result: SimulationResult) {
        failed = result.failed
        verdict = result.verdict
    }
}
