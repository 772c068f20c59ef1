import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning

/// Cisco IOS-XE configuration for a `RouterPlan`, to paste in `configure terminal`: 802.1Q
/// subinterfaces, BFD, Null0 routes, community lists, prefix lists, route-maps and `router bgp`
/// with per-family address families (Cisco IOS XE "IP Routing: BGP Configuration Guide";
/// AWS DX sample router configuration for Cisco IOS; Docs/Vendors.md cites each construct).
public enum IOSXEConfigRenderer {
    public static func render(_ plan: RouterPlan) -> String {
        var lines = VendorConfigText.notGenerated(plan, marker: "!")
        lines += VendorConfigText.header(plan, marker: "!")
        lines.append("!")
        lines.append("ip bgp-community new-format")
        if needsIPv6(plan) { lines.append("ipv6 unicast-routing") }
        lines.append("!")
        lines += interfaces(plan)
        lines += staticRoutes(plan)
        lines += policies(plan)
        lines += bgp(plan)
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The router_id loopback the iBGP sessions run between.
    static let loopback = "Loopback0"

    static func needsIPv6(_ plan: RouterPlan) -> Bool {
        plan.interfaces.contains { $0.addresses.contains { $0.family == .ipv6 } }
            || plan.originated.contains { $0.family == .ipv6 }
            || plan.neighbors.contains { $0.family == .ipv6 }
            || !plan.internalNeighbors(.ipv6).isEmpty
    }

    /// IOS-XE's spelling of the shared route-map writer: `ip prefix-list … seq N`, `ip
    /// community-list standard`, entries closed by `!`.
    static var routeMaps: RouteMapText {
        RouteMapText(
            indent: " ", entryEnd: "!", mapEnd: [], prefixList: RouteMapText.seqPrefixList,
            communityList: { set in
                set.communities.map {
                    "ip community-list standard \(set.name) permit \(VendorConfigText.community($0))"
                }
            })
    }

    /// LAG members join their Port-channel with LACP active (`channel-group N mode active`, IOS XE
    /// "IEEE 802.3ad Link Bundling", `cisco-iosxe-vlan`; AWS runs LACP on every LAG, `dx-lags`).
    static func lagMembers(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        for lag in plan.lags {
            for member in lag.members {
                lines += [
                    "interface \(member.port)", " description \(VendorConfigText.memberDescription(lag, member))",
                    " no ip address", " channel-group \(lag.number) mode active", " no shutdown", "!",
                ]
            }
        }
        return lines
    }

    static func interfaces(_ plan: RouterPlan) -> [String] {
        var lines = lagMembers(plan)
        let loopbacks = plan.meshLoopbacks
        if loopbacks.v4 != nil || loopbacks.v6 != nil {
            lines += ["interface \(loopback)", " description \(VendorConfigText.loopbackDescription(plan))"]
            if let routerID = loopbacks.v4 { lines.append(" ip address \(routerID) 255.255.255.255") }
            if let loopback = loopbacks.v6 { lines.append(" ipv6 address \(loopback)/128") }
            lines.append("!")
        }
        for parent in VendorConfigText.parents(plan) {
            if plan.interfaces.contains(where: { $0.parent == parent && $0.macsec }) {
                lines += VendorConfigText.macsecNote(
                    parent, vendorHint: "see mka policy and macsec network-link in the IOS XE MACsec guide", marker: "!"
                )
            }
            lines += ["interface \(parent)", " no ip address", " no shutdown", "!"]
        }
        for interface in plan.interfaces {
            lines.append("interface \(plan.vendor.subinterface(interface.parent, vlan: interface.vlan))")
            lines.append(" description \(ConfigText.comment(interface.description))")
            lines.append(" encapsulation dot1Q \(interface.vlan)")
            for address in interface.addresses {
                if address.family == .ipv4 {
                    lines.append(" ip address \(address.address) \(VendorConfigText.netmask(address.prefixLength))")
                } else {
                    lines.append(" ipv6 address \(address)")
                }
            }
            if interface.addresses.isEmpty {
                lines.append(
                    VendorConfigText.comment("no customer address in the topology yet", marker: "!", indent: " "))
            }
            if let bfd = VendorConfigText.bfd(on: interface, in: plan) {
                lines.append(
                    " bfd interval \(bfd.intervalMilliseconds) min_rx \(bfd.intervalMilliseconds) multiplier \(bfd.multiplier)"
                )
            }
            lines.append(" no shutdown")
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
        for prefix in plan.originated {
            lines.append(
                prefix.family == .ipv4
                    ? "ip route \(prefix.network) \(VendorConfigText.netmask(prefix.length)) Null0"
                    : "ipv6 route \(prefix) Null0")
        }
        lines.append("!")
        return lines
    }

    static func policies(_ plan: RouterPlan) -> [String] { routeMaps.policies(plan) }

    static func bgp(_ plan: RouterPlan) -> [String] {
        var lines = ["router bgp \(plan.localASN)"]
        if let routerID = plan.routerID { lines.append(" bgp router-id \(routerID)") }
        lines.append(" bgp log-neighbor-changes")
        let sessions = plan.neighbors.compactMap { neighbor in neighbor.peerAddress.map { (neighbor, $0) } }
        for neighbor in plan.neighbors where neighbor.peerAddress == nil {
            lines.append(
                VendorConfigText.comment(
                    "No session for \(neighbor.virtualInterface): Amazon's peer address is not known yet", marker: "!",
                    indent: " "))
        }
        for (neighbor, peer) in sessions {
            lines.append(" neighbor \(peer) remote-as \(neighbor.remoteASN)")
            lines.append(" neighbor \(peer) description \(ConfigText.comment(neighbor.description))")
            if let key = neighbor.authKey {
                let (text, warning) = VendorConfigText.key(key, virtualInterface: neighbor.virtualInterface)
                if let warning { lines.append(VendorConfigText.comment(warning, marker: "!", indent: " ")) }
                lines.append(" neighbor \(peer) password \(text)")
            } else {
                lines.append(
                    VendorConfigText.comment(
                        VendorConfigText.missingKeyWarning(neighbor.virtualInterface), marker: "!", indent: " "))
            }
            if neighbor.bfd != nil { lines.append(" neighbor \(peer) fall-over bfd") }
        }
        lines += RouteMapText.meshAndISPNeighbors(plan, meshSource: loopback) {
            VendorConfigText.comment(
                "the session's source is \($0.localAddress), on the interface facing the ISP", marker: "!", indent: " ")
        }
        for family in [AddressFamily.ipv4, .ipv6] {
            let familySessions = sessions.filter { $0.0.family == family }
            let networks = plan.originated.filter { $0.family == family }
            let isps = plan.ispNeighbors.filter { $0.family == family }
            let mesh = plan.internalNeighbors(family)
            let others =
                family == .ipv4
                ? sessions.filter { $0.0.family == .ipv6 }.map(\.1)
                    + plan.ispNeighbors.filter { $0.family == .ipv6 }.map(\.peerAddress)
                    + plan.internalNeighbors(.ipv6).map(\.peerAddress) : []
            guard !familySessions.isEmpty || !networks.isEmpty || !others.isEmpty || !isps.isEmpty || !mesh.isEmpty
            else { continue }
            lines.append(" !")
            lines.append(" address-family \(family == .ipv4 ? "ipv4" : "ipv6")")
            for prefix in networks {
                lines.append(
                    family == .ipv4
                        ? "  network \(prefix.network) mask \(VendorConfigText.netmask(prefix.length))"
                        : "  network \(prefix)")
            }
            for (neighbor, peer) in familySessions {
                lines.append("  neighbor \(peer) activate")
                lines.append("  neighbor \(peer) send-community")
                lines.append("  neighbor \(peer) route-map \(neighbor.importPolicy.name) in")
                lines.append("  neighbor \(peer) route-map \(neighbor.exportPolicy.name) out")
                lines.append(
                    "  neighbor \(peer) maximum-prefix \(neighbor.prefixLimits.received) restart \(neighbor.prefixLimits.restartMinutes)"
                )
            }
            lines += RouteMapText.meshAndISPActivation(mesh: mesh, isps: isps, plan: plan, sendCommunity: "both")
            for peer in others { lines.append("  no neighbor \(peer) activate") }
            lines.append(" exit-address-family")
        }
        lines.append("!")
        return lines
    }
}
