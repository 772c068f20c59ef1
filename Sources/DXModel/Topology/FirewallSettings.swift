import DXCore

/// The site firewall in front of the agents (Docs/TopologyFormat.md `firewall`).
public struct FirewallSettings: Equatable, Sendable {
    public enum AllowListStyle: String, CaseIterable, Sendable {
        /// Option 1 of the Amazon Connect CCP networking page: domain names (recommended).
        case domains
        /// Option 2: ip-ranges.json prefixes.
        case ipRanges = "ip-ranges"
    }

    /// false = stateless: inbound UDP to the browsers' ephemeral ports must be opened.
    public var stateful: Bool
    public var allowList: AllowListStyle
    public var location: SourceLocation?

    public static let `default` = FirewallSettings(stateful: true, allowList: .domains, location: nil)

    package init(stateful: Bool, allowList: AllowListStyle, location: SourceLocation? = nil) {
        self.stateful = stateful
        self.allowList = allowList
        self.location = location
    }
}
