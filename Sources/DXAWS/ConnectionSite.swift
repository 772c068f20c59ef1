import DXCore
import DXInput
import DXModel

/// Where a connection lands: its catalog location (when written) and the home Region that decides
/// which AWS routes carry 7224:8100 (AWS DX User Guide, "Access to AWS Regions").
public struct ConnectionSite: Equatable, Sendable {
    public var location: DirectConnectLocation?
    /// Region code; nil when neither the location nor the Region could be resolved.
    public var homeRegion: String?

    /// Resolves `location` / `region` as written, reporting what does not resolve.
    public static func resolve(_ connection: Connection) -> (site: ConnectionSite, findings: [Finding]) {
        var findings: [Finding] = []
        let region = connection.region
        if let region, RegionCatalog.region(region.value) == nil {
            var message = "unknown Region \(MessageValue.quoted(region.value))"
            if let suggestion = Suggestion.closest(to: region.value, among: RegionCatalog.all.map(\.code)) {
                message += " (did you mean '\(suggestion)'?)"
            }
            findings.append(Finding(.unknownRegion, at: region.location, message))
            return (ConnectionSite(location: nil, homeRegion: nil), findings)
        }
        guard let written = connection.locationName else {
            findings.append(
                Finding(
                    .locationUnspecified, at: connection.name.location,
                    "connection '\(connection.name.value)' gives only its home Region \(region?.value ?? "")"))
            return (ConnectionSite(location: nil, homeRegion: region?.value), findings)
        }
        let candidates = DirectConnectLocationCatalog.matches(written.value)
        if candidates.isEmpty {
            findings.append(LocationDiagnosis.unresolved(written.value, region: region?.value, at: written.location))
            return (ConnectionSite(location: nil, homeRegion: region?.value), findings)
        }
        if let region {
            if let match = candidates.first(where: { $0.homeRegion == region.value }) {
                return (ConnectionSite(location: match, homeRegion: region.value), findings)
            }
            let homes = candidates.map(\.homeRegion).joined(separator: " or ")
            findings.append(
                Finding(
                    .locationRegionMismatch, at: region.location,
                    "location \(MessageValue.quoted(written.value)) is associated with \(homes), not \(MessageValue.shown(region.value))",
                    fix: "Set `region: \(candidates[0].homeRegion)` or remove `region`."))
            return (ConnectionSite(location: candidates[0], homeRegion: candidates[0].homeRegion), findings)
        }
        let sites = candidates.map(\.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if sites.count > 1 {
            let message = LocationDiagnosis.severalSites(written.value, names: sites)
            findings.append(Finding(.locationNamesSeveralSites, at: written.location, message))
            return (ConnectionSite(location: candidates[0], homeRegion: candidates[0].homeRegion), findings)
        }
        if candidates.count > 1 {
            let homes = candidates.map(\.homeRegion).joined(separator: " and ")
            findings.append(
                Finding(
                    .locationAmbiguous, at: written.location,
                    "location \(MessageValue.quoted(written.value)) has devices for \(homes); say which with `region:`")
            )
        }
        return (ConnectionSite(location: candidates[0], homeRegion: candidates[0].homeRegion), findings)
    }
}
