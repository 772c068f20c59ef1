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
        let loopbacks = plan.meshLoopbacks
        if loopbacks.v4 != nil || loopbacks.v6 != nil {
            lines.append(
                loopbacks.v6 == nil
                    ? "! The router_id loopback: the iBGP sessions run between these addresses."
                    : "! The router_id and loopback_v6 loopback: the iBGP sessions run between these addresses.")
            lines.append("interface lo")
            if let routerID = loopbacks.v4 { lines.append(" ip address \(routerID)/32") }
            if let loopback = loopbacks.v6 { lines.append(" ipv6 address \(loopback)/128") }
            lines += ["exit", "!"]
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

    /// FRR's spelling of the shared route-map writer: `ip prefix-list … seq N`, `bgp
    /// community-list standard … seq N`, entries closed by `exit`.
    static var routeMaps: RouteMapText {
        RouteMapText(
            indent: " ", entryEnd: "exit", mapEnd: ["!"], prefixList: RouteMapText.seqPrefixList,
            communityList: { set in
                set.communities.enumerated().map { index, community in
                    "bgp community-list standard \(set.name) seq \((index + 1) * 5) permit \(VendorConfigText.community(community))"
                }
            })
    }

    static func filters(_ plan: RouterPlan) -> [String] { routeMaps.policies(plan) }

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
        lines += RouteMapText.meshAndISPNeighbors(plan, meshSource: nil) {
            " neighbor \($0.peerAddress) update-source \($0.localAddress)"
        }
        let ispV6 = plan.ispNeighbors.filter { $0.family == .ipv6 }
        for family in AddressFamily.allCases {
            let members = sessions.filter { $0.family == family }
            let networks = plan.originated.filter { $0.family == family }
            let isps = plan.ispNeighbors.filter { $0.family == family }
            let mesh = plan.internalNeighbors(family)
            let meshV6 = plan.internalNeighbors(.ipv6)
            let deactivate =
                family == .ipv4 && (sessions.contains { $0.family != .ipv4 } || !ispV6.isEmpty || !meshV6.isEmpty)
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
                for neighbor in meshV6 { lines.append("  no neighbor \(neighbor.peerAddress) activate") }
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
