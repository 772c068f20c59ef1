import DXInput
import DXModel
import DXSimulation

/// Amazon Connect destinations grouped by role, service and address family, with the address-weighted
/// share over Direct Connect (Docs/Simulation.md §7; `connect-ccp-networking`, Option 2).
public struct DestinationSummary: Sendable, Equatable {
    public var role: DestinationRole
    public var service: String
    /// The Region, or `N Regions` when a group spans several.
    public var region: String
    public var family: AddressFamily
    public var ranges: Int
    public var addresses: Double
    public var directConnectShare: AddressShare

    /// Groups in the order the simulator lists destinations.
    public static func groups(_ destinations: [ConnectDestination]) -> [DestinationSummary] {
        var keys: [String] = []
        var members: [String: [ConnectDestination]] = [:]
        for destination in destinations {
            let key = "\(destination.role.rawValue) \(destination.service) \(destination.prefix.family.rawValue)"
            if members[key] == nil { keys.append(key) }
            members[key, default: []].append(destination)
        }
        return keys.map { key in
            let group = members[key]!
            let first = group[0]
            let regions = Set(group.map(\.region))
            let share = ReportShares.share(group)
            return DestinationSummary(
                role: first.role, service: first.service,
                region: regions.count == 1 ? first.region : "\(regions.count) Regions",
                family: first.prefix.family, ranges: group.count, addresses: share.total.doubleValue,
                directConnectShare: share)
        }
    }
}
