import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting
import DXSimulation

/// Turns a topology and its simulation into one `RouterPlan` per router (issue #5).
///
/// Inbound: keep the scopes in `accept` (7224:8100 / 7224:8200 / untagged), optionally only the
/// prefixes of `accept_services`, set `local_preference`. Outbound: only `advertise` prefixes with
/// their scope community, extra communities and prepend. ISPs get the customer prefixes only.
/// Sources: `dx-routing-policies`, `dx-virtual-interfaces`, `dx-bgp-settings` (Docs/Sources.md).
public struct RouterPlanner {
    public var input: SimulationInput
    public var simulation: SimulationResult
    /// Where `env:NAME` keys are read from.
    public var environment: [String: String]
    /// `dxplan config --interface OLD=NEW`: connection interface names replaced for this rendering
    /// (a topology written for one vendor rendered for another); each result is checked like a
    /// written name (`interface-name-vendor`).
    public var interfaceNames: [String: String] = [:]

    public init(input: SimulationInput, simulation: SimulationResult, environment: [String: String]) {
        self.input = input
        self.simulation = simulation
        self.environment = environment
    }

    /// Plans for every router (in file order), or only `routerName`; `vendor` overrides the topology's.
    public func plans(router routerName: String? = nil, vendor: Vendor? = nil) -> [RouterPlan] {
        input.topology.routers.filter { routerName == nil || $0.name.value == routerName }.map {
            plan(for: $0, vendor: vendor ?? $0.vendor.value)
        }
    }

    func plan(for router: Router, vendor: Vendor) -> RouterPlan {
        let topology = input.topology
        var findings: [Finding] = []
        var interfaces: [InterfacePlan] = []
        var neighbors: [NeighborPlan] = []
        var lagIndexes: [String: Int] = [:]
        let connections = topology.connections.filter { $0.router.value == router.name.value }
        var lags: [LAGPlan] = []
        for (index, connection) in connections.enumerated() {
            let port = connection.interface.map { interfaceNames[$0.value] ?? $0.value }
            if let written = connection.interface, let port,
                var finding = VendorFindings.interfaceName(
                    port, vendor: vendor, connection: connection.name.value, at: written.location)
            {
                if port != written.value {
                    finding.message += " (mapped from '\(written.value)' by --interface)"
                }
                findings.append(finding)
            }
            var parent = port ?? vendor.defaultPort(speed: connection.speed.value, index: index)
            if let lag = connection.lag?.value {
                if lagIndexes[lag] == nil {
                    lagIndexes[lag] = lags.count
                    lags.append(
                        LAGPlan(
                            name: lag, interface: vendor.lagInterface(index: lags.count),
                            number: vendor.lagNumber(index: lags.count), members: []))
                }
                lags[lagIndexes[lag]!].members.append(.init(port: parent, connection: connection.name.value))
                parent = lags[lagIndexes[lag]!].interface
            }
            for vif in connection.virtualInterfaces {
                let interface = InterfacePlan(
                    parent: parent, vlan: vif.vlan.value, virtualInterface: vif.name.value,
                    connection: connection.name.value,
                    lag: connection.lag?.value,
                    addresses: vif.families.compactMap { vif.peer(for: $0)?.customerAddress?.value },
                    macsec: connection.macsec?.value ?? false,
                    description: "AWS DX \(vif.type.value.rawValue) VIF \(vif.name.value) on \(connection.name.value)")
                let name = vendor.subinterface(parent, vlan: vif.vlan.value)
                if let limit = vendor.maximumInterfaceNameLength, name.count > limit {
                    findings.append(
                        Finding(
                            .interfaceNameTooLong, at: connection.interface?.location ?? connection.name.location,
                            "\(vendor.displayName) interface name '\(name)' has \(name.count) characters (limit \(limit))"
                        ))
                }
                interfaces.append(interface)
                // One neighbor per BGP peer: a dual-stack VIF has an IPv4 and an IPv6 session on one VLAN.
                for peer in vif.isPublic ? vif.families.compactMap(vif.peer(for:)) : [] {
                    neighbors.append(
                        neighbor(
                            vif, peer: peer, interface: interface, vendor: vendor, router: router,
                            findings: &findings))
                }
            }
        }
        let originated = Array(Set(neighbors.flatMap { $0.exportPolicy.entries.map(\.prefix) })).sorted()
        let uplinks = topology.internet.filter { $0.router.value == router.name.value }.map(\.name.value)
        let ispNeighbors = ispNeighbors(router: router, findings: &findings)
        findings += loopbackFindings(router: router)
        let internalNeighbors = internalNeighbors(router: router)
        var plan = RouterPlan(
            topologyName: topology.name.value, routerName: router.name.value, vendor: vendor,
            routerID: router.routerID?.value, localASN: topology.customer.asn.value,
            provenance: input.ranges.provenance,
            interfaces: interfaces, lags: lags, neighbors: neighbors, originated: originated,
            internetExport: InternetExportPlan(
                name: "",
                prefixes: topology.customer.prefixes.map(\.value).sorted(), uplinks: uplinks),
            notGenerated: notGenerated(
                router: router, lags: lags, neighbors: neighbors, vendor: vendor, ispNeighbors: ispNeighbors,
                internalNeighbors: internalNeighbors),
            findings: findings)
        // Every vendor's renderer writes the iBGP mesh and the ISP sessions (Docs/Vendors.md).
        plan.loopbackV6 = router.loopbackV6?.value
        plan.internalNeighbors = internalNeighbors
        plan.ispNeighbors = ispNeighbors
        if ispNeighbors.contains(where: \.rejectsAWSPrefixes) {
            let outermost = OutermostPrefixes(input.aws.prefixes.map(\.prefix))
            plan.awsPrefixFilter = AWSPrefixFilterPlan(
                name: "AWS-PREFIXES",
                entries: outermost.prefixes.map { PrefixListEntry(prefix: $0, upTo: $0.family.maxPrefixLength) })
        }
        // The terms of every policy and every policy-object name (left empty above).
        PolicyPlanner.plan(&plan)
        return plan
    }

    /// The iBGP full mesh over the `router_id` loopbacks: a session to every other router with a
    /// `router_id`, when this router has one (Docs/Simulation.md §3). Then, when the topology
    /// carries IPv6 (``carriesIPv6``), the IPv6 mesh over the `loopback_v6` addresses alike.
    func internalNeighbors(router: Router) -> [InternalNeighborPlan] {
        let others = input.topology.routers.filter { $0.name.value != router.name.value }
        var sessions: [InternalNeighborPlan] = []
        if let own = router.routerID?.value {
            sessions += others.compactMap { other in
                guard let peer = other.routerID?.value else { return nil }
                return InternalNeighborPlan(
                    routerName: other.name.value, peerAddress: .v4(peer), localAddress: .v4(own),
                    description: "iBGP \(other.name.value) (router_id loopback)")
            }
        }
        if let own = router.loopbackV6?.value, carriesIPv6 {
            sessions += others.compactMap { other in
                guard let peer = other.loopbackV6?.value else { return nil }
                return InternalNeighborPlan(
                    routerName: other.name.value, peerAddress: .v6(peer), localAddress: .v6(own),
                    description: "iBGP \(other.name.value) (loopback_v6)")
            }
        }
        return sessions
    }

    /// Whether any router carries IPv6: an IPv6 VIF session, IPv6 customer prefixes or an IPv6 ISP
    /// session; only then is there an IPv6 iBGP mesh.
    var carriesIPv6: Bool {
        let topology = input.topology
        return topology.virtualInterfaces.contains { $0.1.families.contains(.ipv6) }
            || topology.customer.prefixes.contains { $0.value.family == .ipv6 }
            || topology.internet.contains { $0.neighborAddress?.value.family == .ipv6 }
    }

    /// Whether `router` itself carries IPv6: an IPv6 VIF session or an IPv6 ISP session.
    func carriesIPv6(_ router: Router, neighbors: [NeighborPlan]) -> Bool {
        neighbors.contains { $0.family == .ipv6 }
            || input.topology.internet.contains {
                $0.router.value == router.name.value && $0.neighborAddress?.value.family == .ipv6
            }
    }

    /// `loopback-v6-address` when the router's `loopback_v6` lies inside AWS's ranges (the other
    /// loopback checks are `validate`'s).
    func loopbackFindings(router: Router) -> [Finding] {
        guard let loopback = router.loopbackV6,
            let host = IPPrefix(containing: .v6(loopback.value), length: 128),
            let aws = input.aws.index.longestMatch(host)
        else { return [] }
        return [
            Finding(
                .loopbackV6Address, at: loopback.location,
                "router '\(router.name.value)': loopback_v6 \(loopback.value) is inside AWS's \(aws.prefix)")
        ]
    }

    /// The router's ISP sessions that have both addresses; an address inside an AWS prefix is
    /// `isp-session-address` (the other address checks are `validate`'s).
    func ispNeighbors(router: Router, findings: inout [Finding]) -> [ISPNeighborPlan] {
        input.topology.internet.filter { $0.router.value == router.name.value }.compactMap { uplink in
            guard let peer = uplink.neighborAddress, let local = uplink.localAddress,
                peer.value.family == local.value.family, peer.value != local.value
            else { return nil }
            for address in [peer, local] {
                if let aws = input.aws.index.longestMatch(
                    IPPrefix(containing: address.value, length: address.value.family.maxPrefixLength)!)
                {
                    findings.append(
                        Finding(
                            .ispSessionAddress, at: address.location,
                            "uplink '\(uplink.name.value)': \(address.value) is inside AWS's \(aws.prefix)"))
                }
            }
            return ISPNeighborPlan(
                uplink: uplink.name.value, remoteASN: uplink.asn.value, peerAddress: peer.value,
                localAddress: local.value, description: "ISP \(uplink.name.value) (AS \(uplink.asn.value))",
                rejectsAWSPrefixes: uplink.rejectsAWSPrefixes,
                acceptsDefaultRoute: uplink.defaultRoute, acceptsTable: uplink.table != nil,
                localPreference: uplink.localPreference.value)
        }
    }

    /// The parts of the design this vendor's file cannot contain (Docs/Vendors.md, "NOT GENERATED").
    func notGenerated(
        router: Router, lags: [LAGPlan], neighbors: [NeighborPlan], vendor: Vendor, ispNeighbors: [ISPNeighborPlan],
        internalNeighbors: [InternalNeighborPlan]
    ) -> [String] {
        let topology = input.topology
        var items: [String] = []
        let others = topology.routers.filter { $0.name.value != router.name.value }
        let withoutID = (router.routerID == nil ? [router] : others.filter { $0.routerID == nil }).map(\.name.value)
        if !others.isEmpty && !withoutID.isEmpty {
            items.append(
                "iBGP with \(withoutID.joined(separator: ", ")): no router_id, so no loopback to peer over; simulate assumes every router sees every other's AWS routes"
            )
        }
        let meshV6 = internalNeighbors.contains { $0.family == .ipv6 }
        if vendor == .bird, !others.isEmpty, let routerID = router.routerID?.value {
            items.append(
                "The router_id loopback address: BIRD does not configure interfaces, add \(routerID)/32 in the OS (ip address add \(routerID)/32 dev lo)"
            )
        }
        if vendor == .bird, meshV6, let loopback = router.loopbackV6?.value {
            items.append(
                "The loopback_v6 address: BIRD does not configure interfaces, add \(loopback)/128 in the OS (ip -6 address add \(loopback)/128 dev lo)"
            )
        }
        if !others.isEmpty && (router.routerID != nil || meshV6) {
            let loopbacks =
                !meshV6
                ? "router_id loopbacks"
                : router.routerID == nil ? "loopback_v6 addresses" : "router_id loopbacks and loopback_v6 addresses"
            items.append(
                "The IGP or static routes that reach the other routers' \(loopbacks) (the iBGP sessions below run between them)"
            )
        }
        if !others.isEmpty && (carriesIPv6(router, neighbors: neighbors) || meshV6) {
            let withoutV6 = (router.loopbackV6 == nil ? [router] : others.filter { $0.loopbackV6 == nil }).map(
                \.name.value)
            if !withoutV6.isEmpty {
                items.append(
                    "IPv6 over iBGP with \(withoutV6.joined(separator: ", ")): no loopback_v6, so no IPv6 iBGP session; simulate assumes every router sees every other's IPv6 AWS routes (give each router a loopback_v6)"
                )
            }
        }
        for uplink in topology.internet where uplink.router.value == router.name.value {
            if ispNeighbors.contains(where: { $0.uplink == uplink.name.value }) { continue }
            let imports =
                uplink.defaultRoute ? "a default route" : uplink.table != nil ? "the routes of its table" : "its routes"
            let missing =
                uplink.neighborAddress == nil
                ? "the topology gives no peer address"
                : uplink.localAddress == nil
                    ? "the topology gives no local_address" : "neighbor_address and local_address do not form a session"
            items.append(
                "ISP session \(uplink.name.value) (AS \(uplink.asn.value)): \(missing); export only the customer prefixes (the ISP export policy below, never an AWS route) and import \(imports) with local-preference \(uplink.localPreference.value)"
            )
        }
        let sources = topology.connect.agentSource.map { "\($0.value)" }
        let agents = sources.isEmpty ? "the customer prefixes" : sources.joined(separator: ", ")
        items.append(
            "Source NAT (or routing) so that agents reach Amazon Connect from \(agents): AWS accepts on a public VIF only sources inside the prefixes you advertise, and simulate assumes agent traffic leaves from them"
        )
        if vendor == .iosXR {
            for lag in lags where neighbors.contains(where: { $0.interface.parent == lag.interface && $0.bfd != nil }) {
                items.append(
                    "BFD over \(lag.interface): the BGP sessions' BFD on its subinterfaces runs over the logical bundle; on platforms that host such sessions on a line card (ASR 9000) add bfd multipath include location NODE for the line cards of the members. BFD over Bundle (bfd address-family ipv4 on \(lag.interface), RFC 7130 per-member sessions) is not used: AWS runs BFD on the VIF, not on each member."
                )
            }
        }
        if vendor == .frr || vendor == .bird {
            for lag in lags {
                let members = lag.members.map(\.port).joined(separator: ", ")
                items.append(
                    "Linux bond \(lag.interface) for LAG \(lag.name): mode 802.3ad (LACP active, AWS runs LACP on every LAG) with members \(members); \(vendor.displayName) does not configure interfaces, create it in the OS (ip link add \(lag.interface) type bond mode 802.3ad; ip link set MEMBER master \(lag.interface))"
                )
            }
        }
        return items
    }

    /// The session of `peer`; on a dual-stack VIF its policies carry the family in their names
    /// (`DX-IN-pub-1-v6`), and it exports only the `advertise` prefixes of its family.
    func neighbor(
        _ vif: VirtualInterface, peer: BGPPeer, interface: InterfacePlan, vendor: Vendor, router: Router,
        findings: inout [Finding]
    ) -> NeighborPlan {
        let family = peer.family
        let name = vif.isDualStack ? "\(vif.name.value)-\(family == .ipv4 ? "v4" : "v6")" : vif.name.value
        if peer.amazonAddress == nil && family == .ipv6 {
            findings.append(
                Finding(
                    .ipv6PeerUnknown, at: vif.bgpPeersLocation == nil ? vif.name.location : peer.location,
                    "'\(vif.name.value)' has no IPv6 peer addresses yet"))
        }
        let learned = simulation.interfaces.first { $0.name == vif.name.value && $0.family == family }
        var prefixFilter: [PrefixListEntry]?
        var exceptions: [IPPrefix] = []
        if let services = vif.acceptServices {
            let wanted = input.aws.prefixes.filter {
                $0.prefix.family == family && $0.services.contains(where: services.value.contains)
            }.map(\.prefix)
            let filter = PrefixListPlanner.filter(wanted: wanted, universe: input.aws.index)
            prefixFilter = filter.entries
            exceptions = filter.exceptions
            let covered = PrefixListPlanner.coveringAggregates(wanted: wanted, universe: input.aws.index)
            if let first = covered.first {
                findings.append(
                    Finding(
                        .serviceFilterAggregate, at: services.location,
                        "\(covered.count) accept_services prefix(es) of '\(name)' lie inside a shorter AWS prefix the services do not list (e.g. \(first.prefix) inside \(first.aggregate)); the exact-or-longer filter never accepts the aggregate"
                    ))
            }
        }
        let accept = vif.accept.value
        let importPolicy = ImportPolicyPlan(
            name: "", acceptRegion: accept.contains(.region), acceptContinent: accept.contains(.continent),
            acceptUntagged: accept.contains(.global), prefixFilter: prefixFilter, prefixFilterExceptions: exceptions,
            prefixFilterName: "",
            localPreference: vif.localPreference.value)
        let advertised = vif.isDualStack ? vif.advertise.filter { $0.prefix.value.family == family } : vif.advertise
        let entries = advertised.map { advertisement in
            var communities = advertisement.scope.map { [$0.value.community] } ?? []
            for extra in advertisement.communities.map(\.value) where !communities.contains(extra) {
                communities.append(extra)
            }
            return ExportPolicyPlan.Entry(
                prefix: advertisement.prefix.value, communities: communities, prepend: advertisement.asPathPrepend.value
            )
        }
        return NeighborPlan(
            virtualInterface: name,
            description: "AWS Direct Connect \(name) (AS \(DirectConnectRules.publicVIFAmazonASN))", family: family,
            peerAddress: peer.amazonAddress?.value.address, localAddress: peer.customerAddress?.value,
            interface: interface,
            remoteASN: DirectConnectRules.publicVIFAmazonASN,
            authKey: authKey(peer.bgpAuthKey, of: vif, vendor: vendor, router: router, findings: &findings),
            bfd: peer.bfd ? .aws : nil,
            prefixLimits: prefixLimits(vif, family: family, learned: learned),
            importPolicy: importPolicy, exportPolicy: ExportPolicyPlan(name: "", entries: entries),
            location: vif.name.location)
    }

    /// The accepted-route limit as before (`max_prefixes`, else learned + 20 %), and the
    /// received-route limit from what AWS advertises for the family (PrefixLimitPlan). Both are
    /// per session: each peer of a dual-stack VIF gets `max_prefixes`, or its own family's numbers.
    func prefixLimits(_ vif: VirtualInterface, family: AddressFamily, learned: InterfaceResult?) -> PrefixLimitPlan {
        let accepted = vif.maxPrefixes?.value ?? learned?.recommendedMaxPrefixes ?? 1000
        let advertised = input.aws.count(family)
        return PrefixLimitPlan(
            accepted: accepted, received: max(accepted, PrefixLimitPlan.withHeadroom(advertised)),
            advertisedByAWS: advertised, restartMinutes: PrefixLimitPlan.defaultRestartMinutes)
    }

    /// The key checked for the vendor it is rendered for (``SafeBGPKey/check(_:for:)``). A literal
    /// key unsafe for the router's own vendor is reported by `validate` (`VendorChecks`), so it is
    /// reported here only when rendering for another vendor; a literal key of the wrong length is
    /// `bgp-auth-key-length`.
    func authKey(
        _ key: Located<BGPAuthKey>?, of vif: VirtualInterface, vendor: Vendor, router: Router,
        findings: inout [Finding]
    ) -> ResolvedAuthKey? {
        guard let key else { return nil }
        switch key.value {
        case .literal(let value):
            if let safe = SafeBGPKey.check(value, for: vendor) { return .value(safe) }
            if vendor != router.vendor.value, DirectConnectRules.bgpAuthKeyLength.contains(value.count),
                let finding = VendorFindings.unsafeKey(
                    value, source: "the literal BGP key", virtualInterface: vif.name.value, vendor: vendor,
                    at: key.location)
            {
                findings.append(finding)
            }
            return .unsafe
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                findings.append(
                    Finding(
                        .authKeyUnset, at: key.location,
                        "environment variable \(variable) for the BGP key of '\(vif.name.value)' is not set; the config has the placeholder DXPLAN-SET-\(variable)"
                    ))
                return .placeholder(variable)
            }
            if let safe = SafeBGPKey.check(value, for: vendor) { return .value(safe) }
            if let finding = VendorFindings.unsafeKey(
                value, source: "the BGP key in \(variable)", virtualInterface: vif.name.value, vendor: vendor,
                at: key.location)
            {
                findings.append(finding)
            }
            return .placeholder(variable)
        }
    }
}
