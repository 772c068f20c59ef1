/// Where an allow-list rule or piece of advice comes from: a FACTS.md section, its source
/// reference and the AWS page, printed with every rule (FACTS §9 lists the references).
public struct AllowListCitation: Hashable, Comparable, Sendable {
    /// The FACTS.md section, e.g. `§5.2`; empty when the fact is not in FACTS.md.
    public var section: String
    /// The source reference, e.g. `S27`, or a short page name.
    public var reference: String
    public var url: String

    public init(section: String, reference: String, url: String) {
        self.section = section
        self.reference = reference
        self.url = url
    }

    /// `FACTS §5.2 [S27]`, or `[reference]` when FACTS.md has no section for it.
    public var label: String { section.isEmpty ? "[\(reference)]" : "FACTS \(section) [\(reference)]" }

    public static func < (lhs: AllowListCitation, rhs: AllowListCitation) -> Bool {
        (lhs.reference, lhs.section, lhs.url) < (rhs.reference, rhs.section, rhs.url)
    }

    static let ccpNetworking = "https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html"

    /// Option 1 domains — FACTS §5.2 [S27].
    public static let domains = AllowListCitation(section: "§5.2", reference: "S27", url: ccpNetworking)
    /// TurnNlb endpoints per Region — FACTS §5.3 [S27].
    public static let turn = AllowListCitation(section: "§5.3", reference: "S27", url: ccpNetworking)
    /// Option 2 ip-ranges, stateless firewalls, other port rules — FACTS §5.4 [S27].
    public static let ipRanges = AllowListCitation(section: "§5.4", reference: "S27", url: ccpNetworking)
    /// The 30-day rule for new ranges — FACTS §5.5 [S27].
    public static let thirtyDays = AllowListCitation(section: "§5.5", reference: "S27", url: ccpNetworking)
    /// Regions where Amazon Connect is available — FACTS §5.1 [S25].
    public static let regions = AllowListCitation(
        section: "§5.1", reference: "S25", url: "https://docs.aws.amazon.com/general/latest/gr/connect_region.html")
    /// `*.static.connect.aws`: Amazon Connect admin guide, "Update your Amazon Connect domain"
    /// (not in FACTS.md).
    public static let domainUpdate = AllowListCitation(
        section: "", reference: "update-your-connect-domain",
        url: "https://docs.aws.amazon.com/connect/latest/adminguide/update-your-connect-domain.html")
}
