/// Rules about virtual interfaces: VLAN, peer addresses, BGP session settings (`dx-virtual-interfaces`).
extension Rule {
    static let bgpSettingsPage = Citation("dx-bgp-settings")

    public static let vlanOutOfRange = Rule(
        "vlan-out-of-range", .error, "An 802.1Q VLAN id must be 1–4094.",
        source: vifPage,
        fix: "Pick a VLAN from 1 to 4094 (for hosted connections the partner assigns it).")
    public static let vlanDuplicate = Rule(
        "vlan-duplicate", .error, "Two virtual interfaces on one connection (or LAG) use the same VLAN.",
        source: vifPage,
        fix: "Give each virtual interface on the connection its own VLAN.")
    public static let peerAddressMissing = Rule(
        "peer-address-missing", .error,
        "An IPv4 public virtual interface needs customer and Amazon peer addresses you own.",
        source: vifPage,
        fix:
            "Give `customer_address` and `amazon_address` from a public /30 or /31 you own (or ask AWS Support for a /31)."
    )
    public static let peerAddressFamily = Rule(
        "peer-address-family", .error, "A peer address is not of the virtual interface's address family.",
        source: vifPage,
        fix:
            "Give each peer addresses of its own `address_family`; for a second family add a `bgp_peers` item (one peer per family)."
    )
    public static let bgpPeerFamilyDuplicate = Rule(
        "bgp-peer-family-duplicate", .error,
        "A virtual interface has two BGP peers of one address family; AWS allows one IPv4 and one IPv6 peer per VIF.",
        source: vifPage, Citation("dx-api-create-bgp-peer"),
        fix: "Keep one `bgp_peers` item per address family.")
    public static let peerAddressMask = Rule(
        "peer-address-mask", .error, "Peer addresses must be in a /30 or /31 (IPv4) or the /125 AWS allocates (IPv6).",
        source: vifPage,
        fix: "Use /30 or /31 for IPv4 and /125 for IPv6, the same on both sides.")
    public static let peerAddressSubnet = Rule(
        "peer-address-subnet", .error, "Customer and Amazon peer addresses must be in the same subnet.",
        source: vifPage,
        fix: "Pick both addresses from one /30, /31 or /125.")
    public static let peerAddressEqual = Rule(
        "peer-address-equal", .error, "Customer and Amazon peer addresses are the same.",
        source: vifPage,
        fix: "Use two different host addresses of the subnet.")
    public static let peerAddressNotHost = Rule(
        "peer-address-not-host", .error, "A /30 peer address is the subnet's network or broadcast address.",
        source: Citation("rfc3021"), Citation("rfc1812", "§4.2.3.1"),
        fix: "In a /30 use the two middle addresses (e.g. .1 and .2), or use a /31.")
    public static let peerAddressOverlap = Rule(
        "peer-address-overlap", .error, "Two virtual interfaces use overlapping peer subnets.",
        source: vifPage,
        fix: "Give every virtual interface its own peer subnet.")
    public static let peerAddressNotPublic = Rule(
        "peer-address-not-public", .error, "A public virtual interface needs public IPv4 peer addresses you own.",
        source: vifPage, Citation("dx-classic-connection"),
        fix: "Use a /30 or /31 from your public space, or ask AWS Support for an Amazon-provided /31.")
    public static let ipv6PeerAllocated = Rule(
        "ipv6-peer-allocated-by-aws", .note,
        "AWS allocates the IPv6 /125 of a virtual interface; you cannot choose it.",
        source: vifPage,
        fix: "Copy the addresses AWS assigns into the topology after the VIF is created.")
    public static let authKeyMissing = Rule(
        "bgp-auth-key-missing", .warning,
        "No BGP MD5 key: AWS always enables MD5 and generates a key if you give none.",
        source: welcomePage, vifPage,
        fix: "Add `bgp_auth_key: env:NAME` and export the key when rendering configs.")
    public static let authKeyLiteral = Rule(
        "bgp-auth-key-literal", .warning,
        "The BGP MD5 key is written in the topology file; it ends up in version control.",
        source: Citation("dxplan-robustness", "secrets"),
        fix: "Use `bgp_auth_key: env:NAME` and keep the key in a secret store.")
    public static let authKeyLength = Rule(
        "bgp-auth-key-length", .error, "AWS accepts BGP MD5 keys of 6–80 characters.",
        source: Citation("dx-api-new-public-vif", "authKey"),
        fix: "Use a key of 6 to 80 characters.")
    public static let acceptNothing = Rule(
        "accept-empty", .warning,
        "The inbound policy accepts no AWS route (`accept: []`); nothing reaches AWS over this VIF.",
        source: routingPage,
        fix: "Accept at least `region`; remove `accept` to keep all three scopes.")
    public static let acceptServiceUnknown = Rule(
        "accept-service-unknown", .error, "An `accept_services` name is not an ip-ranges.json service code.",
        source: Citation("aws-ip-ranges"),
        fix: "Use service codes such as AMAZON_CONNECT, EC2, CLOUDFRONT.")
    public static let acceptServicesEmpty = Rule(
        "accept-services-empty", .error,
        "`accept_services: []` lists no service, so the VIF accepts no AWS route.",
        source: Citation("aws-ip-ranges"),
        fix: "Omit `accept_services` to accept every service, or list the services (e.g. AMAZON_CONNECT, EC2).")
    public static let acceptServicesWithoutConnect = Rule(
        "accept-services-miss-connect", .warning,
        "`accept_services` leaves out AMAZON_CONNECT or EC2, which carry Amazon Connect media and signaling.",
        source: Citation("connect-ccp-networking"),
        fix: "Add AMAZON_CONNECT and EC2 to `accept_services`.")
    public static let advertiseOnPrivate = Rule(
        "advertise-on-private-vif", .note,
        "Prefixes listed on a private or transit VIF are not simulated (only public VIFs carry public routes).",
        source: Citation("dxplan-topology-format", "advertise"),
        fix: "Move the prefixes to a public virtual interface if they are meant for Amazon Connect.")
    public static let publicVIFNoPrefixes = Rule(
        "public-vif-no-prefixes", .error, "A public virtual interface must advertise at least one prefix.",
        source: vifPage,
        fix: "Add the public prefix your agents' traffic is NATed to under `advertise`.")
    public static let tooManyPrefixes = Rule(
        "public-vif-prefix-limit", .error, "More than 1,000 prefixes on one public VIF BGP session (a hard limit).",
        source: quotasPage,
        fix: "Aggregate the prefixes or spread them over more virtual interfaces.")
    public static let bfdNotEnabled = Rule(
        "bfd-off", .note, "BFD is off: failover waits for the BGP hold timer (90 s by default).",
        source: bgpSettingsPage,
        fix: "Set `bfd: true` (AWS uses a 300 ms minimum interval and multiplier 3).")
    public static let privateVIFInConnect = Rule(
        "no-public-vif", .error,
        "No public virtual interface exists: Amazon Connect's public addresses are reached only over a public VIF.",
        source: Citation("dx-connect-whitepaper-vifs"),
        fix: "Add a public virtual interface with `type: public`.")

    static let virtualInterfaceRules: [Rule] = [
        vlanOutOfRange, vlanDuplicate, peerAddressMissing, peerAddressFamily, bgpPeerFamilyDuplicate, peerAddressMask,
        peerAddressSubnet,
        peerAddressEqual, peerAddressNotHost, peerAddressOverlap, peerAddressNotPublic, ipv6PeerAllocated,
        authKeyMissing, authKeyLiteral, authKeyLength, acceptNothing, acceptServiceUnknown,
        acceptServicesEmpty, acceptServicesWithoutConnect, advertiseOnPrivate, publicVIFNoPrefixes, tooManyPrefixes,
        bfdNotEnabled,
        privateVIFInConnect,
    ]
}
