/// Rules about names and references across the topology.
extension Rule {
    static let routingPage = Citation("dx-routing-policies")
    static let vifPage = Citation("dx-virtual-interfaces")

    public static let duplicateName = Rule(
        "duplicate-name", .error, "Routers, connections, virtual interfaces, LAGs and uplinks need unique names.",
        source: Citation("dxplan-topology-format", "names are unique"),
        fix: "Rename one of the two objects; names identify objects in --fail, configs and reports.")
    public static let unknownRouter = Rule(
        "unknown-router", .error, "A connection or uplink names a router that is not under `routers`.",
        source: Citation("dxplan-topology-format", "references resolve"),
        fix: "Add the router under `routers` or correct the name.")
    public static let routerUnused = Rule(
        "router-unused", .warning, "A router terminates no Direct Connect connection and no uplink.",
        source: Citation("dxplan-topology-format", "routers"),
        fix: "Remove the router or attach a connection or uplink to it.")
    public static let customerASNReserved = Rule(
        "customer-asn-reserved", .error, "The customer ASN is Amazon's (7224 on public VIFs, 16509 on the Internet).",
        source: routingPage,
        fix: "Use your own public ASN, or a private ASN (64512–65534, 4200000000–4294967294).")
    public static let customerASNPrivate = Rule(
        "private-asn-public-vif", .note,
        "A private customer ASN on a public VIF is replaced by 7224 toward others; AS_PATH prepending has no effect outside AWS.",
        source: routingPage,
        fix: "Use a public ASN you own if you need prepending to steer return traffic.")
    public static let customerASNLong = Rule(
        "asn-above-2147483647", .warning,
        "A public 4-byte ASN above 2147483647: one AWS page limits public-VIF ASNs to 1–2147483647.",
        source: Citation("dx-virtual-interfaces", "prerequisites: 32-bit ASN 1–2147483647"),
        Citation("dx-bgp-settings", "long ASN 1–4294967294"),
        fix: "Confirm with AWS that the account has long-ASN support for this ASN before ordering.")
    public static let internetASNConflict = Rule(
        "internet-asn-conflict", .error, "An ISP uplink uses the customer's own ASN or Amazon's 7224.",
        source: Citation("rfc4271", "eBGP peers are in different ASes"),
        fix: "Give the ISP's ASN.")
    public static let ispSessionAddress = Rule(
        "isp-session-address", .error,
        "An ISP session's `neighbor_address`/`local_address` cannot be used: one without the other, two families, the same address, a Direct Connect peering address, or an address inside AWS's ranges.",
        source: Citation("rfc4271", "§3, a BGP session runs between two addresses of one transport"),
        Citation("dx-routing-policies", "AWS's prefixes are advertised to you, not reached over an ISP session"),
        fix:
            "Give both `neighbor_address` (the ISP's peer) and `local_address` (your side) of the ISP link, of one family, outside the Direct Connect peering subnets and AWS's ranges; or omit both to leave the session out of the configuration."
    )
    public static let loopbackV6Address = Rule(
        "loopback-v6-address", .error,
        "A router's `loopback_v6` cannot carry the IPv6 iBGP mesh: not a global unicast address (link-local, multicast, unspecified, loopback, IPv4-mapped), the same as another router's, inside a Direct Connect peering subnet, or inside AWS's ranges.",
        source: Citation("rfc4291", "§2.4, address types"),
        Citation("rfc4271", "§3, a BGP session runs between two addresses of one transport"),
        Citation("dx-routing-policies", "AWS's prefixes are advertised to you, not used inside your network"),
        fix:
            "Give each router its own global unicast (or unique-local, fc00::/7) IPv6 address from your space, without a prefix length, outside the Direct Connect peering subnets and AWS's ranges; or omit `loopback_v6` to leave the router out of the IPv6 iBGP mesh."
    )
    public static let internetTableMissing = Rule(
        "internet-table-missing", .error, "An uplink's `table` file cannot be read.",
        source: Citation("dxplan-topology-format", "`table` is relative to the topology file"),
        fix: "Correct the path (relative to the topology file) or remove `table`.")
    public static let awsAlsoAdvertisesMissing = Rule(
        "aws-also-advertises-missing", .error, "The `assumptions.aws_also_advertises` file cannot be read.",
        source: Citation("dxplan-topology-format", "`aws_also_advertises` is relative to the topology file"),
        fix:
            "Correct the path (relative to the topology file) or remove `aws_also_advertises` to simulate on ip-ranges.json alone."
    )
    public static let documentationPrefix = Rule(
        "documentation-prefix", .warning,
        "A prefix or ASN from the documentation ranges (RFC 5737, RFC 3849, RFC 5398); AWS will not verify it.",
        source: Citation("rfc5737"), Citation("rfc3849"), Citation("rfc5398"),
        fix: "Replace it with the public prefix or ASN your organization owns (registered with an RIR).")

    static let topologyRules: [Rule] = [
        duplicateName, unknownRouter, routerUnused, customerASNReserved, customerASNPrivate, customerASNLong,
        internetASNConflict, ispSessionAddress, loopbackV6Address, internetTableMissing, awsAlsoAdvertisesMissing,
        documentationPrefix,
    ]
}
