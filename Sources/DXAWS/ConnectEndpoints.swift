import DXInput

/// Network endpoints of Amazon Connect that a CCP allow-list and the simulator need:
/// TURN media relays per Region, the domain allow-list, and the stateless-firewall ports —
/// `connect-ccp-networking` https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
///
/// Per-Region explicit `rtc*.connect-telecom` host names are not published (the docs give only
/// the wildcard pattern). GLOBALACCELERATOR (`*.awsglobalaccelerator.com`, 2021-09 →
/// 2023-05, `connect-admin-guide-history`) is absent from the current tables and therefore not listed.
public enum ConnectEndpoints {
    /// Softphone media (TURN) port: 3478/UDP — `connect-ccp-networking`
    /// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
    public static let turnPort = 3478

    /// TURN load balancers per Amazon Connect Region (15 in the current docs; us-west-2's
    /// `TurnNlb-13c884fe3673ed9f` appears only there) — `connect-ccp-networking`, `connect-admin-guide-history`
    /// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
    public static let turnEndpoints: [TurnEndpoint] = [
        TurnEndpoint(region: "us-east-1", name: "TurnNlb-d76454ac48d20c1e"),
        TurnEndpoint(region: "us-east-1", name: "TurnNlb-31a7fe8a79c27929"),
        TurnEndpoint(region: "us-east-1", name: "TurnNlb-7a9b8e750cec315a"),
        TurnEndpoint(region: "us-west-2", name: "TurnNlb-8d79b4466d82ad0e"),
        TurnEndpoint(region: "us-west-2", name: "TurnNlb-dbc4ebb71307fda2"),
        TurnEndpoint(region: "us-west-2", name: "TurnNlb-13c884fe3673ed9f"),
        TurnEndpoint(region: "af-south-1", name: "TurnNlb-29b8f2824c2958b8"),
        TurnEndpoint(region: "ap-northeast-1", name: "TurnNlb-3c6ddabcbeb821d8"),
        TurnEndpoint(region: "ap-northeast-2", name: "TurnNlb-a2d59ac3f246f09a"),
        TurnEndpoint(region: "ap-southeast-1", name: "TurnNlb-261982506d86d300"),
        TurnEndpoint(region: "ap-southeast-2", name: "TurnNlb-93f2de0c97c4316b"),
        TurnEndpoint(region: "ca-central-1", name: "TurnNlb-b019de6142240b9f"),
        TurnEndpoint(region: "eu-central-1", name: "TurnNlb-ea5316ebe2759cbc"),
        TurnEndpoint(region: "eu-west-2", name: "TurnNlb-1dc64a459ead57ea"),
        TurnEndpoint(region: "us-gov-west-1", name: "TurnNlb-d7c623c23f628042"),
    ]

    /// The TURN endpoints of one Region, in documentation order (empty if none are known).
    public static func turnEndpoints(in region: String) -> [TurnEndpoint] {
        turnEndpoints.filter { $0.region == region }
    }

    /// The CCP allow-list, Option 1 (domains, recommended), in documentation order —
    /// `connect-ccp-networking` https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
    public static let domainPatterns: [ConnectDomainPattern] = [
        ConnectDomainPattern(
            "rtc*.connect-telecom.{region}.amazonaws.com", port: 443, transport: .tcp,
            note: "CCP v1 (wildcard rtc* since 2021-01-20)"),
        ConnectDomainPattern(
            "{instance}.my.connect.aws", port: 443, transport: .tcp,
            note: "CCP, API and sign-in (/ccp-v2, /api, /auth/authorize); docs list *.my.connect.aws"),
        ConnectDomainPattern("*.cloudfront.net", port: 443, transport: .tcp, note: "listed with *.my.connect.aws"),
        ConnectDomainPattern(
            "{instance}.awsapps.com", port: 443, transport: .tcp, condition: .legacy,
            note: "old domain that is going away; docs list *.awsapps.com"),
        ConnectDomainPattern(
            "*.telemetry.connect.{region}.amazonaws.com", port: 443, transport: .tcp, note: "telemetry"),
        ConnectDomainPattern(
            "participant.connect.{region}.amazonaws.com", port: 443, transport: .tcp, note: "participant service"),
        ConnectDomainPattern(
            "*.transport.connect.{region}.amazonaws.com", port: 443, transport: .tcp, note: "CCP v2"),
        ConnectDomainPattern(
            "{bucket}.s3.{region}.amazonaws.com", port: 443, transport: .tcp, condition: .attachmentsBucket,
            note: "attachments"),
        ConnectDomainPattern(
            "TurnNlb-*.elb.{region}.amazonaws.com", port: 3478, transport: .udp,
            note: "softphone media (TURN) to the Region's TurnNlb hosts"),
        ConnectDomainPattern(
            "{instance-id}.{source-region}.sign-in.connect.aws", port: 443, transport: .tcp,
            condition: .globalResiliency, note: "Global Resiliency sign-in (protocol TCP assumed)"),
        ConnectDomainPattern(
            "*.{source-region}.region-discovery.connect.aws", port: 443, transport: .tcp,
            condition: .globalResiliency, note: "Global Resiliency region discovery (protocol TCP assumed)"),
    ]

    /// Static content of the `my.connect.aws` domain, to allow with `<alias>.my.connect.aws`
    /// (443/TCP, outbound). Not in the CCP allowlist table; source: `connect-update-domain`, "Update your
    /// Amazon Connect domain", firewall allowlist
    /// https://docs.aws.amazon.com/connect/latest/adminguide/update-your-connect-domain.html
    public static let staticContentPattern = ConnectDomainPattern(
        "*.static.connect.aws", port: 443, transport: .tcp, note: "static content of the my.connect.aws domain")

    /// Inbound UDP ports a stateless firewall must open from AMAZON_CONNECT ranges to Windows
    /// agents: 49152–65535 — `connect-ccp-networking`
    /// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
    public static let windowsEphemeralPorts: ClosedRange<Int> = 49152...65535

    /// Inbound ports for Linux agents behind a stateless firewall: 32768–61000 (added
    /// 2023-02-18) — `connect-ccp-networking`, `connect-admin-guide-history`
    /// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
    public static let linuxEphemeralPorts: ClosedRange<Int> = 32768...61000
}
