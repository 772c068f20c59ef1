import DXCore
import DXModel

/// A topology resolved once against AWS's location and Region catalogs: the site of every
/// connection (``ConnectionSite``, with the findings of resolving it), the link groups
/// (``LinkGroup``), and what a name denotes (``entity(named:)``, for `--fail NAME`). Checks, the
/// simulator and the report read it instead of resolving each connection again.
public struct ResolvedTopology: Sendable {
    public let topology: Topology
    /// The site of each connection, in the order of `topology.connections`.
    public let sites: [ConnectionSite]
    /// What resolving the sites reported (unknown Region or location, mismatch, ambiguity).
    public let siteFindings: [Finding]
    /// Standalone connections and LAGs, in file order (``LinkGroup/all(in:)``).
    public let linkGroups: [LinkGroup]
    /// Connection name → indexes into `topology.connections` (several only in an invalid file).
    private let indexesByName: [String: [Int]]
    /// Per connection: its location's catalog codes, lowercased (looked up once, not per name:
    /// `--each-failure` asks ``entity(named:)`` for every connection and VIF).
    private let siteCodes: [[String]]

    public init(_ topology: Topology) {
        self.topology = topology
        var sites: [ConnectionSite] = []
        var findings: [Finding] = []
        var indexes: [String: [Int]] = [:]
        for (index, connection) in topology.connections.enumerated() {
            let (site, siteFindings) = ConnectionSite.resolve(connection)
            sites.append(site)
            findings += siteFindings
            indexes[connection.name.value, default: []].append(index)
        }
        self.sites = sites
        siteFindings = findings
        linkGroups = LinkGroup.all(in: topology)
        indexesByName = indexes
        siteCodes = sites.map { site in
            site.location.map { DirectConnectLocationCatalog.codes(of: $0).map { $0.lowercased() } } ?? []
        }
    }

    /// The site of a connection of this topology.
    public func site(of connection: Connection) -> ConnectionSite {
        let candidates = indexesByName[connection.name.value] ?? []
        if candidates.count == 1 { return sites[candidates[0]] }
        if let index = candidates.first(where: { topology.connections[$0] == connection }) { return sites[index] }
        return ConnectionSite.resolve(connection).site
    }

    /// Everything `name` denotes: connections by their name, LAG, router or location (as written,
    /// or the catalog's code or name), virtual interfaces, uplinks by their name or router, routers.
    public func entity(named name: String) -> TopologyEntity {
        var entity = TopologyEntity(name: name)
        let lowercased = name.lowercased()
        for (index, connection) in topology.connections.enumerated() {
            let atLocation =
                connection.locationName?.value == name || sites[index].location?.name == name
                || siteCodes[index].contains(lowercased)
            let named =
                connection.name.value == name || connection.lag?.value == name || connection.router.value == name
            if named || atLocation {
                entity.connections.append(connection)
            }
            for vif in connection.virtualInterfaces where vif.name.value == name {
                entity.virtualInterfaces.append(vif)
            }
        }
        entity.uplinks = topology.internet.filter { $0.name.value == name || $0.router.value == name }
        entity.routers = topology.routers.filter { $0.name.value == name }
        return entity
    }

    /// Whether `name` is one of the location's API codes, in any case (``DirectConnectLocationCodes``).
    static func isCode(_ name: String, of location: DirectConnectLocation?) -> Bool {
        guard let location else { return false }
        return DirectConnectLocationCatalog.codes(of: location).contains { $0.lowercased() == name.lowercased() }
    }
}
