import DXAWS
import DXInput
import DXModel
import DXPlanning

/// FRRouting 8.4 integrated configuration (`frr.conf`, applied with `vtysh -f`), `frr defaults traditional`.
///
/// Order matters (FRR 8.4): community-lists, prefix-lists and route-maps come before `router bgp`,
/// otherwise a neighbor bound to a not-yet-defined route-map denies everything until a refresh;
/// eBGP neighbors need both route-maps (`bgp ebgp-requires-policy`, RFC 8212); `network` originates
/// only prefixes present in the RIB, hence the blackhole routes (`bgp network import-check`).
/// Sources: https://docs.frrouting.org/en/latest/bgp.html, https://docs.frrouting.org/en/latest/routemap.html,
/// https://docs.frrouting.org/en/latest/filter.html, https://docs.frrouting.org/en/latest/bfd.html,
/// https://docs.frrouting.org/en/latest/static.html; AWS DX User Guide, "Routing policies and BGP communities".
enum FRRConfigRenderer {
    /// Community-list names shared by every VIF's inbound route-map.
    static let regionList = "DX-AWS-REGION"
    static let continentList = "DX-AWS-CONTINENT"

    package static func render(_ plan: RouterPlan) -> String {
        var lines = VendorConfigText.notGenerated(plan, marker: "!")
        lines += header(plan)
        lines += [
            "frr defaults traditional", "hostname \(ConfigText.comment(plan.routerName))",
            "service integrated-vtysh-config", "!",
        ]
        lines += interfaces(plan)
        lines += discardRoutes(plan)
        lines += filters(plan)
        lines += bfd(plan)
        lines += bgp(plan)
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Header and interfaces

    static func header(_ plan: RouterPlan) -> [String] {
        var lines = [
            "! dxplan: Direct Connect side of router \(ConfigText.comment(plan.routerName)) for FRRouting 8.4",
            "! topology: \(ConfigText.comment(plan.topologyName))",
            "! AWS routes: \(ConfigText.comment(plan.provenance))",
        ]
        for interface in plan.interfaces {
            let name = subinterface(interface)
            lines.append(
                ConfigText.comment(
                    "VIF \(interface.virtualInterface): VLAN \(interface.vlan) on \(interface.parent) (\(name)), connection \(interface.connection)"
                ).commentLine)
        }
        lines += [
            "! Apply: vtysh -f THIS-FILE (or install as /etc/frr/frr.conf); needs zebra, staticd, bgpd and bfdd.",
            "! Docs: https://docs.frrouting.org/en/latest/bgp.html",
            "!",
        ]
        return lines
    }

    static func subinterface(_ interface: InterfacePlan) -> String {
        Vendor.frr.subinterface(interface.parent, vlan: interface.vlan)
    }

    static func interfaces(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        if let routerID = plan.routerID, !plan.internalNeighbors.isEmpty {
            lines += [
                "! The router_id loopback: the iBGP sessions run between these addresses.",
                "interface lo", " ip address \(routerID)/32", "exit", "!",
            ]
        }
        guard !plan.interfaces.isEmpty else { return lines }
        lines += [
            "! FRR does not create VLAN devices: create each 802.1Q subinterface in the OS first,",
            "! e.g. ip link add link PARENT name PARENT.VLAN type vlan id VLAN (or ifupdown/netplan/systemd-networkd).",
        ]
        for interface in plan.interfaces {
            if interface.lag != nil {
                lines.append(
                    ConfigText.comment("\(interface.parent) is the LACP bond for LAG \(interface.lag ?? "")")
                        .commentLine)
            }
            if interface.macsec {
                lines.append(
                    ConfigText.comment(
                        "MACsec on \(interface.connection) is configured outside FRR (ip macsec / wpa_supplicant)"
                    ).commentLine)
            }
            lines.append("interface \(subinterface(interface))")
            lines.append(" description \(ConfigText.comment(interface.description))")
            for address in interface.addresses {
                lines.append(address.family == .ipv4 ? " ip address \(address)" : " ipv6 address \(address)")
            }
            lines += ["exit", "!"]
        }
        return lines
    }

    static func discardRoutes(_ plan: RouterPlan) -> [String] {
        guard !plan.originated.isEmpty else { return [] }
        var lines = ["! Discard routes put the originated prefixes in the RIB (bgp network import-check)."]
        for prefix in plan.originated {
            lines.append("\(prefix.family == .ipv4 ? "ip" : "ipv6") route \(prefix) blackhole")
        }
        return lines + ["!"]
    }

    // MARK: Lists and route-maps (before router bgp)

    static func prefixListKeyword(_ family: AddressFamily) -> String { family == .ipv4 ? "ip" : "ipv6" }

    static func prefixListLines(_ name: String, family: AddressFamily, entries: [PrefixListEntry]) -> [String] {
        entries.enumerated().map { index, entry in
            var line =
                "\(prefixListKeyword(family)) prefix-list \(name) seq \((index + 1) * 5) \(entry.permit ? "permit" : "deny") \(entry.prefix)"
            if let upTo = entry.upTo, upTo > entry.prefix.length { line += " le \(upTo)" }
            return line
        }
    }

    static func exportListName(_ policy: ExportPolicyPlan, index: Int) -> String {
        "\(policy.name)-\((index + 1) * 10)"
    }

    static func v6Name(_ name: String) -> String { name + "-V6" }

    static func filters(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        let neighbors = plan.neighbors
        if !neighbors.isEmpty {
            lines += [
                "! AWS scope tags: \(BGPCommunity.awsLocalRegion) same Region, \(BGPCommunity.awsContinent) same continent, untagged otherwise.",
                "bgp community-list standard \(regionList) seq 5 permit \(BGPCommunity.awsLocalRegion)",
                "bgp community-list standard \(continentList) seq 5 permit \(BGPCommunity.awsContinent)",
                "!",
            ]
        }
        for neighbor in neighbors {
            let policy = neighbor.importPolicy
            if let filter = policy.prefixFilter {
                lines.append(
                    ConfigText.comment("accept_services of \(neighbor.virtualInterface): \(filter.count) entries")
                        .commentLine)
                lines += prefixListLines(
                    policy.prefixFilterName, family: neighbor.family, entries: policy.orderedPrefixFilter ?? filter)
                if filter.isEmpty {
                    lines.append(
                        "\(prefixListKeyword(neighbor.family)) prefix-list \(policy.prefixFilterName) seq 5 deny any")
                }
            }
            for (index, entry) in neighbor.exportPolicy.entries.enumerated() {
                lines += prefixListLines(
                    exportListName(neighbor.exportPolicy, index: index), family: entry.prefix.family,
                    entries: [PrefixListEntry(prefix: entry.prefix)])
            }
        }
        let export = plan.internetExport
        for family in AddressFamily.allCases {
            let prefixes = export.prefixes.filter { $0.family == family }
            guard !prefixes.isEmpty else { continue }
            lines += prefixListLines(
                family == .ipv4 ? export.prefixListName : v6Name(export.prefixListName), family: family,
                entries: prefixes.map { PrefixListEntry(prefix: $0) })
        }
        if lines.last != "!" && !lines.isEmpty { lines.append("!") }
        for neighbor in neighbors {
            lines += importRouteMap(neighbor)
            lines += exportRouteMap(neighbor, localASN: plan.localASN)
        }
        lines += ispRouteMap(plan)
        lines += ispImportFilters(plan)
        return lines
    }

    /// The ISP import route-maps (Docs/Simulation.md, "ISP import filter"): routes equal to or
    /// inside an AWS prefix are denied first with `reject_aws_prefixes`, the default route is
    /// kept only with `default_route`, other routes only with a `table`.
    static func ispImportFilters(_ plan: RouterPlan) -> [String] {
        guard !plan.ispNeighbors.isEmpty else { return [] }
        var lines: [String] = []
        let families = Set(plan.ispNeighbors.map(\.family))
        if let filter = plan.awsPrefixFilter {
            for family in AddressFamily.allCases where families.contains(family) {
                let entries = filter.entries(for: family)
                lines.append(
                    ConfigText.comment(
                        "AWS prefixes, exact or longer (reject_aws_prefixes): \(entries.count) entries"
                    ).commentLine)
                lines += prefixListLines(filter.name(for: family), family: family, entries: entries)
                if entries.isEmpty {
                    lines.append("\(prefixListKeyword(family)) prefix-list \(filter.name(for: family)) seq 5 deny any")
                }
            }
        }
        for family in AddressFamily.allCases where families.contains(family) {
            lines += prefixListLines(
                defaultListName(family), family: family, entries: [PrefixListEntry(prefix: .defaultRoute(family))])
        }
        lines.append("!")
        for neighbor in plan.ispNeighbors {
            let name = neighbor.importPolicyName
            let match = matchKeyword(neighbor.family)
            let keeps =
                neighbor.acceptsTable
                ? (neighbor.acceptsDefaultRoute
                    ? "its routes and the default route" : "its routes, not a default route")
                : neighbor.acceptsDefaultRoute ? "the default route only" : "nothing"
            lines.append(
                ConfigText.comment(
                    "Inbound from \(neighbor.uplink): keep \(keeps)\(neighbor.rejectsAWSPrefixes ? ", never a route inside an AWS prefix" : ""), local-preference \(neighbor.localPreference)"
                ).commentLine)
            var sequence = 10
            if let filter = plan.awsPrefixFilter, neighbor.rejectsAWSPrefixes {
                lines += [
                    "route-map \(name) deny \(sequence)",
                    " match \(match) address prefix-list \(filter.name(for: neighbor.family))", "exit",
                ]
                sequence += 10
            }
            if neighbor.acceptsTable || neighbor.acceptsDefaultRoute {
                if !neighbor.acceptsDefaultRoute {
                    lines += [
                        "route-map \(name) deny \(sequence)",
                        " match \(match) address prefix-list \(defaultListName(neighbor.family))", "exit",
                    ]
                    sequence += 10
                }
                lines.append("route-map \(name) permit \(sequence)")
                if !neighbor.acceptsTable {
                    lines.append(" match \(match) address prefix-list \(defaultListName(neighbor.family))")
                }
                lines += [" set local-preference \(neighbor.localPreference)", "exit"]
                sequence += 10
            }
            lines += ["route-map \(name) deny \(sequence)", "exit", "!"]
        }
        return lines
    }

    static func defaultListName(_ family: AddressFamily) -> String {
        family == .ipv4 ? "DEFAULT-ROUTE" : "DEFAULT-ROUTE-V6"
    }

    /// 7224:8100 → 10/11, 7224:8200 → 20/21, untagged → 30; a permit with a prefix filter is
    /// followed by a deny for the same tag so that filtered-out tagged routes do not fall through.
    static func importRouteMap(_ neighbor: NeighborPlan) -> [String] {
        let policy = neighbor.importPolicy
        let match = matchKeyword(neighbor.family)
        var lines = [
            ConfigText.comment(
                "Inbound from AWS on \(neighbor.virtualInterface): keep \(acceptedText(policy)), local-preference \(policy.localPreference)"
            ).commentLine
        ]
        func statement(_ accept: Bool, sequence: Int, list: String?) {
            if accept {
                lines.append("route-map \(policy.name) permit \(sequence)")
                if let list { lines.append(" match community \(list)") }
                if policy.prefixFilter != nil {
                    lines.append(" match \(match) address prefix-list \(policy.prefixFilterName)")
                }
                lines.append(" set local-preference \(policy.localPreference)")
                lines.append("exit")
                if policy.prefixFilter != nil, let list {
                    lines += ["route-map \(policy.name) deny \(sequence + 1)", " match community \(list)", "exit"]
                }
            } else {
                lines.append("route-map \(policy.name) deny \(sequence)")
                if let list { lines.append(" match community \(list)") }
                lines.append("exit")
            }
        }
        statement(policy.acceptRegion, sequence: 10, list: regionList)
        statement(policy.acceptContinent, sequence: 20, list: continentList)
        statement(policy.acceptUntagged, sequence: 30, list: nil)
        return lines + ["!"]
    }

    static func exportRouteMap(_ neighbor: NeighborPlan, localASN: ASN) -> [String] {
        let policy = neighbor.exportPolicy
        var lines = [
            ConfigText.comment(
                "Outbound to AWS on \(neighbor.virtualInterface): only the advertised prefixes (implicit deny)"
            ).commentLine
        ]
        if policy.entries.isEmpty {
            lines += ["route-map \(policy.name) deny 10", "exit"]
        }
        for (index, entry) in policy.entries.enumerated() {
            lines.append("route-map \(policy.name) permit \((index + 1) * 10)")
            lines.append(
                " match \(matchKeyword(entry.prefix.family)) address prefix-list \(exportListName(policy, index: index))"
            )
            if !entry.communities.isEmpty {
                lines.append(" set community \(entry.communities.map(\.description).joined(separator: " ")) additive")
            }
            if entry.prepend > 0 {
                lines.append(
                    " set as-path prepend \(Array(repeating: localASN.description, count: entry.prepend).joined(separator: " "))"
                )
            }
            lines.append("exit")
        }
        return lines + ["!"]
    }

    static func ispRouteMap(_ plan: RouterPlan) -> [String] {
        let export = plan.internetExport
        var lines = ["! To the ISPs: only the customer prefixes, never AWS routes (they carry NO_EXPORT)."]
        let unwritten = export.uplinks.filter { uplink in !plan.ispNeighbors.contains { $0.uplink == uplink } }
        if !unwritten.isEmpty || export.uplinks.isEmpty {
            lines += [
                "! ISP peer addresses are not in the topology: attach it on each ISP session with",
                ConfigText.comment(
                    "neighbor ISP-PEER route-map \(export.name) out (uplinks: \(unwritten.isEmpty ? "none" : unwritten.joined(separator: ", ")))"
                ).commentLine,
            ]
        }
        var sequence = 10
        for family in AddressFamily.allCases where export.prefixes.contains(where: { $0.family == family }) {
            let name = family == .ipv4 ? export.prefixListName : v6Name(export.prefixListName)
            lines += [
                "route-map \(export.name) permit \(sequence)",
                " match \(matchKeyword(family)) address prefix-list \(name)", "exit",
            ]
            sequence += 10
        }
        if sequence == 10 { lines += ["route-map \(export.name) deny 10", "exit"] }
        return lines + ["!"]
    }

    static func matchKeyword(_ family: AddressFamily) -> String { family == .ipv4 ? "ip" : "ipv6" }

    static func acceptedText(_ policy: ImportPolicyPlan) -> String {
        var scopes: [String] = []
        if policy.acceptRegion { scopes.append(BGPCommunity.awsLocalRegion.description) }
        if policy.acceptContinent { scopes.append(BGPCommunity.awsContinent.description) }
        if policy.acceptUntagged { scopes.append("untagged") }
        let text = scopes.isEmpty ? "nothing" : scopes.joined(separator: ", ")
        return policy.prefixFilter == nil ? text : text + " within \(policy.prefixFilterName)"
    }

    // MARK: BFD and BGP

    static func bfd(_ plan: RouterPlan) -> [String] {
        let peers = plan.neighbors.filter { $0.bfd != nil && $0.peerAddress != nil }
        guard !peers.isEmpty else { return [] }
        var lines = [
            "! BFD: AWS runs asynchronous BFD with a \(DirectConnectRules.bfdMinimumIntervalMilliseconds) ms minimum interval and multiplier \(DirectConnectRules.bfdMinimumMultiplier)."
        ]
        lines.append("bfd")
        for neighbor in peers {
            guard let timers = neighbor.bfd, let peer = neighbor.peerAddress else { continue }
            var line = " peer \(peer)"
            if let local = neighbor.localAddress { line += " local-address \(local.address)" }
            line += " interface \(subinterface(neighbor.interface))"
            lines += [
                line,
                "  detect-multiplier \(timers.multiplier)",
                "  receive-interval \(timers.intervalMilliseconds)",
                "  transmit-interval \(timers.intervalMilliseconds)",
                " exit",
            ]
        }
        return lines + ["exit", "!"]
    }

    static func bgp(_ plan: RouterPlan) -> [String] {
        var lines = ["router bgp \(plan.localASN)"]
        if let routerID = plan.routerID { lines.append(" bgp router-id \(routerID)") }
        let sessions = plan.neighbors.filter { $0.peerAddress != nil }
        for neighbor in plan.neighbors {
            guard let peer = neighbor.peerAddress else {
                lines.append(
                    ConfigText.comment(
                        " \(neighbor.virtualInterface): no AWS peer address yet, session not written (ipv6-peer-unknown)"
                    ).commentLine)
                continue
            }
            lines.append(" neighbor \(peer) remote-as \(neighbor.remoteASN)")
            lines.append(" neighbor \(peer) description \(ConfigText.comment(neighbor.description))")
            if let key = neighbor.authKey {
                if key.isPlaceholder {
                    lines.append(
                        " ! WARNING: set the key: replace \(key.text) with the BGP MD5 key AWS shows for the VIF")
                }
                lines.append(" neighbor \(peer) password \(key.text)")
            }
            if neighbor.bfd != nil { lines.append(" neighbor \(peer) bfd") }
        }
        for neighbor in plan.internalNeighbors {
            lines += [
                " neighbor \(neighbor.peerAddress) remote-as \(plan.localASN)",
                " neighbor \(neighbor.peerAddress) description \(ConfigText.comment(neighbor.description))",
                " neighbor \(neighbor.peerAddress) update-source \(neighbor.localAddress)",
            ]
        }
        for neighbor in plan.ispNeighbors {
            lines += [
                " neighbor \(neighbor.peerAddress) remote-as \(neighbor.remoteASN)",
                " neighbor \(neighbor.peerAddress) description \(ConfigText.comment(neighbor.description))",
                " neighbor \(neighbor.peerAddress) update-source \(neighbor.localAddress)",
            ]
        }
        let ispV6 = plan.ispNeighbors.filter { $0.family == .ipv6 }
        for family in AddressFamily.allCases {
            let members = sessions.filter { $0.family == family }
            let networks = plan.originated.filter { $0.family == family }
            let isps = plan.ispNeighbors.filter { $0.family == family }
            let mesh = family == .ipv4 ? plan.internalNeighbors : []
            let deactivate = family == .ipv4 && (sessions.contains { $0.family != .ipv4 } || !ispV6.isEmpty)
            guard !members.isEmpty || !networks.isEmpty || deactivate || !isps.isEmpty || !mesh.isEmpty
            else { continue }
            lines.append(" !")
            lines.append(" address-family \(family == .ipv4 ? "ipv4" : "ipv6") unicast")
            for prefix in networks { lines.append("  network \(prefix)") }
            if family == .ipv4 {
                // `frr defaults traditional` activates every neighbor for IPv4 unicast.
                for neighbor in sessions where neighbor.family != .ipv4 {
                    lines.append("  no neighbor \(neighbor.peerAddress!) activate")
                }
                for neighbor in ispV6 { lines.append("  no neighbor \(neighbor.peerAddress) activate") }
            }
            lines += RouteMapText.meshAndISPActivation(mesh: mesh, isps: isps, plan: plan, sendCommunity: "all")
            for neighbor in members {
                let peer = neighbor.peerAddress!
                lines.append("  neighbor \(peer) activate")
                lines.append("  neighbor \(peer) route-map \(neighbor.importPolicy.name) in")
                lines.append("  neighbor \(peer) route-map \(neighbor.exportPolicy.name) out")
                // FRR counts the routes the import route-map keeps (no `force`): the accepted-route guard.
                lines.append(
                    "  neighbor \(peer) maximum-prefix \(neighbor.prefixLimits.accepted) restart \(neighbor.prefixLimits.restartMinutes)"
                )
            }
            lines.append(" exit-address-family")
        }
        return lines + ["exit", "!"]
    }
}

extension String {
    /// This (already sanitized) text as an FRR/IOS comment line.
    fileprivate var commentLine: String { "! " + self }
}
