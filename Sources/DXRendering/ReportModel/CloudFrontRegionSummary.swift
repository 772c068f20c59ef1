import DXInput
import DXModel
import DXSimulation

/// The CloudFront ranges of one Region and address family: how many, and the address-weighted
/// share over Direct Connect (Docs/Simulation.md §7; the per-range detail is the report's
/// appendix).
public struct CloudFrontRegionSummary: Sendable, Equatable {
    /// A Region code or `GLOBAL`.
    public var region: String
    public var family: AddressFamily
    public var ranges: Int
    public var directConnectShare: AddressShare

    /// One summary per (Region, family), by Region then IPv4 before IPv6.
    public static func all(_ ranges: [VerifiedRange]) -> [CloudFrontRegionSummary] {
        var order: [String] = []
        var groups: [String: [VerifiedRange]] = [:]
        for range in ranges {
            let key = "\(range.region) \(range.family.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(range)
        }
        return order.map { key in
            let group = groups[key]!
            return CloudFrontRegionSummary(
                region: group[0].region, family: group[0].family, ranges: group.count,
                directConnectShare: AddressShare(summing: group.map(\.directConnectShare)))
        }.sorted { ($0.region, $0.family == .ipv4 ? 0 : 1) < ($1.region, $1.family == .ipv4 ? 0 : 1) }
    }
}
