import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning

/// Firewall guidance for the instance's Region: the allow-list `dxplan allowlist` writes for the
/// topology (the same ``AllowListPlanner`` plan, so the report and the command list the same
/// domains, prefix sets and advice) — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct FirewallGuidance: Sendable, Equatable {
    /// One allow-list rule as the report prints it.
    public struct Row: Sendable, Equatable {
        /// `outbound` or `inbound`.
        public var direction: String
        /// A domain (Option 1) or a prefix set name (Option 2 and inbound rules).
        public var remote: String
        /// For a prefix set: `AMAZON_CONNECT GLOBAL+us-east-1 IPv4, 2 prefixes`; nil for a domain.
        public var selection: String?
        /// `443` or `49152-65535`.
        public var ports: String
        /// `TCP` or `UDP`.
        public var protocolName: String
        /// The purpose, then the rule's notes.
        public var purpose: String
    }

    public var region: String
    public var stateful: Bool
    /// `Option 1: domains (recommended)` or `Option 2: ip-ranges (not recommended by AWS)`.
    public var optionTitle: String
    /// Outbound rules, then inbound rules, in the allow-list's order.
    public var rules: [Row]
    /// Whether the inbound rules must be configured (stateless firewall) or are for reference.
    public var inboundRequired: Bool
    /// The allow-list's advice, in its order.
    public var notes: [String]
    /// Why no allow-list could be planned (a value that cannot be written into a domain name).
    public var planningError: String?

    public static func build(_ topology: Topology, ranges: AWSIPRanges) -> FirewallGuidance {
        let region = topology.connect.region.value
        do {
            let list = try AllowListPlanner.plan(topology, ranges: ranges)
            return FirewallGuidance(
                region: region, stateful: list.stateful, optionTitle: list.optionTitle,
                rules: (list.outbound + list.inbound).map(row), inboundRequired: list.inboundRequired,
                notes: list.advice.map(\.text), planningError: nil)
        } catch {
            return FirewallGuidance(
                region: region, stateful: topology.firewall.stateful, optionTitle: "", rules: [],
                inboundRequired: !topology.firewall.stateful, notes: [], planningError: error.message)
        }
    }

    static func row(_ rule: AllowListRule) -> Row {
        let remote: String
        var selection: String?
        switch rule.remote {
        case .domain(let domain): remote = domain
        case .prefixes(let set):
            remote = set.name
            selection = "\(set.selection), \(set.prefixes.count) prefix\(set.prefixes.count == 1 ? "" : "es")"
        }
        return Row(
            direction: rule.direction.rawValue, remote: remote, selection: selection, ports: rule.portText,
            protocolName: rule.protocolText, purpose: ([rule.purpose] + rule.notes).joined(separator: "; "))
    }
}
