import DXModel

/// What a failure run keeps of one agent source's return path: the VIFs AWS sends on and where
/// it fails over (``ReturnPathResult``, without the reasons). It keeps at most ``shownNames``
/// names per list and ``shownTiers`` backup tiers, with the counts of what it leaves out, so a
/// failure-matrix row stays short and the runs' memory grows with the VIF count, not its square.
public struct ReturnPathChoice: Sendable, Equatable {
    /// VIF names kept per list (the preferred VIFs, each backup tier).
    public static let shownNames = 4
    /// Backup tiers kept.
    public static let shownTiers = 3

    public var agentSource: IPPrefix
    /// Empty when AWS answers over the Internet; the first ``shownNames`` of ``preferredCount``.
    public var preferred: [String]
    public var preferredCount: Int
    /// Failover order: tiers of VIFs that share the traffic, best first (the first
    /// ``shownTiers``, each cut to ``shownNames`` names).
    public var backupTiers: [[String]]
    /// The number of VIFs in each kept tier.
    public var backupTierCounts: [Int]
    /// The number of backup tiers in all.
    public var backupTierTotal: Int

    package init(agentSource: IPPrefix, preferred: [String], backupTiers: [[String]]) {
        self.agentSource = agentSource
        self.preferred = Array(preferred.prefix(Self.shownNames))
        preferredCount = preferred.count
        let kept = backupTiers.prefix(Self.shownTiers)
        self.backupTiers = kept.map { Array($0.prefix(Self.shownNames)) }
        backupTierCounts = kept.map(\.count)
        backupTierTotal = backupTiers.count
    }

    package init(_ result: ReturnPathResult) {
        self.init(agentSource: result.agentSource, preferred: result.preferred, backupTiers: result.backupTiers)
    }
}
