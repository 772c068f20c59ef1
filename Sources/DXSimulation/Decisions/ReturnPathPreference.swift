import DXModel

/// Why AWS sends the return traffic to an agent source on the VIFs it prefers
/// (``ReturnPathRanking``; `dx-routing-policies`): the deciding step with the values it compared.
/// The facts only; ``description`` (DecisionText.swift) spells them.
public struct ReturnPathPreference: Hashable, Sendable {
    /// The step and what it compared between the preferred VIFs and the first backup.
    public enum Decision: Hashable, Sendable {
        /// No other VIF reaches the Region.
        case onlyReaching
        /// The preferred VIFs advertise a longer prefix than `over` on `backup`.
        case longestPrefix(IPPrefix, over: IPPrefix, backup: String)
        /// A shorter AS_PATH (prepends counted) than the backup's, which prepends `backupPrepends`.
        case asPathLength(Int, over: Int, backup: String, backupPrepends: Int)
        /// Equal prefix and AS_PATH: the preferred VIFs' location is associated with the Region,
        /// the backup's with `backupHomeRegion` (nil: no known Region).
        case homeRegion(backup: String, backupHomeRegion: String?)
    }

    /// The VIFs AWS sends on (several: multipath), by name.
    public var preferred: [String]
    public var region: String
    public var decision: Decision
    /// The private customer ASN that AWS replaces, when a VIF prepends: the prepends have no
    /// effect (the `prepend-private-asn` case); nil otherwise.
    public var replacedPrivateASN: ASN?

    public init(preferred: [String], region: String, decision: Decision, replacedPrivateASN: ASN? = nil) {
        self.preferred = preferred
        self.region = region
        self.decision = decision
        self.replacedPrivateASN = replacedPrivateASN
    }

    /// Several VIFs share the traffic.
    public var isMultipath: Bool { preferred.count > 1 }

    /// The step of AWS's policy that decided.
    public var step: ReturnPathStep {
        switch decision {
        case .onlyReaching: .onlyPath
        case .longestPrefix: .longestPrefix
        case .asPathLength: .asPathLength
        case .homeRegion: .homeRegion
        }
    }
}
