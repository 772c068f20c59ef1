/// Rules about connections, ports, optics, LAGs and MACsec (`dx-welcome`, `dx-lags`, `dx-macsec`).
extension Rule {
    static let dedicatedPage = Citation("dx-dedicated-connections")
    static let hostedPage = Citation("dx-hosted-connections")
    static let welcomePage = Citation("dx-welcome")
    static let lagPage = Citation("dx-lags")
    static let macsecPage = Citation("dx-macsec")
    static let locationsPage = Citation("dx-locations")
    static let quotasPage = Citation("dx-quotas")

    public static let unknownLocation = Rule(
        "unknown-location", .error, "The Direct Connect location is not in the location catalog.",
        source: locationsPage,
        fix: "Write the location's API code (e.g. EqDC2) or its name as AWS lists it.")
    public static let unknownRegion = Rule(
        "unknown-region", .error, "The Region code is not an AWS Region dxplan knows.",
        source: locationsPage,
        fix: "Use a Region code such as us-east-1.")
    public static let locationRegionMismatch = Rule(
        "location-region-mismatch", .error, "The connection's `region` is not the location's associated (home) Region.",
        source: locationsPage,
        fix: "Give the location's home Region, or remove `region`.")
    public static let locationAmbiguous = Rule(
        "location-needs-region", .error,
        "The location has devices for two Regions; the home Region decides the 7224:8100 routes.",
        source: locationsPage,
        fix: "Add `region:` with the Region of the device you order the port on.")
    public static let locationNamesSeveralSites = Rule(
        "location-ambiguous", .error,
        "The location names several Direct Connect sites: a provider alone, or a short name that two sites share.",
        source: locationsPage,
        fix: "Write the site's API location code or its full name as AWS lists it (`dxplan locations` lists both).")
    public static let locationUnspecified = Rule(
        "location-unspecified", .note,
        "Only `region` is given; the exact location does not change the simulation but is needed to order the port.",
        source: locationsPage,
        fix: "Add `location:` with the Direct Connect location code or name.")
    public static let speedInvalid = Rule(
        "speed-invalid", .error, "The port speed is not offered for this connection type.",
        source: dedicatedPage, hostedPage,
        fix: "Dedicated: 1Gbps, 10Gbps, 100Gbps or 400Gbps. Hosted: 50Mbps–500Mbps, 1, 2, 5, 10 or 25Gbps.")
    public static let hosted25G = Rule(
        "hosted-25g-location", .warning, "25 Gbps hosted connections exist only where 100 Gbps ports are available.",
        source: hostedPage,
        fix: "Confirm with the partner that the location has 100 Gbps ports, or pick 10Gbps.")
    public static let speedNotAtLocation = Rule(
        "speed-not-at-location", .error,
        "AWS lists the port speeds of this location's device and this speed is not among them.",
        source: locationsPage,
        fix: "Pick a listed speed or another location.")
    public static let transceiverMismatch = Rule(
        "transceiver-mismatch", .error,
        "The transceiver does not match the port speed (single-mode fiber optics only).",
        source: welcomePage,
        fix: "1Gbps: 1000BASE-LX; 10Gbps: 10GBASE-LR; 100Gbps: 100GBASE-LR4; 400Gbps: 400GBASE-LR4.")
    public static let transceiverHosted = Rule(
        "transceiver-on-hosted", .note,
        "A hosted connection's optics are the partner's; the transceiver is not checked.",
        source: hostedPage,
        fix: "Ask the partner which optic their handoff needs.")
    public static let autonegotiationHighSpeed = Rule(
        "autonegotiation-above-1g", .warning,
        "Auto-negotiation is on for a port above 1 Gbps; AWS documented it as disabled above 1 Gbps (2022–2023), and now says it depends on the endpoint.",
        source: Citation("dx-welcome", "auto-negotiation"),
        Citation("dx-user-guide-history", "Welcome.md, 2018–2023"),
        fix:
            "Disable auto-negotiation and set speed and full duplex manually unless AWS tells you otherwise for your endpoint."
    )
    public static let autonegotiationAdvice = Rule(
        "autonegotiation-check", .note,
        "Whether auto-negotiation must be on or off depends on the AWS endpoint serving the connection.",
        source: Citation("dx-welcome", "auto-negotiation"),
        fix: "Ask AWS for the endpoint's setting when the LOA-CFA arrives; set `autonegotiation` accordingly.")
    public static let macsecHosted = Rule(
        "macsec-on-hosted", .error, "MACsec is available on dedicated connections only.",
        source: macsecPage,
        fix: "Use a dedicated 10, 100 or 400 Gbps connection, or turn `macsec` off.")
    public static let macsecSpeed = Rule(
        "macsec-speed", .error, "MACsec runs only on 10, 100 and 400 Gbps dedicated connections.",
        source: macsecPage,
        fix: "Pick 10Gbps, 100Gbps or 400Gbps, or turn `macsec` off.")
    public static let macsecNotAtLocation = Rule(
        "macsec-not-at-location", .error, "AWS lists this location's MACsec speeds and this speed is not among them.",
        source: locationsPage,
        fix: "Pick a location marked (M) for this speed, or turn `macsec` off.")
    public static let macsecCipher = Rule(
        "macsec-cipher", .note,
        "MACsec at 100/400 Gbps requires GCM-AES-XPN-256; 10 Gbps supports GCM-AES-256 and XPN-256. Static CAK only, 64-hex-character CAK, SCI required.",
        source: macsecPage,
        fix: "Configure a static CAK key chain with the XPN cipher suite on the router.")
    public static let lagHosted = Rule(
        "lag-hosted-member", .error, "LAG members must be dedicated connections.",
        source: lagPage,
        fix: "Remove `lag` from hosted connections.")
    public static let lagSpeedMismatch = Rule(
        "lag-speed-mismatch", .error, "All connections in a LAG must have the same speed.",
        source: lagPage,
        fix: "Give every member the same `speed`.")
    public static let lagTooManyMembers = Rule(
        "lag-too-many-members", .error, "A LAG holds at most 4 connections below 100 Gbps and 2 at 100 or 400 Gbps.",
        source: lagPage, quotasPage,
        fix: "Split the members into another LAG, or use a faster port speed.")
    public static let lagLocationMismatch = Rule(
        "lag-location-mismatch", .error,
        "All connections in a LAG terminate on the same AWS device, so at one location and Region.",
        source: lagPage,
        fix: "Put every member at the same location, or use separate LAGs.")
    public static let lagRouterMismatch = Rule(
        "lag-router-mismatch", .error, "LAG members end on different routers; AWS does not support MLAG.",
        source: lagPage,
        fix: "Terminate all members on one router.")
    public static let lagMacsecMismatch = Rule(
        "lag-macsec-mismatch", .error,
        "MACsec must be the same on every LAG member (one key is active across all links).",
        source: lagPage, macsecPage,
        fix: "Set `macsec` the same on every member.")
    public static let lagVirtualInterfaces = Rule(
        "lag-vifs-on-member", .warning,
        "Virtual interfaces of a LAG live on the LAG; dxplan treats those listed under any member as the LAG's.",
        source: lagPage,
        fix: "List each of the LAG's virtual interfaces once, under one member.")
    public static let hostedVIFCount = Rule(
        "hosted-vif-count", .error, "A hosted connection supports exactly one virtual interface.",
        source: quotasPage, Citation("dx-api-create-bgp-peer"),
        fix:
            "For IPv4 and IPv6, give the one VIF both families with `bgp_peers` (two peers on one VLAN); order another hosted connection only for another VIF."
    )
    public static let vifCountLimit = Rule(
        "vif-count-limit", .error,
        "Too many virtual interfaces on a dedicated connection or LAG (50 public/private, 4 transit, 51 in all).",
        source: quotasPage,
        fix: "Spread the virtual interfaces over more connections.")
    public static let hostedPath = Rule(
        "hosted-cross-connect", .warning,
        "A hosted connection is provided by a partner, not by a cross-connect you order.",
        source: hostedPage,
        fix: "Set `via: carrier` or `via: datacenter` and name the partner in `provider`.")
    public static let connectionWithoutVIF = Rule(
        "connection-without-vif", .warning, "A connection has no virtual interface; it carries no traffic.",
        source: vifPage,
        fix: "Add a public virtual interface for Amazon Connect.")

    static let connectionRules: [Rule] = [
        unknownLocation, unknownRegion, locationRegionMismatch, locationAmbiguous, locationNamesSeveralSites,
        locationUnspecified, speedInvalid,
        hosted25G, speedNotAtLocation, transceiverMismatch, transceiverHosted, autonegotiationHighSpeed,
        autonegotiationAdvice, macsecHosted, macsecSpeed, macsecNotAtLocation, macsecCipher, lagHosted,
        lagSpeedMismatch, lagTooManyMembers, lagLocationMismatch, lagRouterMismatch, lagMacsecMismatch,
        lagVirtualInterfaces, hostedVIFCount, vifCountLimit, hostedPath, connectionWithoutVIF,
    ]
}
