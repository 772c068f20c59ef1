import DXCore

/// Where an allow-list rule or piece of advice comes from: a page of Docs/Sources.md and the
/// part of it, printed with every rule.
public struct AllowListCitation: Hashable, Comparable, Sendable {
    /// The part of the page, e.g. `Option 2: IP address ranges`; empty for the page as a whole.
    public var section: String
    /// The Docs/Sources.md id, e.g. `connect-ccp-networking`.
    public var reference: String

    public init(section: String, reference: String) {
        self.section = section
        self.reference = reference
    }

    /// The cited page and part.
    public var citation: Citation { Citation(reference, section) }
    /// The page's URL, from Docs/Sources.md.
    public var url: String { citation.url }
    /// The page's title, from Docs/Sources.md.
    public var title: String { citation.title }

    /// `connect-ccp-networking (Option 2: IP address ranges)`, or the id alone.
    public var label: String { section.isEmpty ? reference : "\(reference) (\(section))" }

    public static func < (lhs: AllowListCitation, rhs: AllowListCitation) -> Bool {
        (lhs.reference, lhs.section) < (rhs.reference, rhs.section)
    }

    static let ccpNetworking = "connect-ccp-networking"

    /// Option 1 domains.
    public static let domains = AllowListCitation(section: "Option 1: domains", reference: ccpNetworking)
    /// TurnNlb endpoints per Region.
    public static let turn = AllowListCitation(section: "TURN endpoints", reference: ccpNetworking)
    /// Option 2 ip-ranges, stateless firewalls, other port rules.
    public static let ipRanges = AllowListCitation(section: "Option 2: IP address ranges", reference: ccpNetworking)
    /// The 30-day rule for new ranges.
    public static let thirtyDays = AllowListCitation(
        section: "new IP address ranges, 30 days", reference: ccpNetworking)
    /// Regions where Amazon Connect is available.
    public static let regions = AllowListCitation(section: "", reference: "connect-regions")
    /// `*.static.connect.aws`: "Update your Amazon Connect domain", firewall allowlist.
    public static let domainUpdate = AllowListCitation(
        section: "firewall allowlist", reference: "connect-update-domain")
}
