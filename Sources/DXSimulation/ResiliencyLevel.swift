import DXAWS
import DXCore
import DXInput
import DXModel

/// Resiliency levels of the AWS Direct Connect Resiliency Toolkit
/// (https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html).
public enum ResiliencyLevel: String, Sendable, CaseIterable {
    /// Two locations, two connections (on separate devices) at each.
    case maximum
    /// Two locations, one connection at each.
    case high
    /// One location.
    case development = "development-and-test"
    /// No Direct Connect connection with a public VIF.
    case none

    /// Counts connections that carry a public VIF, per location (a LAG counts once).
    public static func assess(_ resolved: ResolvedTopology) -> ResiliencyLevel {
        let linksPerSite = linksPerSite(resolved)
        if linksPerSite.isEmpty { return .none }
        if linksPerSite.count >= 2 {
            return linksPerSite.values.filter { $0 >= 2 }.count >= 2 ? .maximum : .high
        }
        return .development
    }

    /// Connections (a LAG once) that carry a public VIF, per location.
    static func linksPerSite(_ resolved: ResolvedTopology) -> [String: Int] {
        var linksPerSite: [String: Int] = [:]
        for group in resolved.linkGroups where group.virtualInterfaces.contains(where: \.isPublic) {
            let site = resolved.site(of: group.connections[0])
            let key =
                site.location.map { "\($0.name) \($0.homeRegion)" } ?? group.connections[0].locationName?.value
                ?? "region \(site.homeRegion ?? "?")"
            linksPerSite[key, default: 0] += 1
        }
        return linksPerSite
    }
}
