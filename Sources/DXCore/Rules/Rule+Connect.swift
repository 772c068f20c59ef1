/// Rules about the Amazon Connect instance (`connect-regions`, `connect-ccp-networking`).
extension Rule {
    static let connectRegionsPage = Citation("connect-regions")

    public static let connectRegionUnavailable = Rule(
        "connect-region-unavailable", .error, "Amazon Connect does not run in this Region.",
        source: connectRegionsPage,
        fix: "Use one of the Regions where Amazon Connect runs (e.g. us-east-1, us-west-2, eu-central-1, eu-west-2).")
    public static let agentSourceNotOwned = Rule(
        "agent-source-not-owned", .error, "An `agent_source` prefix is not inside `customer.prefixes`.",
        source: routingPage,
        fix: "NAT agent traffic to a prefix you own and advertise on a public VIF.")
    public static let agentSourceNotAdvertised = Rule(
        "agent-source-not-advertised", .error,
        "An `agent_source` prefix is not covered by any prefix advertised on a public VIF; Direct Connect drops packets from sources you do not advertise.",
        source: routingPage,
        fix: "Advertise a prefix covering the agent source on the public VIFs.")
    public static let agentSourceEmpty = Rule(
        "agent-source-empty", .error,
        "`agent_source: []` lists no prefix: no agent traffic is modelled, so the return path cannot be checked.",
        source: routingPage,
        fix:
            "List the prefixes agents' traffic leaves from (after NAT) in `agent_source`, or omit the key to use `customer.prefixes`."
    )
    public static let instanceMissing = Rule(
        "connect-instance-missing", .note,
        "No `instance` alias: domain allow-lists use a placeholder for `<alias>.my.connect.aws`.",
        source: Citation("connect-ccp-networking", "CCP allowlist, Option 1"),
        fix: "Add `instance:` with the instance alias.")

    static let connectRules: [Rule] = [
        connectRegionUnavailable, agentSourceNotOwned, agentSourceNotAdvertised, agentSourceEmpty,
        instanceMissing,
    ]
}
