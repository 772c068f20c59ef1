import DXCore

/// Choices where AWS documentation is silent or contradicts itself (Docs/Assumptions.md),
/// overridable per topology under the optional `assumptions:` key (Docs/TopologyFormat.md).
public struct ModelingAssumptions: Equatable, Sendable {
    /// Region code → continent, replacing the default prefix rule (Docs/Assumptions.md #1) for that Region.
    public var continentOverrides: [String: Continent]
    /// AS_PATH length of AWS routes on a public VIF; `dx-routing-policies` documents 3 as the minimum.
    public var awsASPathLength: Int
    /// AS_PATH length of an ISP route whose path is not known (Docs/Assumptions.md #4: ISP, origin).
    public var internetASPathLength: Int
    /// `aws_also_advertises`: a prefix list (one prefix per line), relative to the topology file,
    /// of what AWS may advertise on a public VIF beyond ip-ranges.json (Docs/Assumptions.md #7).
    public var awsAlsoAdvertises: Located<String>?
    public var location: SourceLocation?

    public static let `default` = ModelingAssumptions(
        continentOverrides: [:], awsASPathLength: 3, internetASPathLength: 2, location: nil)

    /// The continent used for scope communities: the override if any, else the default rule (Docs/Assumptions.md #1).
    public func continent(ofRegion code: String) -> Continent? {
        if let override = continentOverrides[code] { return override }
        return Continent.defaultContinent(forRegionCode: code)
    }

    package init(
        continentOverrides: [String: Continent],
        awsASPathLength: Int,
        internetASPathLength: Int,
        awsAlsoAdvertises: Located<String>? = nil,
        location: SourceLocation? = nil
    ) {
        self.continentOverrides = continentOverrides
        self.awsASPathLength = awsASPathLength
        self.internetASPathLength = internetASPathLength
        self.awsAlsoAdvertises = awsAlsoAdvertises
        self.location = location
    }
}
