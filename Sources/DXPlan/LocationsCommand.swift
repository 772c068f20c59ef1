import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation

/// `dxplan locations [--region R] [--format text|json]`: the Direct Connect location catalog —
/// API location codes, name, home Region, continent — sorted by name, then home Region.
///
/// Rows come from the AWS table "Locations and their associated Regions"
/// (https://docs.aws.amazon.com/directconnect/latest/UserGuide/remote_regions.html); codes and
/// their sources from ``DirectConnectLocationCodes`` (Docs/Catalogs.md). A location with devices
/// for two Regions is two rows. Output is deterministic.
enum LocationsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "locations", abstract: "Direct Connect locations: API codes, name, home Region, continent",
        usage: "dxplan locations [--region R] [--format text|json]",
        summary: "List the Direct Connect locations a topology can name: API codes, name, home Region, continent.",
        options: [
            region, .format(LocationsFormat.self),
        ],
        details: """
            A topology's `location` takes any of a location's codes (in any case), its name, or the
            part of the name before the first comma. A location with devices for two Regions is
            listed once per Region; give `region:` with it. CONTINENT is the group dxplan assumes
            for the home Region's 7224:8200 routes.
            """,
        positionals: .none)

    static let region = OptionSpec(
        "--region", value: "R", help: "Only the locations associated with Region R (e.g. us-east-1).")

    static func run(_ options: LocationsOptions, context: inout CommandContext) throws(UsageError) {
        let region = options.region
        if let region, RegionCatalog.region(region) == nil {
            let nearest = Suggestion.ranked(for: region, among: RegionCatalog.all.map(\.code)).map { "'\($0)'" }
            throw UsageError(
                .unknownValue,
                "Unknown Region '\(region)' for '--region' "
                    + (nearest.isEmpty
                        ? "(expected a Region code such as us-east-1)"
                        : "(did you mean \(TopologyDecoder.alternatives(nearest))?)"))
        }
        context.output.out(options.format == .json ? json(region: region) : text(region: region))
    }

    /// The catalog rows, filtered by home Region, sorted by name (case-insensitive) then Region.
    static func rows(region: String?) -> [DirectConnectLocation] {
        DirectConnectLocationCatalog.all.filter { region == nil || $0.homeRegion == region }.sorted {
            ($0.name.lowercased(), $0.name, $0.homeRegion) < ($1.name.lowercased(), $1.name, $1.homeRegion)
        }
    }

    /// Codes of locations the AWS table does not list, filtered by Region, sorted by code.
    static func unlisted(region: String?) -> [DirectConnectLocationCode] {
        DirectConnectLocationCodes.unlisted.filter { region == nil || $0.region == region }.sorted { $0.code < $1.code }
    }

    static func continent(of region: String) -> String {
        Continent.defaultContinent(forRegionCode: region)?.rawValue ?? "-"
    }

    static func text(region: String?) -> String {
        let rows = rows(region: region)
        var text = ""
        if rows.isEmpty {
            text += "No Direct Connect location in the catalog is associated with \(region ?? "any Region").\n"
        } else {
            var table = TextTable("CODES", "LOCATION", "HOME REGION", "CONTINENT")
            for row in rows {
                let codes = DirectConnectLocationCatalog.codes(of: row)
                table.add(
                    codes.isEmpty ? "-" : codes.joined(separator: ", "), row.name, row.homeRegion,
                    continent(of: row.homeRegion))
            }
            text += table.rendered
            let regions = Set(rows.map(\.homeRegion)).count
            text += "\(rows.count) row\(rows.count == 1 ? "" : "s") in \(regions) Region\(regions == 1 ? "" : "s")"
            text += "; codes match in any case.\n"
        }
        let unlisted = unlisted(region: region)
        if !unlisted.isEmpty {
            text += "\nCodes of locations that AWS's table does not list (write `region:` instead):\n"
            var table = TextTable("CODE", "LOCATION", "REGION")
            for entry in unlisted { table.add(entry.code, entry.location, entry.region) }
            text += table.rendered
        }
        return text
    }

    static func json(region: String?) -> String {
        let locations: [JSONValue] = rows(region: region).map { row in
            [
                "codes": .array(DirectConnectLocationCatalog.codes(of: row).map { .string($0) }),
                "name": .string(row.name),
                "homeRegion": .string(row.homeRegion),
                "continent": .optional(Continent.defaultContinent(forRegionCode: row.homeRegion)?.rawValue),
                "associatedRegions": .array(
                    DirectConnectLocationCatalog.associatedRegions(of: row).map { .string($0) }),
            ]
        }
        let unlisted: [JSONValue] = unlisted(region: region).map {
            ["code": .string($0.code), "name": .string($0.location), "region": .string($0.region)]
        }
        let document: JSONValue = [
            "region": .optional(region), "locations": .array(locations), "unlistedCodes": .array(unlisted),
        ]
        return document.serialized
    }
}
