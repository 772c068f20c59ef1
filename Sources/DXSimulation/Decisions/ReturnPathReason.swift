import DXModel

/// Whether AWS in the Amazon Connect Region can answer an agent source over Direct Connect, and on
/// what grounds (``ReturnPathAnalysis``; `dx-routing-policies`). The facts only; ``description``
/// (DecisionText.swift) spells them.
public enum ReturnPathReason: Hashable, Sendable {
    /// No live public VIF advertises a prefix covering the agent source.
    case notAdvertised(agentSource: IPPrefix)
    /// The covering prefix is advertised only with a scope that does not reach the Region from the
    /// VIF's home Region (nil: unknown).
    case scopeTooNarrow(
        prefix: IPPrefix, virtualInterface: String, scope: AdvertiseScope, homeRegion: String?, region: String)
    /// `prefix`, the longest covering prefix whose scope reaches the Region, is advertised on `via`
    /// with `scopes`.
    case reaches(prefix: IPPrefix, via: [String], scopes: [AdvertiseScope], region: String)
}
