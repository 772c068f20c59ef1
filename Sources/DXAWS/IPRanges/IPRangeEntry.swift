import DXInput
import DXModel

/// One entry of ip-ranges.json: a prefix published for a service in a Region.
///
/// Source: AWS VPC User Guide, "Syntax for AWS IP address range JSON"
/// (https://docs.aws.amazon.com/vpc/latest/userguide/aws-ip-syntax.html).
public struct IPRangeEntry: Hashable, Sendable, Comparable {
    public var prefix: IPPrefix
    /// A Region code or `GLOBAL`.
    public var region: String
    /// A service code such as `AMAZON`, `AMAZON_CONNECT`, `EC2`.
    public var service: String
    /// nil in files from before 2020-04-07, when the field was added.
    public var networkBorderGroup: String?

    public init(prefix: IPPrefix, region: String, service: String, networkBorderGroup: String?) {
        self.prefix = prefix
        self.region = region
        self.service = service
        self.networkBorderGroup = networkBorderGroup
    }

    public static let global = "GLOBAL"

    public var isGlobal: Bool { region == Self.global }

    /// China Regions' prefixes are advertised only in the China Regions (AWS DX routing policies).
    public var isChina: Bool { region.hasPrefix("cn-") }

    /// Prefix, then service, Region and border group.
    public static func < (lhs: IPRangeEntry, rhs: IPRangeEntry) -> Bool {
        if lhs.prefix != rhs.prefix { return lhs.prefix < rhs.prefix }
        return (lhs.service, lhs.region, lhs.networkBorderGroup ?? "") < (
            rhs.service, rhs.region, rhs.networkBorderGroup ?? ""
        )
    }
}
