import DXCore

/// Choices where AWS documentation is silent or contradicts itself (FACTS.md "UNCONFIRMED"),
/// overridable per topology under the optional `assumptions:` key (an extension of TOPOLOGY.md).
public struct ModelingAssumptions: Equatable, Sendable {
    /// Region code → continent, replacing the default prefix rule of DESIGN.md for that Region.
    public var continentOverrides: [String: Continent]
    /// AS_PATH length of AWS routes on a public VIF; FACTS.md §1.3 documents 3 as the minimum.
    public var awsASPathLength: Int
    /// AS_PATH length of an ISP route whose path is not known (DESIGN.md: ISP, origin).
    public var internetASPathLength: Int
    public var location: SourceLocation?

    public static let `default` = ModelingAssumptions(
        continentOverrides: [:], awsASPathLength: 3, internetASPathLength: 2, location: nil)

    /// The continent used for scope communities: the override if any, else DESIGN.md's default rule.
    public func continent(ofRegion code: String) -> Continent? {
        if let override = continentOverrides[code] { return override }
        return Continent.defaultContinent(forRegionCode: code)
    }

    package init(
        continentOverrides: [String: Continent],
        awsASPathLength: Int,
        internetASPathLength: Int,
        location: SourceLocation? = nil
    ) {
        self.continentOverrides = continentOverrides
        self.awsASPathLength = awsASPathLength
        self.internetASPathLength = internetASPathLength
        self.location = location
    }
}
