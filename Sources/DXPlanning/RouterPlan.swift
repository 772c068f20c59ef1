import DXAWS
import DXCore
import DXModel

/// Everything one router needs on its Direct Connect side, vendor-neutral: renderers only spell it
/// (plan once, render per vendor: Docs/Architecture.md).
public struct RouterPlan: Sendable {
    /// The topology's name, safe for a one-line comment (control characters removed).
    public var topologyName: String
    public var routerName: String
    public var vendor: Vendor
    public var routerID: IPv4Address?
    /// The router's `loopback_v6`, written on the router_id loopback interface when the router is
    /// in the IPv6 iBGP mesh.
    public var loopbackV6: IPv6Address?
    public var localASN: ASN
    /// "ip-ranges.json syncToken …, createDate …".
    public var provenance: String
    public var interfaces: [InterfacePlan]
    /// The router's LAGs with their member ports (file order).
    public var lags: [LAGPlan]
    public var neighbors: [NeighborPlan]
    /// Customer prefixes this router originates (with a discard route so they are in the RIB).
    public var originated: [IPPrefix]
    /// Policy for the ISP sessions: send only the customer's prefixes, never AWS routes.
    public var internetExport: InternetExportPlan
    /// iBGP full mesh: one IPv4 session to every other router with a `router_id` (when this one has
    /// one), then one IPv6 session to every other router with a `loopback_v6` (when this one has
    /// one and the topology carries IPv6).
    public var internalNeighbors: [InternalNeighborPlan] = []
    /// eBGP sessions to the router's ISPs that have `neighbor_address` and `local_address`.
    public var ispNeighbors: [ISPNeighborPlan] = []
    /// The AWS prefixes the ISP imports reject, when one of ``ispNeighbors`` does.
    public var awsPrefixFilter: AWSPrefixFilterPlan?
    /// Junos: the iBGP mesh's BGP group and its next-hop-self export policy (nil elsewhere or
    /// without a mesh), named by ``PolicyNameAllocator``.
    public var internalGroupName: String?
    /// Junos: the IPv6 iBGP mesh's group (one group has one `local-address`).
    public var internalGroupNameV6: String?
    public var nextHopSelfPolicyName: String?
    /// What the design needs on this router that the configuration does not contain (the
    /// `NOT GENERATED` block each rendering starts with): a Linux bond, NAT, ISP sessions.
    public var notGenerated: [String]
    /// Findings from planning: missing keys, vendor limits.
    public var findings: [Finding]
    /// The iBGP sessions of one family.
    public func internalNeighbors(_ family: AddressFamily) -> [InternalNeighborPlan] {
        internalNeighbors.filter { $0.family == family }
    }

    /// The loopback addresses the configuration writes: the `router_id` when the IPv4 mesh has a
    /// session, `loopback_v6` when the IPv6 mesh has one.
    public var meshLoopbacks: (v4: IPv4Address?, v6: IPv6Address?) {
        (
            internalNeighbors(.ipv4).isEmpty ? nil : routerID,
            internalNeighbors(.ipv6).isEmpty ? nil : loopbackV6
        )
    }

    /// How many error findings `dxplan config --force` overrode to render this plan (0 otherwise);
    /// the configuration then opens with a comment saying so.
    public var overriddenErrors = 0
}

/// An 802.1Q subinterface (or unit) carrying one VIF.
public struct InterfacePlan: Hashable, Sendable {
    /// The physical port or LAG interface, as written or the vendor default.
    public var parent: String
    public var vlan: Int
    public var virtualInterface: String
    public var connection: String
    public var lag: String?
    /// The customer addresses, one per BGP peer that has one (IPv4 first): a dual-stack VIF puts
    /// both on its one VLAN subinterface.
    public var addresses: [InterfaceAddress]
    public var macsec: Bool
    public var description: String

    /// The first address (the only one unless the VIF is dual-stack).
    public var address: InterfaceAddress? { addresses.first }
}

/// One BGP session to AWS (AS 7224) on a public VIF.
public struct NeighborPlan: Sendable {
    /// The VIF's name; on a dual-stack VIF the name and the family (`pub-1-v6`), so that each
    /// session's policies, prefix lists and groups are named apart.
    public var virtualInterface: String
    public var description: String
    public var family: AddressFamily
    public var peerAddress: IPAddress?
    public var localAddress: InterfaceAddress?
    public var interface: InterfacePlan
    public var remoteASN: ASN
    public var authKey: ResolvedAuthKey?
    /// BFD 300 ms × 3 (AWS minimums, `dx-bgp-settings`) when the VIF asks for it.
    public var bfd: BFDTimers?
    /// The session's prefix limits, sized by the planner; renderers only print them.
    public var prefixLimits: PrefixLimitPlan
    public var importPolicy: ImportPolicyPlan
    public var exportPolicy: ExportPolicyPlan
    /// Where the VIF is named in the topology (for findings about names built from it).
    public var location: SourceLocation?
    /// Junos: the session's BGP group, named by ``PolicyNameAllocator`` (nil for other vendors).
    public var groupName: String?
}

/// BFD timers (AWS DX User Guide, "BGP-specific settings": minimum 300 ms, multiplier 3).
public struct BFDTimers: Hashable, Sendable {
    public var intervalMilliseconds: Int
    public var multiplier: Int

    /// The AWS minimums, ``DirectConnectRules/bfdMinimumIntervalMilliseconds`` and
    /// ``DirectConnectRules/bfdMinimumMultiplier``.
    public static let aws = BFDTimers(
        intervalMilliseconds: DirectConnectRules.bfdMinimumIntervalMilliseconds,
        multiplier: DirectConnectRules.bfdMinimumMultiplier)
}

/// The MD5 key as it goes into a configuration.
public enum ResolvedAuthKey: Hashable, Sendable {
    /// The key's value (from `env:NAME` at render time, or a literal), checked by ``SafeBGPKey``.
    case value(SafeBGPKey)
    /// `env:NAME` was not set, or held a key that cannot be written safely: a clearly marked
    /// placeholder, never an empty password.
    case placeholder(String)
    /// A literal key that cannot be written safely (its length is outside
    /// ``DirectConnectRules/bgpAuthKeyLength``); validation reports it as `bgp-auth-key-length`.
    case unsafe

    public var text: String {
        switch self {
        case .value(let key): key.text
        case .placeholder(let name): "DXPLAN-SET-\(name)"
        case .unsafe: "DXPLAN-UNSAFE-KEY"
        }
    }

    /// Whether ``text`` stands in for a key that still has to be set.
    public var isPlaceholder: Bool {
        if case .value = self { return false }
        return true
    }
}

/// Inbound policy on a public VIF: which AWS routes to keep, by scope tag, optionally restricted to
/// the prefixes of some ip-ranges services, with a local-pref (Docs/TopologyFormat.md `accept`).
public struct ImportPolicyPlan: Sendable {
    /// The route-map / policy-statement / route-policy / filter name (``PolicyNameAllocator``).
    public var name: String
    /// Accept routes tagged 7224:8100.
    public var acceptRegion: Bool
    /// Accept routes tagged 7224:8200.
    public var acceptContinent: Bool
    /// Accept routes with neither tag (other continents and GLOBAL).
    public var acceptUntagged: Bool
    /// When `accept_services` is set: the prefixes to keep, else nil (keep any prefix).
    public var prefixFilter: [PrefixListEntry]?
    /// Prefixes AWS advertises inside the filter's blocks that the services do not list: rejected
    /// before the filter (ServiceFilter).
    public var prefixFilterExceptions: [IPPrefix]
    public var prefixFilterName: String
    public var localPreference: Int
    /// The policy as ordered terms (``PolicyPlanner``): what every vendor's configuration does.
    public var terms: [PolicyTerm] = []

    public var routePolicy: RoutePolicy { RoutePolicy(name: name, terms: terms) }
}

/// Outbound policy on a public VIF: only the advertised prefixes, each with its communities and prepend.
public struct ExportPolicyPlan: Sendable {
    public struct Entry: Hashable, Sendable {
        public var prefix: IPPrefix
        /// Scope community first (if any), then extra communities, in the topology's order.
        public var communities: [BGPCommunity]
        public var prepend: Int
    }

    public var name: String
    public var entries: [Entry]
    /// One accepting term per entry, then the default reject (``PolicyPlanner``).
    public var terms: [PolicyTerm] = []

    public var routePolicy: RoutePolicy { RoutePolicy(name: name, terms: terms) }
}

/// What the router sends to its ISPs: its own prefixes only (AWS routes carry NO_EXPORT and must
/// not leave the network, AWS DX routing policies).
public struct InternetExportPlan: Sendable {
    public var name: String
    public var prefixes: [IPPrefix]
    public var uplinks: [String]
    /// One term per family with customer prefixes, then the default reject (``PolicyPlanner``).
    public var terms: [PolicyTerm] = []

    public var routePolicy: RoutePolicy { RoutePolicy(name: name, terms: terms) }

    /// The uplinks the topology describes no session for: the configuration says where to attach
    /// the policy by hand.
    public func unwrittenUplinks(_ sessions: [ISPNeighborPlan]) -> [String] {
        uplinks.filter { uplink in !sessions.contains { $0.uplink == uplink } }
    }
}
