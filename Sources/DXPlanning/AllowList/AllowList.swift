import DXInput
import DXModel

/// A vendor-neutral Amazon Connect firewall allow-list for one instance and Region: outbound
/// rules (Option 1 domains or Option 2 ip-ranges), inbound rules for stateless firewalls,
/// additions since an older ip-ranges.json, and advice — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
///
/// Built by ``AllowListPlanner``; spelled by one renderer per format (`AllowListText`,
/// `AllowListCSV`, `AllowListJSON`, `AllowListNftables`).
public struct AllowList: Sendable {
    /// Where the option came from.
    public enum OptionOrigin: String, Sendable {
        /// `firewall.allow_list` (or its default, domains).
        case topology
        /// `--option`.
        case commandLine = "command-line"
    }

    /// Shown instead of the instance alias when `connect.instance` is not set.
    public static let instancePlaceholder = "<instance-alias>"

    public var topologyName: String
    public var region: String
    /// nil when `connect.instance` is not set (domains then carry ``instancePlaceholder``).
    public var instanceAlias: String?
    public var option: FirewallSettings.AllowListStyle
    public var optionOrigin: OptionOrigin
    /// `firewall.stateful`; false makes the inbound rules required.
    public var stateful: Bool
    /// false for desk phones (`softphone: false`) and media-less CCP: no media rules.
    public var carriesMedia: Bool
    public var ipRangesSyncToken: String
    public var ipRangesCreateDate: String
    /// A path, or "embedded snapshot".
    public var ipRangesSource: String
    /// Agent browsers → AWS.
    public var outbound: [AllowListRule]
    /// AWS → agent browsers' ephemeral UDP ports: required when the firewall is stateless,
    /// advisory otherwise.
    public var inbound: [AllowListRule]
    public var additions: AllowListAdditions?
    public var advice: [AllowListAdvice]

    public init(
        topologyName: String, region: String, instanceAlias: String?, option: FirewallSettings.AllowListStyle,
        optionOrigin: OptionOrigin, stateful: Bool, carriesMedia: Bool, ipRangesSyncToken: String,
        ipRangesCreateDate: String,
        ipRangesSource: String, outbound: [AllowListRule], inbound: [AllowListRule], additions: AllowListAdditions?,
        advice: [AllowListAdvice]
    ) {
        self.topologyName = topologyName
        self.region = region
        self.instanceAlias = instanceAlias
        self.option = option
        self.optionOrigin = optionOrigin
        self.stateful = stateful
        self.carriesMedia = carriesMedia
        self.ipRangesSyncToken = ipRangesSyncToken
        self.ipRangesCreateDate = ipRangesCreateDate
        self.ipRangesSource = ipRangesSource
        self.outbound = outbound
        self.inbound = inbound
        self.additions = additions
        self.advice = advice
    }

    /// Whether the inbound rules must be configured (the firewall is stateless).
    public var inboundRequired: Bool { !stateful }

    /// The provenance line every output carries.
    public var provenance: String {
        "ip-ranges.json syncToken \(ipRangesSyncToken), createDate \(ipRangesCreateDate)"
    }

    /// Every distinct prefix set of the outbound and inbound rules, in first-use order.
    public var prefixSets: [AllowListPrefixSet] {
        var seen: Set<String> = []
        return (outbound + inbound).compactMap(\.prefixSet).filter { seen.insert($0.name).inserted }
    }

    /// Every distinct citation of rules and advice, sorted.
    public var citations: [AllowListCitation] {
        Array(Set((outbound + inbound).map(\.citation) + advice.map(\.citation))).sorted()
    }

    /// `Option 1: domains (recommended)` or `Option 2: ip-ranges (not recommended)`.
    public var optionTitle: String {
        switch option {
        case .domains: "Option 1: domains (recommended)"
        case .ipRanges: "Option 2: ip-ranges (not recommended by AWS)"
        }
    }
}
