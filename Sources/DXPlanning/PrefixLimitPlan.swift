import DXModel

/// The prefix limits of one BGP session to AWS, sized by ``RouterPlanner`` (Docs/Vendors.md,
/// "Prefix limits").
///
/// Vendors count differently: FRR `maximum-prefix` (without `force`), BIRD `import limit`, Junos
/// `accepted-prefix-limit` and EOS `maximum-accepted-routes` count the routes the import policy
/// keeps (`frr-bgp`, `bird-protocols`, `junos-accepted-prefix-limit`, `arista-eos-bgp`); Junos
/// `prefix-limit`, EOS `maximum-routes` and, as read here, Cisco IOS-XE and IOS-XR
/// `maximum-prefix` count what the peer sends before the policy (`junos-prefix-limit`,
/// `cisco-iosxe-bgp`, `cisco-iosxr-bgp-commands`). A received-route guard is therefore sized from
/// what AWS advertises for the session's family, never from what the policy keeps.
public struct PrefixLimitPlan: Hashable, Sendable {
    /// Routes the import policy keeps: `max_prefixes`, else learned + 20 % rounded up to 100.
    public var accepted: Int
    /// Routes AWS sends before any policy: the prefixes AWS advertises for the family (the
    /// ip-ranges.json the plan was made from) + 20 %, rounded up to 100, and never below `accepted`.
    public var received: Int
    /// The prefixes AWS advertises for the family, the base of `received`.
    public var advertisedByAWS: Int
    /// Minutes after which a session torn down by a limit is re-established by itself.
    public var restartMinutes: Int

    package init(accepted: Int, received: Int, advertisedByAWS: Int, restartMinutes: Int) {
        self.accepted = accepted
        self.received = received
        self.advertisedByAWS = advertisedByAWS
        self.restartMinutes = restartMinutes
    }

    /// Every limit restarts the session after this long (Cisco `restart`, Junos `idle-timeout`,
    /// EOS `idle-restart-timer`, FRR `restart`; BIRD `action restart` waits its `error wait time`).
    package static let defaultRestartMinutes = 5

    /// Headroom over a count: the same 20 % the simulator uses for the learned count.
    package static func withHeadroom(_ count: Int) -> Int {
        max(100, Int((Double(count) * 1.2 / 100).rounded(.up)) * 100)
    }
}
