/// Whether Amazon Connect traffic crosses Direct Connect (Docs/Simulation.md §7).
public struct Verdict: Sendable, Equatable {
    /// Media and signaling ranges of the instance Region: 100 % over Direct Connect, source filter passed.
    public var forward: Bool
    /// Every agent source prefix is advertised on a live public VIF whose scope reaches the Region.
    public var returnPath: Bool

    public var connectOverDirectConnect: Bool { forward && returnPath }
}
