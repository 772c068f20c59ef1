import DXInput
import DXModel

/// An AWS Region as the planner knows it.
///
/// `continent` is the project's default grouping for the `7224:9200`/`7224:8200` scope
/// (see ``Continent``; an assumption beyond the three AWS-named groupings).
/// `runsAmazonConnect` = listed as an Amazon Connect Region — `connect-regions`, `connect-endpoints`
/// https://docs.aws.amazon.com/connect/latest/adminguide/regions.html
public struct Region: Hashable, Sendable {
    /// The Region code, e.g. `us-east-1`.
    public let code: String
    /// The display name, e.g. `US East (N. Virginia)`.
    public let name: String
    public let continent: Continent
    public let partition: Partition
    /// Amazon Connect has a service endpoint `connect.<region>.amazonaws.com` here.
    public let runsAmazonConnect: Bool

    public init(code: String, name: String, continent: Continent, partition: Partition, runsAmazonConnect: Bool) {
        self.code = code
        self.name = name
        self.continent = continent
        self.partition = partition
        self.runsAmazonConnect = runsAmazonConnect
    }
}
