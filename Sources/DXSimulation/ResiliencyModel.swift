import DXAWS

/// The AWS model resiliency level of a design, read from its shape alone (how many Direct Connect
/// locations carry a public VIF and how many connections each has), as the AWS Direct Connect
/// Resiliency Toolkit defines the levels (`dx-resiliency-toolkit`). It says what the shape is
/// built for, not what the simulation measures: ``MeasuredResiliency`` is printed next to it.
public struct ResiliencyModel: Sendable, Equatable {
    public var level: ResiliencyLevel
    /// Connections carrying a public VIF per location (a LAG counts once), most first.
    public var connectionsPerLocation: [Int]

    public init(level: ResiliencyLevel, connectionsPerLocation: [Int]) {
        self.level = level
        self.connectionsPerLocation = connectionsPerLocation
    }

    public static let none = ResiliencyModel(level: .none, connectionsPerLocation: [])

    public static func assess(_ resolved: ResolvedTopology) -> ResiliencyModel {
        ResiliencyModel(
            level: ResiliencyLevel.assess(resolved),
            connectionsPerLocation: ResiliencyLevel.linksPerSite(resolved).values.sorted(by: >))
    }

    /// `high resiliency (2 locations, 1 connection each)`.
    public var description: String {
        let name =
            switch level {
            case .maximum: "maximum resiliency"
            case .high: "high resiliency"
            case .development: "development and test resiliency"
            case .none: "no Direct Connect resiliency"
            }
        return "\(name) (\(shape))"
    }

    /// The shape the level is read from: `2 locations, 1 connection each`.
    public var shape: String {
        let counts = connectionsPerLocation
        guard let first = counts.first else { return "no connection carries a public VIF" }
        let locations = counts.count == 1 ? "1 location" : "\(counts.count) locations"
        let plural = { (count: Int) in count == 1 ? "1 connection" : "\(count) connections" }
        let connections =
            counts.allSatisfy({ $0 == first })
            ? plural(first) + (counts.count == 1 ? "" : " each")
            : counts.dropLast().map(String.init).joined(separator: ", ") + " and \(counts.last!) connections"
        return "\(locations), \(connections)"
    }

    /// `AWS model: high resiliency (2 locations, 1 connection each)`.
    public var labelled: String { "AWS model: " + description }
}
