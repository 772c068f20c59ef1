import DXModel

/// How AWS reaches one agent source prefix in the instance Region: over which public VIFs.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities" (`dx-routing-policies`): a
/// customer prefix tagged 7224:9100 propagates only to the VIF's home Region, 7224:9200 to its
/// continent, 7224:9300 or untagged to all public Regions; AS_PATH and longest prefix match
/// decide the path, and Direct Connect is preferred for traffic AWS sources.
public struct ReturnPathResult: Sendable {
    public var agentSource: IPPrefix
    /// The longest advertised prefix covering the source that reaches the instance Region.
    public var advertisedPrefix: IPPrefix?
    /// The VIFs advertising it with a scope that reaches the Region, sorted.
    public var via: [String]
    public var reason: ReturnPathReason
    /// The VIFs AWS sends on (several: multipath), sorted; empty when the return is over the Internet.
    public var preferred: [String]
    /// Where AWS fails over once every preferred VIF is down, in order: tiers of VIFs that share
    /// the traffic (multipath), best first.
    public var backupTiers: [[String]]
    /// Why AWS prefers `preferred`; nil when the return is over the Internet.
    public var preference: ReturnPathPreference?

    /// The step of AWS's policy that put `preferred` ahead of the first backup.
    public var decidedBy: ReturnPathStep? { preference?.step }

    public var isOverDirectConnect: Bool { !via.isEmpty }

    /// The backup VIFs in failover order (tied VIFs side by side, by name).
    public var backup: [String] { backupTiers.flatMap { $0 } }

    package init(
        agentSource: IPPrefix, advertisedPrefix: IPPrefix?, via: [String], reason: ReturnPathReason,
        preferred: [String] = [], backupTiers: [[String]] = [], preference: ReturnPathPreference? = nil
    ) {
        self.agentSource = agentSource
        self.advertisedPrefix = advertisedPrefix
        self.via = via
        self.reason = reason
        self.preferred = preferred
        self.backupTiers = backupTiers
        self.preference = preference
    }
}
