import DXAWS
import DXInput
import DXModel

/// One connection as the report lists it: how it is provisioned, where it lands, its VIFs.
///
/// BGP MD5 keys appear only as `env:NAME` or `literal (redacted)`: secrets never reach a report
/// (``BGPAuthKey``).
public struct ConnectionSummary: Sendable, Equatable {
    /// One VIF of the connection.
    public struct Interface: Sendable, Equatable {
        public var name: String
        public var type: String
        public var vlan: Int
        public var family: String
        /// `env:NAME`, `literal (redacted)` or `none`.
        public var authKey: String
        public var bfd: Bool
        public var accept: [String]
        public var localPreference: Int
        /// `prefix scope` per advertisement, e.g. `198.51.100.0/24 continent (7224:9200)`.
        public var advertised: [String]
    }

    public var name: String
    public var type: String
    public var speed: String
    public var path: String
    public var provider: String?
    /// The location's catalog name, else as written; nil when not given.
    public var location: String?
    public var homeRegion: String?
    public var router: String
    public var lag: String?
    public var macsec: Bool?
    public var interfaces: [Interface]

    /// Every connection of the topology, in file order.
    public static func all(in resolved: ResolvedTopology) -> [ConnectionSummary] {
        zip(resolved.topology.connections, resolved.sites).map { connection, site in
            ConnectionSummary(
                name: connection.name.value, type: connection.type.value.rawValue,
                speed: connection.speed.value.description,
                path: connection.path.value.rawValue, provider: connection.provider?.value,
                location: site.location?.name ?? connection.locationName?.value, homeRegion: site.homeRegion,
                router: connection.router.value, lag: connection.lag?.value, macsec: connection.macsec?.value,
                interfaces: connection.virtualInterfaces.map(interface))
        }
    }

    static func interface(_ vif: VirtualInterface) -> Interface {
        Interface(
            name: vif.name.value, type: vif.type.value.rawValue, vlan: vif.vlan.value,
            // A dual-stack VIF: both families, each peer's key (redacted), BFD only when every peer runs it.
            family: vif.families.map(\.rawValue).joined(separator: " + "),
            authKey: vif.families.compactMap(vif.peer(for:)).map { redactedKey($0.bgpAuthKey?.value) }
                .joined(separator: " / "),
            bfd: vif.peers.allSatisfy(\.bfd), accept: vif.accept.value.map(\.rawValue),
            localPreference: vif.localPreference.value,
            advertised: vif.advertise.map { advertisement in
                let scope =
                    advertisement.scope.map { "\($0.value.rawValue) (\($0.value.community))" } ?? "untagged (global)"
                return "\(advertisement.prefix.value) \(scope)"
            })
    }

    /// The only ways a key is ever shown.
    public static func redactedKey(_ key: BGPAuthKey?) -> String {
        switch key {
        case .environment(let name)?: "env:\(name)"
        case .literal?: "literal (redacted)"
        case nil: "none"
        }
    }
}
