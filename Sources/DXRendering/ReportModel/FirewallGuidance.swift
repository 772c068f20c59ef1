import DXAWS
import DXInput
import DXModel

/// Firewall guidance for the instance's Region: the CCP domain allow-list (Option 1), the TURN
/// hosts, and the notes of the CCP networking page — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct FirewallGuidance: Sendable, Equatable {
    /// One allow-list row.
    public struct Row: Sendable, Equatable {
        public var domain: String
        /// `443/TCP`, `3478/UDP`.
        public var port: String
        public var direction: String
        public var note: String
    }

    public var region: String
    public var stateful: Bool
    /// `domains` or `ip-ranges`, as the topology chose.
    public var allowList: String
    public var rules: [Row]
    public var turnHosts: [String]
    public var notes: [String]

    /// Recommended number of test calls before go-live, and the error rate that points at a proxy.
    public static let testCalls = 200
    public static let errorThresholdPercent = 2

    public static func build(_ topology: Topology) -> FirewallGuidance {
        let connect = topology.connect
        let region = connect.region.value
        var values: [ConnectDomainPattern.Placeholder: String] = [
            .region: region, .instance: connect.instance?.value ?? "*",
        ]
        if let bucket = connect.attachmentsBucket?.value { values[.bucket] = bucket }
        var rules: [Row] = []
        for pattern in ConnectEndpoints.domainPatterns {
            if pattern.transport == .udp && !connect.carriesMedia { continue }
            var note = pattern.note
            let domain: String
            switch pattern.condition {
            case .attachmentsBucket:
                guard let rendered = pattern.rendered(values) else { continue }
                domain = rendered
            case .globalResiliency:
                domain = pattern.rendered(values) ?? pattern.pattern
                note = "only with Global Resiliency; " + note
            case .legacy, .always:
                domain = pattern.rendered(values) ?? pattern.pattern
            }
            rules.append(
                Row(
                    domain: domain, port: "\(pattern.port)/\(pattern.transport.rawValue.uppercased())",
                    direction: pattern.direction.rawValue, note: note))
        }
        var notes: [String] = []
        if !topology.firewall.stateful {
            let windows = ConnectEndpoints.windowsEphemeralPorts
            let linux = ConnectEndpoints.linuxEphemeralPorts
            notes.append(
                "Stateless firewall: allow inbound UDP from the AMAZON_CONNECT ranges (GLOBAL and \(region)) to the agents' ephemeral ports, \(windows.lowerBound)–\(windows.upperBound) for Windows and \(linux.lowerBound)–\(linux.upperBound) for Linux."
            )
        } else {
            notes.append(
                "Stateful firewall: return media is matched to the outbound 3478/UDP flow; no inbound rule is needed.")
        }
        let shift = connect.shiftHours.map { "\($0.value) hours (the topology's shift_hours)" } ?? "a full agent shift"
        notes.append(
            "SSL inspection or a proxy: raise the SSL-certificate cache timeout to \(shift); some proxies break the web sockets of rtc*, *.transport and awsapps.com — test first."
        )
        notes.append(
            "Before go-live place more than \(testCalls) test calls; an error rate above \(errorThresholdPercent) % suggests a proxy problem: then use the ip-ranges allow-list (Option 2)."
        )
        notes.append(
            "New AMAZON_CONNECT ranges appear in ip-ranges.json at least 30 days before use: with the ip-ranges allow-list, watch dxplan ranges diff."
        )
        if topology.firewall.allowList == .ipRanges {
            notes.append(
                "This topology uses the ip-ranges allow-list (Option 2, not recommended by AWS): AMAZON_CONNECT GLOBAL and \(region) on 3478/UDP, EC2 \(region) and CLOUDFRONT on 443/TCP (dxplan allowlist --option ip-ranges)."
            )
        }
        return FirewallGuidance(
            region: region, stateful: topology.firewall.stateful, allowList: topology.firewall.allowList.rawValue,
            rules: rules,
            turnHosts: connect.carriesMedia ? ConnectEndpoints.turnEndpoints(in: region).map(\.hostName) : [],
            notes: notes)
    }
}
