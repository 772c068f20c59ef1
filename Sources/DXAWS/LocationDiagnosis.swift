import DXCore
import DXInput
import DXModel

/// The findings for a connection's `location` text that does not name exactly one site: an
/// unlisted code, a provider name or cut-off name that several sites start with, a short name
/// that several sites share, or an unknown text with near misses
/// (``DirectConnectLocationCatalog/suggestions(for:limit:)``, ``Suggestion``).
enum LocationDiagnosis {
    /// How many candidate sites an error lists before pointing at `dxplan locations`.
    static let listedSites = 10

    /// The finding for `text` when ``DirectConnectLocationCatalog/matches(_:)`` is empty.
    static func unresolved(_ text: String, region: String?, at location: SourceLocation) -> Finding {
        if let entry = DirectConnectLocationCodes.entry(text) {
            return Finding(
                .unknownLocation, at: location,
                "location code '\(text)' is \(entry.location) (\(entry.region)), which AWS's table of Direct Connect "
                    + "locations does not list; dxplan has no row for it",
                fix: "Leave out `location:` and give `region: \(entry.region)`.")
        }
        var sites = DirectConnectLocationCatalog.sites(startingWith: text, region: region)
        if sites.count < 2 { sites = DirectConnectLocationCatalog.sites(startingWith: text) }
        if sites.count >= 2 {
            return Finding(.locationNamesSeveralSites, at: location, severalSites(text, names: sites))
        }
        var message = "unknown Direct Connect location '\(text)'"
        let suggestions = DirectConnectLocationCatalog.suggestions(for: text)
        if !suggestions.isEmpty {
            message += " (did you mean \(suggestions.map(withCode).joined(separator: " or "))?)"
        }
        return Finding(.unknownLocation, at: location, message)
    }

    /// "location 'EdgeConnex' names 2 Direct Connect sites: …", at most ``listedSites`` of them.
    static func severalSites(_ text: String, names: [String]) -> String {
        let listed = names.prefix(listedSites).map(DirectConnectLocationCatalog.describeSite)
        var message = "location '\(text)' names \(names.count) Direct Connect sites: \(listed.joined(separator: "; "))"
        if names.count > listedSites {
            message += "; and \(names.count - listedSites) more (`dxplan locations` lists them all)"
        }
        return message
    }

    /// `'Name'`, followed by ` (CODE)` when the site has a code.
    private static func withCode(_ name: String) -> String {
        let codes = DirectConnectLocationCatalog.all.filter { $0.name == name }
            .flatMap(DirectConnectLocationCatalog.codes(of:))
        guard let code = codes.first else { return "'\(name)'" }
        return "'\(name)' (\(code))"
    }
}
