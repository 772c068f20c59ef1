/// Rules the simulator checks: where Amazon Connect traffic really goes (Docs/Simulation.md §7).
extension Rule {
    static let ccpNetworkingPage = Citation("connect-ccp-networking")

    public static let connectRangeNotAccepted = Rule(
        "connect-range-not-accepted", .error,
        "AWS advertises the Amazon Connect range on a public VIF, but the inbound policy rejects it, so traffic takes another path.",
        source: routingPage,
        fix:
            "Add the range's scope to `accept` (region = 7224:8100, continent = 7224:8200, global = untagged) or its service to `accept_services`."
    )
    public static let internetMoreSpecific = Rule(
        "internet-more-specific", .error,
        "An ISP route more specific than the Direct Connect route takes part of an Amazon Connect range (longest prefix match).",
        source: Citation("rfc4271", "§9.1, longest match first"), routingPage,
        Citation("rfc7454", "§6, prefix filtering"),
        fix:
            "Set `reject_aws_prefixes: true` on the ISP uplink (`internet[]`) so its routes equal to or inside AWS prefixes are rejected, and keep `default_route: true` there so AWS stays reachable when Direct Connect is down; or accept the matching more-specific AWS routes on the VIF."
    )
    public static let internetPreferredLocalPreference = Rule(
        "internet-wins-local-pref", .error,
        "At the same prefix length an ISP route has a higher local-pref than the Direct Connect route.",
        source: Citation("rfc4271", "§9.1.1"),
        fix: "Raise `local_preference` on the public VIF above the ISP's (e.g. 200).")
    public static let internetPreferredASPath = Rule(
        "internet-wins-as-path", .error,
        "At the same prefix length and local-pref an ISP route has a shorter AS_PATH than AWS's (at least 3).",
        source: Citation("rfc4271", "§9.1.2.2"), Citation("dx-routing-policies", "minimum AS_PATH length 3"),
        fix: "Set a higher `local_preference` on the public VIF so AS_PATH length is never compared.")
    public static let directConnectInternetTie = Rule(
        "dx-internet-tie", .error,
        "A Direct Connect route and an ISP route tie on prefix, local-pref and AS_PATH; the router may pick either.",
        source: Citation("rfc4271", "§9.1.2.2, later tie-breakers are not under the design's control"),
        fix: "Give the public VIF a higher `local_preference` than the uplinks.")
    public static let noDirectConnectRoute = Rule(
        "no-direct-connect-route", .error, "No live public VIF of the address family offers a route to the range.",
        source: Citation("dx-connect-whitepaper-overview"),
        fix: "Add a public VIF for this address family, or restore the failed connection.")
    public static let noRoute = Rule(
        "no-route", .error, "Neither Direct Connect nor an ISP has a route to the range: traffic is dropped.",
        source: Citation("rfc4271"),
        fix: "Accept the AWS routes on a public VIF or add a default route from an ISP.")
    public static let sourceFiltered = Rule(
        "dx-source-filter", .error,
        "Traffic leaves over a VIF that does not advertise the agents' source prefix; Direct Connect drops packets from sources you do not advertise on that VIF.",
        source: routingPage,
        fix: "Advertise a prefix covering every agent source on every public VIF that can carry Connect traffic.")
    public static let returnScopeTooNarrow = Rule(
        "return-scope-too-narrow", .error,
        "The agent source is advertised only with a scope that does not reach the Amazon Connect Region, so AWS answers over the Internet.",
        source: routingPage,
        fix:
            "Tag the prefix with a wider scope (7224:9200 continent or 7224:9300 global) or advertise it at a location homed in the Connect Region."
    )
    public static let returnNotAdvertised = Rule(
        "return-path-internet", .error,
        "No live public VIF advertises the agent source: AWS answers over the Internet.",
        source: routingPage,
        fix: "Advertise the agent source prefix on a public VIF (and on more than one for resiliency).")
    public static let asymmetricPath = Rule(
        "asymmetric-path", .warning,
        "Amazon Connect media or signaling leaves on a VIF of one router or location while AWS returns to the agents on a VIF of another; a stateful firewall at either site sees only one direction and drops the call.",
        source: Citation("dx-routing-policies", "AS_PATH and longest prefix match decide AWS's path"),
        Citation("rfc4271", "§9.1.1, local-pref decides the customer's path"), Citation("asymmetric-routing"),
        fix:
            "Align both directions: raise `local_preference` on the VIF AWS returns on, or steer AWS to the VIF you send on with `as_path_prepend` (public ASN) or a narrower `scope` on the other."
    )
    public static let maxPrefixesTooLow = Rule(
        "max-prefixes-below-learned", .error,
        "`max_prefixes` is below the number of routes the VIF learns; the session would be torn down.",
        source: Citation("rfc4486", "maximum number of prefixes reached"),
        fix: "Raise `max_prefixes` to the recommended value, or narrow `accept`.")
    public static let sharedRangesOverInternet = Rule(
        "connect-share-over-internet", .warning,
        "Part of the GLOBAL Amazon Connect range or of CloudFront (CCP content) is not reached over Direct Connect.",
        source: ccpNetworkingPage,
        fix: "Accept untagged routes (`global`) on a public VIF if CCP content should use Direct Connect too.")
    public static let connectFamilyMissing = Rule(
        "connect-family-missing", .warning,
        "ip-ranges.json lists no AMAZON_CONNECT range of an agent address family in the Connect Region or GLOBAL, so softphone media of that family is left out of the verdict.",
        source: Citation("aws-ip-ranges"), ccpNetworkingPage,
        fix:
            "Run `dxplan ranges update` for a current ip-ranges.json; if the range is still missing, check the media path of that family by hand."
    )
    public static let failureBreaksConnect = Rule(
        "single-failure-breaks-connect", .warning,
        "After one failure, Amazon Connect traffic no longer crosses Direct Connect in both directions.",
        source: Citation("dx-resiliency-toolkit"),
        fix:
            "Add a second connection (at a second location for high resiliency) and advertise the agent source on every public VIF."
    )
    public static let resiliencyLevel = Rule(
        "resiliency-level", .note, "The design's resiliency level in the terms of the AWS Resiliency Toolkit.",
        source: Citation("dx-resiliency-toolkit"),
        fix: "Maximum resiliency: two locations with two connections each.")
    public static let prefixInSeveralRegions = Rule(
        "aws-prefix-several-regions", .note,
        "ip-ranges.json lists a prefix in more than one Region; dxplan tags it by the first.",
        source: Citation("aws-ip-ranges-syntax"),
        Citation("dxplan-simulation", "one Region per prefix, measured on the 2026-08-22 file"),
        fix: "Nothing to do; check the prefix with `dxplan ranges query`.")

    public static let capacityShort = Rule(
        "capacity-short", .warning,
        "The Direct Connect capacity that stays up (port and hosted speeds, live LAG members) is below the bandwidth of every agent on a call at once (`connect.agents` × `connect.call_kbps`).",
        source: Citation("dxplan-assumptions", "#14, the per-call bandwidth"),
        Citation("dx-hosted-connections", "AWS polices a hosted connection at its speed"),
        Citation("dx-lags", "a LAG's capacity is its live members"),
        fix:
            "Add capacity that survives the failure (a faster port or hosted speed, a LAG member, a connection at another location), or set `connect.call_kbps` to the per-call bandwidth you measured."
    )

    static let simulationRules: [Rule] = [
        connectRangeNotAccepted, internetMoreSpecific, internetPreferredLocalPreference, internetPreferredASPath,
        directConnectInternetTie, noDirectConnectRoute, noRoute, sourceFiltered, returnScopeTooNarrow,
        returnNotAdvertised, asymmetricPath,
        maxPrefixesTooLow, sharedRangesOverInternet, connectFamilyMissing, failureBreaksConnect, resiliencyLevel,
        prefixInSeveralRegions, capacityShort,
    ]
}
