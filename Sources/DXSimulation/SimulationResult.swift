import DXCore

/// Everything one simulation run found; renderers only spell it (Docs/JSONOutput.md).
public struct SimulationResult: Sendable {
    public var topologyName: String
    public var ipRangesSyncToken: String
    public var ipRangesCreateDate: String
    /// The `--fail` names of this run.
    public var failed: [String]
    public var verdict: Verdict
    public var interfaces: [InterfaceResult]
    public var connectRegion: String
    public var destinations: [ConnectDestination]
    public var returnPath: [ReturnPathResult]
    public var resiliency: ResiliencyLevel
    /// The AWS model level with the shape it is read from.
    public var resiliencyModel: ResiliencyModel = .none
    /// Validation and simulation findings, sorted.
    public var findings: [Finding]
    /// What rests on `assumptions.aws_also_advertises`, when the command assessed it (``AssumptionImpact``).
    public var assumptionImpact: AssumptionImpact?

    /// Exit status (Docs/UserGuide.md): 0 only with no error finding and Connect over DX both ways.
    public var isSuccess: Bool { verdict.connectOverDirectConnect && !findings.hasErrors }
}
