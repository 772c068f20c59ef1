import DXCore
import DXInput
import DXModel

/// Codes of a row, and the sites a text could mean: what the errors for unknown, unlisted and
/// ambiguous locations list, and what `dxplan locations` prints.
extension DirectConnectLocationCatalog {
    /// The API location codes of `location` (``DirectConnectLocationCodes/all`` entries of its
    /// name in its partition), in table order.
    public static func codes(of location: DirectConnectLocation) -> [String] {
        let partition = RegionCatalog.region(location.homeRegion)?.partition
        return DirectConnectLocationCodes.all.filter {
            $0.location == location.name && RegionCatalog.region($0.region)?.partition == partition
        }.map(\.code)
    }

    /// Distinct full names of the sites whose name or short name starts with `text` (at least 3
    /// characters, case-insensitive, spaces normalized), sorted by name: the sites a provider
    /// name alone (`Equinix`, `Digital Realty`) or a cut-off site name (`Cologix VAN`) could mean.
    /// With `region`, only sites with a row in that Region.
    public static func sites(startingWith text: String, region: String? = nil) -> [String] {
        let needle = normalized(text)
        guard needle.count >= 3 else { return [] }
        let names = all.filter { location in
            (region == nil || location.homeRegion == region)
                && (normalized(location.name).hasPrefix(needle) || normalized(location.shortName).hasPrefix(needle))
        }.map(\.name)
        return Array(Set(names)).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// `'Name' (CODE, home Region[ and home Region])` for an error message: the site's codes and
    /// the associated Regions of its rows (one partition's rows per line of the AWS table).
    public static func describeSite(_ name: String) -> String {
        let rows = all.filter { $0.name == name }
        let siteCodes = rows.flatMap { codes(of: $0) }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let details = siteCodes + [rows.map(\.homeRegion).joined(separator: " and ")]
        return "'\(name)' (\(details.joined(separator: ", ")))"
    }
}
