/// What the failure matrix keeps of one `--each-failure` run: the failed names, the verdict and the
/// share of the verdict's addresses delivered over Direct Connect. Kept instead of the whole
/// ``SimulationResult``, so that memory does not grow with runs × VIFs × destinations.
public struct FailureRun: Sendable, Equatable {
    public var failed: [String]
    public var verdict: Verdict
    /// Delivered over Direct Connect / all addresses of the media and signaling ranges (0 without any).
    public var directConnectShare: Double

    public init(_ result: SimulationResult) {
        failed = result.failed
        verdict = result.verdict
        let verdictDestinations = result.destinations.filter(\.role.isInVerdict)
        let total = verdictDestinations.reduce(0) { $0 + $1.prefix.addressCount }
        let delivered = verdictDestinations.reduce(0) { $0 + $1.directConnectShare * $1.prefix.addressCount }
        directConnectShare = total > 0 ? delivered / total : 0
    }
}
