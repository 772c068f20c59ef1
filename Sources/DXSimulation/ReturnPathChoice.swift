import DXModel

/// What a failure run keeps of one agent source's return path: the VIFs AWS sends on and where
/// it fails over (``ReturnPathResult``, without the reasons).
public struct ReturnPathChoice: Sendable, Equatable {
    public var agentSource: IPPrefix
    /// Empty when AWS answers over the Internet.
    public var preferred: [String]
    /// Failover order: tiers of VIFs that share the traffic, best first.
    public var backupTiers: [[String]]

    package init(agentSource: IPPrefix, preferred: [String], backupTiers: [[String]]) {
        self.agentSource = agentSource
        self.preferred = preferred
        self.backupTiers = backupTiers
    }

    package init(_ result: ReturnPathResult) {
        self.init(agentSource: result.agentSource, preferred: result.preferred, backupTiers: result.backupTiers)
    }
}
