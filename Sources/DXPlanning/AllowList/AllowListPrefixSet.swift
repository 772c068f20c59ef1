import DXInput
import DXModel

/// One named set of ip-ranges.json prefixes for Option 2: one service, its selected Regions,
/// one address family, aggregated with ``PrefixAggregator/collapse(_:)`` — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct AllowListPrefixSet: Hashable, Sendable {
    /// An identifier safe in every output (`[a-z][a-z0-9_]*`), e.g. `connect_media_v4`.
    public var name: String
    /// The ip-ranges.json service code, e.g. `AMAZON_CONNECT`.
    public var service: String
    /// The `region` values selected, e.g. `["GLOBAL", "us-east-1"]`; empty = every Region.
    public var regions: [String]
    public var family: AddressFamily
    /// Aggregated, ascending.
    public var prefixes: [IPPrefix]
    /// How many ip-ranges.json entries were selected before aggregation.
    public var entryCount: Int

    public init(
        name: String, service: String, regions: [String], family: AddressFamily, prefixes: [IPPrefix], entryCount: Int
    ) {
        self.name = name
        self.service = service
        self.regions = regions
        self.family = family
        self.prefixes = prefixes
        self.entryCount = entryCount
    }

    /// `AMAZON_CONNECT GLOBAL+us-east-1 IPv4`, or `CLOUDFRONT all Regions IPv6`.
    public var selection: String {
        "\(service) \(regions.isEmpty ? "all Regions" : regions.joined(separator: "+")) \(family.displayName)"
    }
}
