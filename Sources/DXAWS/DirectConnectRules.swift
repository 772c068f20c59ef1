import DXInput
import DXModel

/// Published Direct Connect numbers the planner checks a topology against: port speeds,
/// optics, LAG and MACsec rules, VIF quotas and BGP peering parameters.
///
/// Values are the current AWS documentation; the history is in `dx-user-guide-history` (Docs/Sources.md).
public enum DirectConnectRules {
    // MARK: Port speeds

    /// Dedicated connection speeds: 1, 10, 100, 400 Gbps (400G since July 2024, `dx-400g-announcement`) —
    /// `dx-dedicated-connections` https://docs.aws.amazon.com/directconnect/latest/UserGuide/dedicated_connection.html
    public static let dedicatedSpeeds: [PortSpeed] = [.gbps(1), .gbps(10), .gbps(100), .gbps(400)]

    /// Hosted connection speeds: 50–500 Mbps and 1, 2, 5, 10, 25 Gbps — `dx-hosted-connections`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html
    /// Only qualifying partners create 1–25 Gbps; 25 Gbps only where 100 Gbps ports exist
    /// (``hostedSpeedsNeedingHundredGigabitPorts``).
    public static let hostedSpeeds: [PortSpeed] = [
        .mbps(50), .mbps(100), .mbps(200), .mbps(300), .mbps(400), .mbps(500),
        .gbps(1), .gbps(2), .gbps(5), .gbps(10), .gbps(25),
    ]

    /// Hosted speeds offered "only where 100 Gbps ports are available": 25 Gbps — `dx-hosted-connections`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html
    public static let hostedSpeedsNeedingHundredGigabitPorts: [PortSpeed] = [.gbps(25)]

    // MARK: Physical layer

    /// The single-mode optic for a dedicated speed: 1000BASE-LX, 10GBASE-LR, 100GBASE-LR4,
    /// 400GBASE-LR4; nil for other speeds — `dx-welcome`, `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/Welcome.html
    public static func transceiver(for speed: PortSpeed) -> String? {
        transceivers.first { $0.speed == speed }?.name
    }

    /// The dedicated speed of an optic name (case-insensitive), or nil — `dx-welcome`, `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/Welcome.html
    public static func speed(forTransceiver name: String) -> PortSpeed? {
        transceivers.first { $0.name.lowercased() == name.lowercased() }?.speed
    }

    /// Speed → optic pairs in speed order — `dx-welcome`, `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/Welcome.html
    public static let transceivers: [Transceiver] = [
        Transceiver(speed: .gbps(1), name: "1000BASE-LX"),
        Transceiver(speed: .gbps(10), name: "10GBASE-LR"),
        Transceiver(speed: .gbps(100), name: "100GBASE-LR4"),
        Transceiver(speed: .gbps(400), name: "400GBASE-LR4"),
    ]

    /// A dedicated port speed and the optic AWS specifies for it.
    public struct Transceiver: Hashable, Sendable {
        public let speed: PortSpeed
        /// The optic name as AWS writes it, e.g. `10GBASE-LR`.
        public let name: String
    }

    // MARK: LAG

    /// Maximum dedicated connections in one LAG: 4 below 100 Gbps, 2 at 100 and 400 Gbps;
    /// nil for a speed that is not a dedicated speed — `dx-lags`, `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html
    public static func maximumLAGMembers(for speed: PortSpeed) -> Int? {
        guard dedicatedSpeeds.contains(speed) else { return nil }
        return speed < .gbps(100) ? 4 : 2
    }

    /// Virtual interfaces per LAG: 51 (50 until 2023-04, `dx-user-guide-history`) — `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html
    public static let maximumVirtualInterfacesPerLAG = 51

    // MARK: MACsec

    /// MACsec speeds: 10, 100, 400 Gbps, dedicated connections (and LAGs) only, "at selected
    /// points of presence"; not hosted connections — `dx-macsec`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/MACsec.html
    public static let macsecSpeeds: [PortSpeed] = [.gbps(10), .gbps(100), .gbps(400)]

    /// MACsec cipher suites by speed: 10 Gbps GCM-AES-256 and GCM-AES-XPN-256; 100/400 Gbps
    /// GCM-AES-XPN-256 only; empty for other speeds — `dx-macsec`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/MACsec.html
    public static func macsecCipherSuites(for speed: PortSpeed) -> [String] {
        switch speed {
        case .gbps(10): ["GCM-AES-256", "GCM-AES-XPN-256"]
        case .gbps(100), .gbps(400): ["GCM-AES-XPN-256"]
        default: []
        }
    }

    // MARK: Virtual interfaces

    /// Prefixes a customer may advertise on a public VIF: 1,000, a hard limit ("cannot be
    /// increased"; not managed by prefix controls) — `dx-virtual-interfaces`, `dx-quotas`, `dx-prefix-controls`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html
    public static let publicVIFMaximumPrefixes = 1000

    /// Private or public VIFs per dedicated connection: 50 — `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html
    public static let maximumPublicOrPrivateVIFsPerDedicatedConnection = 50

    /// Transit VIFs per dedicated connection: 4 (1 until 2022) — `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html
    public static let maximumTransitVIFsPerDedicatedConnection = 4

    /// All VIFs per dedicated connection (private/public + transit): 51, "cannot be
    /// increased" — `dx-quotas` https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html
    public static let maximumVIFsPerDedicatedConnection = 51

    /// VIFs per hosted connection: 1 — `dx-quotas`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html
    public static let maximumVIFsPerHostedConnection = 1

    /// VLAN IDs: 1–4094 (802.1Q), unique per connection — `dx-virtual-interfaces`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html
    public static let vlanRange: ClosedRange<Int> = 1...4094

    // MARK: BGP peering

    /// The AWS-side ASN of a public VIF BGP session: 7224 — `dx-routing-policies`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html
    public static let publicVIFAmazonASN = ASN(7224)!

    /// BFD liveness detection minimum interval, milliseconds: 300 (a documented minimum; the
    /// default is not published) — `dx-welcome`, `dx-bgp-settings`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/bgp-specific-settings.html
    public static let bfdMinimumIntervalMilliseconds = 300

    /// BFD minimum multiplier: 3 — `dx-welcome`, `dx-bgp-settings`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/bgp-specific-settings.html
    public static let bfdMinimumMultiplier = 3

    /// BGP MD5 key length (API `authKey`): 6–80 characters, for literal keys and keys read from
    /// the environment alike; ``SafeBGPKey`` applies it — AWS Direct Connect API Reference,
    /// "NewBGPPeer" and "NewPublicVirtualInterface": "a minimum length of 6 characters and a maximum
    /// length of 80 characters"
    /// (https://docs.aws.amazon.com/directconnect/latest/APIReference/API_NewBGPPeer.html).
    public static let bgpAuthKeyLength: ClosedRange<Int> = 6...80

    /// IPv6 peering: AWS allocates a /125; customers cannot choose the addresses — `dx-virtual-interfaces`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html
    public static let ipv6PeeringPrefixLength = 125

    /// IPv4 peering prefix lengths accepted by the planner: /30 and /31 (RFC 3021 /31 on all
    /// VIF types; AWS-provided public peer IPs are a /31) — `dx-virtual-interfaces`, `dx-classic-connection`
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html
    public static let ipv4PeeringPrefixLengths: [Int] = [30, 31]
}
