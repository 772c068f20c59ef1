/// Rules about names and references across the topology.
extension Rule {
    static let routingPage = "AWS DX User Guide, Routing policies and BGP communities (https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html)"
    static let vifPage = "AWS DX User Guide, Virtual interfaces (https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html)"

    public static let duplicateName = Rule(
        "duplicate-name", .error, "Routers, connections, virtual interfaces, LAGs and uplinks need unique names.",
        source: "TOPOLOGY.md (names are unique)",
        fix: "Rename one of the two objects; names identify objects in --fail, configs and reports.")
    public static let unknownRouter = Rule(
        "unknown-router", .error, "A connection or uplink names a router that is not under `routers`.",
        source: "TOPOLOGY.md (references resolve)",
        fix: "Add the router under `routers` or correct the name.")
    public static let routerUnused = Rule(
        "router-unused", .warning, "A router terminates no Direct Connect connection and no uplink.",
        source: "TOPOLOGY.md",
        fix: "Remove the router or attach a connection or uplink to it.")
    public static let customerASNReserved = Rule(
        "customer-asn-reserved", .error, "The customer ASN is Amazon's (7224 on public VIFs, 16509 on the Internet).",
        source: routingPage,
        fix: "Use your own public ASN, or a private ASN (64512–65534, 4200000000–4294967294).")
    public static let customerASNPrivate = Rule(
        "private-asn-public-vif", .info, "A private customer ASN on a public VIF is replaced by 7224 toward others; AS_PATH prepending has no effect outside AWS.",
        source: routingPage,
        fix: "Use a public ASN you own if you need prepending to steer return traffic.")
    public static let customerASNLong = Rule(
        "asn-above-2147483647", .warning, "A public 4-byte ASN above 2147483647: one AWS page limits public-VIF ASNs to 1–2147483647.",
        source: "AWS DX User Guide, Virtual interfaces prerequisites vs. BGP-specific settings (FACTS.md §6 #14)",
        fix: "Confirm with AWS that the account has long-ASN support for this ASN before ordering.")
    public static let internetASNConflict = Rule(
        "internet-asn-conflict", .error, "An ISP uplink uses the customer's own ASN or Amazon's 7224.",
        source: "RFC 4271 (eBGP peers are in different ASes)",
        fix: "Give the ISP's ASN.")
    public static let internetTableMissing = Rule(
        "internet-table-missing", .error, "An uplink's `table` file cannot be read.",
        source: "TOPOLOGY.md (`table` is relative to the topology file)",
        fix: "Correct the path (relative to the topology file) or remove `table`.")
    public static let documentationPrefix = Rule(
        "documentation-prefix", .warning, "A prefix or ASN from the documentation ranges (RFC 5737, RFC 3849, RFC 5398); AWS will not verify it.",
        source: "RFC 5737, RFC 3849, RFC 5398",
        fix: "Replace it with the public prefix or ASN your organization owns (registered with an RIR).")

    static let topologyRules: [Rule] = [
        duplicateName, unknownRouter, routerUnused, customerASNReserved, customerASNPrivate, customerASNLong,
        internetASNConflict, internetTableMissing, documentationPrefix,
    ]
}
