import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// What the failure findings and the failure matrix keep of one `--each-failure` run: the
/// failed names, the verdict and the share of the verdict destinations' addresses delivered over
/// Direct Connect. Kept instead of the whole ``SimulationResult``, so that memory does not grow
/// with runs × VIFs × destinations.
public struct FailureRun: Sendable, Equatable {
    public var failed: [String]
    public var verdict: Verdict
    /// Address-weighted share, per family, of the media and signaling destinations delivered over Direct Connect.
    public var verdictShare: FamilyShares
    /// Per agent source, in order: the VIFs AWS returns on and its backups in this run.
    public var returnPaths: [ReturnPathChoice]
    /// Some part of the media and signaling destinations has no route at all: the traffic is
    /// dropped, not sent over the Internet (e.g. ISP routes rejected by `reject_aws_prefixes`
    /// without a default route, once Direct Connect is down).
    public var hasUnroutedDestination: Bool

    public init(_ result: SimulationResult) {
        self.init(
            failed: result.failed, verdict: result.verdict, verdictDestinations: result.destinations,
            returnPaths: result.returnPath.map(ReturnPathChoice.init))
    }

    /// From the run's destinations (those outside the verdict are left out of the share).
    init(
        failed: [String], verdict: Verdict, verdictDestinations destinations: [ConnectDestination],
        returnPaths: [ReturnPathChoice] = []
    ) {
        self.failed = failed
        self.verdict = verdict
        let inVerdict = destinations.filter(\.role.isInVerdict)
        verdictShare = ConnectDestination.shares(inVerdict)
        hasUnroutedDestination = inVerdict.contains { $0.segments.contains { $0.decision.kind == .none } }
        self.returnPaths = returnPaths
    }
}
