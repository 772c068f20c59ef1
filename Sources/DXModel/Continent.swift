/// A group of AWS Regions used by the continent-scoped BGP communities on a public VIF:
/// `7224:9200` (customer → AWS) and `7224:8200` (AWS → customer).
///
/// AWS names only three groupings — "North America-wide; Asia Pacific; Europe, the Middle
/// East and Africa" — and lists no Region-by-Region membership — `dx-routing-policies`,
/// `dx-connect-whitepaper` https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html
///
/// Everything else here is a project assumption (Docs/Assumptions.md #1): which
/// Region prefixes belong to which group, South America as its own group (AWS does not
/// name it), and China as a separate group (China prefixes are advertised only in the
/// China Regions — `dx-routing-policies`). The rule is a default; the planner may override it.
public enum Continent: String, Sendable, CaseIterable, Comparable {
    case northAmerica = "north-america"
    case asiaPacific = "asia-pacific"
    case emea
    case southAmerica = "south-america"
    case china

    /// Human-readable name; the first three follow the AWS wording of the groupings (`dx-routing-policies`).
    public var displayName: String {
        switch self {
        case .northAmerica: "North America"
        case .asiaPacific: "Asia Pacific"
        case .emea: "Europe, the Middle East and Africa"
        case .southAmerica: "South America"
        case .china: "China"
        }
    }

    /// Whether AWS itself names this grouping (`dx-routing-policies`); false = project assumption.
    public var isNamedByAWS: Bool {
        switch self {
        case .northAmerica, .asiaPacific, .emea: true
        case .southAmerica, .china: false
        }
    }

    /// The default continent of a Region code, by its first dash-separated component
    /// (Docs/Assumptions.md #1; assumption, see the type's documentation):
    ///
    /// | prefix | continent |
    /// |---|---|
    /// | `us-` (incl. `us-gov-`), `ca-`, `mx-` | north-america |
    /// | `ap-` | asia-pacific |
    /// | `eu-`, `eusc-`, `me-`, `il-`, `af-` | emea |
    /// | `sa-` | south-america |
    /// | `cn-` | china |
    ///
    /// Local Zone and Wavelength network border groups (`us-east-1-bos-1`,
    /// `us-west-2-wl1-lax-wlz-1`) start with their parent Region's code and therefore map
    /// to the parent's continent. `GLOBAL`, unknown prefixes and anything that is not a
    /// lowercase dash-separated code return nil.
    public static func defaultContinent(forRegionCode code: String) -> Continent? {
        let components = code.split(separator: "-", omittingEmptySubsequences: false)
        guard components.count >= 2, components.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch components[0] {
        case "us", "ca", "mx": return .northAmerica
        case "ap": return .asiaPacific
        case "eu", "eusc", "me", "il", "af": return .emea
        case "sa": return .southAmerica
        case "cn": return .china
        default: return nil
        }
    }

    /// Declaration order: north-america, asia-pacific, emea, south-america, china.
    public static func < (lhs: Continent, rhs: Continent) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
