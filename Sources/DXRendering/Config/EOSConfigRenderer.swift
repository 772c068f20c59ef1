import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning

/// Arista EOS configuration for a `RouterPlan`, to paste in `configure` (or a `configure
/// session`): routed 802.1Q subinterfaces, BFD, Null0 routes, community lists, prefix lists,
/// route-maps and `router bgp` (Arista EOS User Manual: Ethernet Ports, BFD, Route Maps, BGP;
/// Docs/Vendors.md cites each construct).
public enum EOSConfigRenderer {
    public static func render(_ plan: RouterPlan) -> String {
        var lines = VendorConfigText.notGenerated(plan, marker: "!")
        lines += VendorConfigText.header(plan, marker: "!")
        lines.append("!")
        lines.append("ip routing")
        if IOSXEConfigRenderer.needsIPv6(plan) { lines.append("ipv6 unicast-routing") }
        lines.append("!")
        lines += interfaces(plan)
        lines += staticRoutes(plan)
        lines += policies(plan)
        lines += bgp(plan)
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// EOS's spelling of the shared route-map writer: prefix lists as blocks of `seq N` lines,
    /// `ip community-list NAME permit C`, entries closed by `!`.
    static var routeMaps: RouteMapText {
        RouteMapText(
            indent: "   ", entryEnd: "!", mapEnd: [],
            prefixList: { set in
                let lines = set.entries.enumerated().map { index, entry in
                    let range = VendorConfigText.range(entry).map { " le \($0)" } ?? ""
                    return "   seq \((index + 1) * 10) \(entry.permit ? "permit" : "deny") \(entry.prefix)\(range)"
                }
                return ["\(RouteMapText.familyKeyword(set.family)) prefix-list \(set.name)"] + lines + ["!"]
            },
            communityList: { set in
                set.communities.map { "ip community-list \(set.name) permit \(VendorConfigText.community($0))" }
            })
    }

    static func interfaces(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        // LAG members join their Port-Channel with LACP active (EOS "Port Channels and LACP",
        // `arista-eos-manual`; AWS runs LACP on every LAG, `dx-lags`).
        for lag in plan.lags {
            for member in lag.members {
                lines += [
                    "interface \(member.port)", "   description \(VendorConfigText.memberDescription(lag, member))",
                    "   channel-group \(lag.number) mode active", "   no shutdown", "!",
                ]
            }
        }
        for parent in VendorConfigText.parents(plan) {
            if plan.interfaces.contains(where: { $0.parent == parent && $0.macsec }) {
                lines += VendorConfigText.macsecNote(
                    parent, vendorHint: "see mac security profile (cipher aes256-gcm-xpn) in the EOS MACsec guide",
                    marker: "!")
            }
            lines += ["interface \(parent)", "   no switchport", "   no shutdown", "!"]
        }
        let loopbacks = plan.meshLoopbacks
        if loopbacks.v4 != nil || loopbacks.v6 != nil {
            lines += [
                "interface \(loopback)", "   description \(VendorConfigText.loopbackDescription(plan))",
            ]
            if let routerID = loopbacks.v4 { lines.append("   ip address \(routerID)/32") }
            if let loopback = loopbacks.v6 { lines.append("   ipv6 address \(loopback)/128") }
            lines.append("!")
        }
        for interface in plan.interfaces {
            lines.append("interface \(plan.vendor.subinterface(interface.parent, vlan: interface.vlan))")
            lines.append("   description \(ConfigText.comment(interface.description))")
            lines.append("   encapsulation dot1q vlan \(interface.vlan)")
            for address in interface.addresses {
                if address.family == .ipv4 {
                    lines.append("   ip address \(address)")
                } else {
                    lines.append("   ipv6 enable")
                    lines.append("   ipv6 address \(address)")
                }
            }
            if interface.addresses.isEmpty {
                lines.append(
                    VendorConfigText.comment("no customer address in the topology yet", marker: "!", indent: "   "))
            }
            if let bfd = VendorConfigText.bfd(on: interface, in: plan) {
                lines.append(
                    "   bfd interval \(bfd.intervalMilliseconds) min-rx \(bfd.intervalMilliseconds) multiplier \(bfd.multiplier)"
                )
            }
            lines.append("   no shutdown")
            lines.append("!")
        }
        return lines
    }

    static func staticRoutes(_ plan: RouterPlan) -> [String] {
        guard !plan.originated.isEmpty else { return [] }
        var lines = [
            VendorConfigText.comment(
                "Originated prefixes: a Null0 route puts each one in the RIB for its network statement", marker: "!")
        ]
        lines += plan.originated.map { "\($0.family == .ipv4 ? "ip" : "ipv6") route \($0) Null0" }
        lines.append("!")
        return lines
    }

    /// The router_id loopback the iBGP sessions run between.
    static let loopback = "Loopback0"

    static func policies(_ plan: RouterPlan) -> [String] { routeMaps.policies(plan) }

    static func bgp(_ plan: RouterPlan) -> [String] {
        var lines = ["router bgp \(plan.localASN)"]
        if let routerID = plan.routerID { lines.append("   router-id \(routerID)") }
        let sessions = plan.neighbors.compactMap { neighbor in neighbor.peerAddress.map { (neighbor, $0) } }
        for neighbor in plan.neighbors where neighbor.peerAddress == nil {
            lines.append(
                VendorConfigText.comment(
                    "No session for \(neighbor.virtualInterface): Amazon's peer address is not known yet", marker: "!",
                    indent: "   "))
        }
        for (neighbor, peer) in sessions {
            lines.append("   neighbor \(peer) remote-as \(neighbor.remoteASN)")
            lines.append("   neighbor \(peer) description \(ConfigText.comment(neighbor.description))")
            if let key = neighbor.authKey {
                let (text, warning) = VendorConfigText.key(key, virtualInterface: neighbor.virtualInterface)
                if let warning { lines.append(VendorConfigText.comment(warning, marker: "!", indent: "   ")) }
                lines.append("   neighbor \(peer) password 0 \(text)")
            } else {
                lines.append(
                    VendorConfigText.comment(
                        VendorConfigText.missingKeyWarning(neighbor.virtualInterface), marker: "!", indent: "   "))
            }
            if neighbor.bfd != nil { lines.append("   neighbor \(peer) bfd") }
            lines.append("   neighbor \(peer) send-community")
            lines.append("   neighbor \(peer) route-map \(neighbor.importPolicy.name) in")
            lines.append("   neighbor \(peer) route-map \(neighbor.exportPolicy.name) out")
            lines.append("   neighbor \(peer) maximum-routes \(neighbor.prefixLimits.received)")
            lines.append("   neighbor \(peer) maximum-accepted-routes \(neighbor.prefixLimits.accepted)")
            lines.append("   neighbor \(peer) idle-restart-timer \(neighbor.prefixLimits.restartMinutes * 60)")
        }
        for neighbor in plan.internalNeighbors {
            let peer = neighbor.peerAddress
            lines += [
                "   neighbor \(peer) remote-as \(plan.localASN)",
                "   neighbor \(peer) description \(ConfigText.comment(neighbor.description))",
                "   neighbor \(peer) update-source \(loopback)", "   neighbor \(peer) next-hop-self",
                "   neighbor \(peer) send-community",
            ]
        }
        for neighbor in plan.ispNeighbors {
            let peer = neighbor.peerAddress
            lines += [
                "   neighbor \(peer) remote-as \(neighbor.remoteASN)",
                "   neighbor \(peer) description \(ConfigText.comment(neighbor.description))",
                VendorConfigText.comment(
                    "the session's source is \(neighbor.localAddress), on the interface facing the ISP", marker: "!",
                    indent: "   "),
                "   neighbor \(peer) route-map \(neighbor.importPolicyName) in",
                "   neighbor \(peer) route-map \(plan.internetExport.name) out",
            ]
        }
        for family in [AddressFamily.ipv4, .ipv6] {
            let familySessions = sessions.filter { $0.0.family == family }.map(\.1)
            let networks = plan.originated.filter { $0.family == family }
            let added =
                plan.ispNeighbors.filter { $0.family == family }.map(\.peerAddress)
                + plan.internalNeighbors(family).map(\.peerAddress)
            let others =
                family == .ipv4
                ? sessions.filter { $0.0.family == .ipv6 }.map(\.1)
                    + plan.ispNeighbors.filter { $0.family == .ipv6 }.map(\.peerAddress)
                    + plan.internalNeighbors(.ipv6).map(\.peerAddress) : []
            guard !familySessions.isEmpty || !networks.isEmpty || !others.isEmpty || !added.isEmpty else { continue }
            lines.append("   !")
            lines.append("   address-family \(family == .ipv4 ? "ipv4" : "ipv6")")
            lines += (familySessions + added).map { "      neighbor \($0) activate" }
            lines += others.map { "      no neighbor \($0) activate" }
            lines += networks.map { "      network \($0)" }
        }
        lines.append("!")
        return lines
    }
}
