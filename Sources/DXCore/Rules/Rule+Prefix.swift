/// Rules about the customer's prefixes and the communities on them (`dx-routing-policies`).
extension Rule {
    public static let prefixNotOwned = Rule(
        "advertise-not-owned", .error,
        "An advertised prefix is not inside `customer.prefixes`; AWS accepts only prefixes you own.",
        source: routingPage,
        fix: "Add the covering prefix to `customer.prefixes` (it must be registered to you), or remove it.")
    public static let prefixFamilyMismatch = Rule(
        "advertise-family-mismatch", .error,
        "An advertised prefix has no BGP session of its address family on the VIF (each prefix goes on its family's session).",
        source: vifPage, Citation("dx-api-create-bgp-peer"),
        fix:
            "Add a `bgp_peers` item of the prefix's family to the VIF (a dual-stack VIF), or advertise the prefix on a VIF of its family."
    )
    public static let prefixLength = Rule(
        "prefix-length", .error, "Public VIF prefixes must be IPv4 /1–/32 or IPv6 /1–/64.",
        source: vifPage,
        fix: "Use a prefix length from /1 to /32 (IPv4) or /1 to /64 (IPv6).")
    public static let prefixBogon = Rule(
        "prefix-not-public", .error,
        "A private, shared, loopback, link-local, multicast or reserved prefix cannot be advertised on a public VIF.",
        source: Citation("rfc1918"), Citation("rfc6598"), Citation("rfc6890"), Citation("rfc4193"), Citation("rfc4291"),
        routingPage,
        fix: "Advertise the public prefix your agents are NATed to.")
    public static let prefixDuplicate = Rule(
        "prefix-duplicate", .warning, "The same prefix is listed twice.",
        source: Citation("dxplan-topology-format", "customer.prefixes"),
        fix: "Remove the duplicate.")
    public static let reservedCommunity = Rule(
        "community-reserved", .warning,
        "A 7224:* community other than 7224:9100/9200/9300 is reserved by AWS and stripped.",
        source: routingPage,
        fix: "Use `scope` for 7224:9100/9200/9300 and remove the other 7224:* communities.")
    public static let communityStripped = Rule(
        "community-stripped", .note, "AWS removes communities it does not support from public VIF routes.",
        source: routingPage,
        fix: "Remove the community; it has no effect inside AWS.")
    public static let scopeConflict = Rule(
        "scope-community-conflict", .error,
        "More than one scope community, or a scope community that contradicts `scope`.",
        source: routingPage,
        fix: "Set the scope only with `scope:` and remove 7224:9100/9200/9300 from `communities`.")
    public static let prependPrivateASN = Rule(
        "prepend-private-asn", .warning,
        "AS_PATH prepending with a private ASN has no effect: AWS replaces the private ASN with 7224.",
        source: routingPage,
        fix: "Use a public ASN, or steer with scope communities instead of prepending.")
    public static let overlappingAcrossRegions = Rule(
        "overlap-same-prefix", .note,
        "The same prefix is advertised on VIFs whose locations have different home Regions; AWS prefers the home Region for its outbound traffic.",
        source: routingPage,
        fix: "Intended for active/active across Regions; use scope communities to control where each is used.")

    static let prefixRules: [Rule] = [
        prefixNotOwned, prefixFamilyMismatch, prefixLength, prefixBogon, prefixDuplicate, reservedCommunity,
        communityStripped, scopeConflict, prependPrivateASN, overlappingAcrossRegions,
    ]
}
