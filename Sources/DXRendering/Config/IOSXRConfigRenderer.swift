import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning

/// Cisco IOS-XR configuration for a `RouterPlan`, commit-style (enter `configure`, paste or
/// `load`, `show commit changes diff`, `commit`): 802.1Q subinterfaces, `router static` Null0
/// routes, RPL community-sets, prefix-sets and route-policies, and `router bgp` with BFD and
/// per-family policies (Cisco IOS XR "Routing Configuration Guide": Implementing Routing Policy,
/// Implementing BGP; Docs/Vendors.md cites each construct).
public enum IOSXRConfigRenderer {
    public static func render(_ plan: RouterPlan) -> String {
        var lines = VendorConfigText.notGenerated(plan, marker: "!")
        lines += VendorConfigText.header(plan, marker: "!")
        lines.append(
            VendorConfigText.comment(
                "Apply: configure, paste (or load FILE), show commit changes diff, commit", marker: "!"))
        lines.append("!")
        lines += interfaces(plan)
        lines += staticRoutes(plan)
        lines += policies(plan)
        lines += bgp(plan)
        lines.append(VendorConfigText.comment("End of dxplan configuration: review, then commit", marker: "!"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The router_id loopback the iBGP sessions run between.
    static let loopback = "Loopback0"

    static func interfaces(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        // LAG members join their Bundle-Ether with LACP active (`bundle id N mode active`, IOS XR
        // "Configuring Link Bundling", `cisco-iosxr-interfaces`; AWS runs LACP on every LAG, `dx-lags`).
        for lag in plan.lags {
            for member in lag.members {
                lines += [
                    "interface \(member.port)", " description \(VendorConfigText.memberDescription(lag, member))",
                    " bundle id \(lag.number) mode active", " no shutdown", "!",
                ]
            }
        }
        for parent in VendorConfigText.parents(plan) {
            if plan.interfaces.contains(where: { $0.parent == parent && $0.macsec }) {
                lines += VendorConfigText.macsecNote(
                    parent,
                    vendorHint:
                        "see macsec-policy (cipher-suite GCM-AES-XPN-256) and macsec psk-keychain in the IOS XR MACsec guide",
                    marker: "!")
            }
            lines += ["interface \(parent)", " no shutdown", "!"]
        }
        let loopbacks = plan.meshLoopbacks
        if loopbacks.v4 != nil || loopbacks.v6 != nil {
            lines += ["interface \(loopback)", " description \(VendorConfigText.loopbackDescription(plan))"]
            if let routerID = loopbacks.v4 { lines.append(" ipv4 address \(routerID) 255.255.255.255") }
            if let loopback = loopbacks.v6 { lines.append(" ipv6 address \(loopback)/128") }
            lines.append("!")
        }
        for interface in plan.interfaces {
            lines.append("interface \(plan.vendor.subinterface(interface.parent, vlan: interface.vlan))")
            lines.append(" description \(ConfigText.comment(interface.description))")
            for address in interface.addresses {
                if address.family == .ipv4 {
                    lines.append(" ipv4 address \(address.address) \(VendorConfigText.netmask(address.prefixLength))")
                } else {
                    lines.append(" ipv6 address \(address)")
                }
            }
            if interface.addresses.isEmpty {
                lines.append(
                    VendorConfigText.comment("no customer address in the topology yet", marker: "!", indent: " "))
            }
            lines.append(" encapsulation dot1q \(interface.vlan)")
            lines.append("!")
        }
        return lines
    }

    static func staticRoutes(_ plan: RouterPlan) -> [String] {
        guard !plan.originated.isEmpty else { return [] }
        var lines = [
            VendorConfigText.comment(
                "Originated prefixes: a Null0 route puts each one in the RIB for its network statement", marker: "!"),
            "router static",
        ]
        for family in [AddressFamily.ipv4, .ipv6] {
            let prefixes = plan.originated.filter { $0.family == family }
            guard !prefixes.isEmpty else { continue }
            lines.append(" address-family \(family == .ipv4 ? "ipv4" : "ipv6") unicast")
            lines += prefixes.map { "  \($0) Null0" }
            lines.append(" !")
        }
        lines.append("!")
        return lines
    }

    /// `prefix-set` body lines: comma after every element but the last.
    static func prefixSet(_ set: PrefixSetPlan) -> [String] {
        var lines = ["prefix-set \(set.name)"]
        for (index, entry) in set.entries.enumerated() {
            let range = VendorConfigText.range(entry).map { " le \($0)" } ?? ""
            lines.append("  \(entry.prefix)\(range)\(index == set.entries.count - 1 ? "" : ",")")
        }
        lines += ["end-set", "!"]
        return lines
    }

    /// The community-sets the terms match, then per policy the prefix-sets it is the first to
    /// use and the route-policy.
    static func policies(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        var defined: Set<String> = []
        let policies = VendorConfigText.headedPolicies(plan) {
            "neighbor ISP-ADDRESS address-family ... route-policy \($0) out"
        }
        for policy in policies.map(\.policy) {
            for term in policy.terms {
                for case .community(let set) in term.conditions where defined.insert("community:" + set.name).inserted {
                    lines += ["community-set \(set.name)"]
                    lines += set.communities.enumerated().map { index, community in
                        "  \(VendorConfigText.community(community))\(index == set.communities.count - 1 ? "" : ",")"
                    }
                    lines += ["end-set", "!"]
                }
            }
        }
        for (heading, policy) in policies {
            lines += heading.map { VendorConfigText.comment($0, marker: "!") }
            for set in policy.prefixSets where defined.insert("prefix:" + set.name).inserted {
                lines += prefixSet(set)
            }
            lines += routePolicy(policy, localASN: plan.localASN)
        }
        return lines
    }

    /// RPL for the planned terms: a term with conditions is `if … and … then … done|drop endif`;
    /// the first term without conditions ends the policy (what follows it is never reached).
    static func routePolicy(_ policy: RoutePolicy, localASN: ASN) -> [String] {
        var lines = ["route-policy \(policy.name)"]
        for term in policy.terms {
            if let comment = term.comment { lines.append("  # \(ConfigText.comment(comment))") }
            let body =
                term.actions.map { action in
                    switch action {
                    case .setLocalPreference(let value): "set local-preference \(value)"
                    case .addCommunities(let set):
                        "set community (\(set.communities.map(VendorConfigText.community).joined(separator: ", "))) additive"
                    case .prependOwnAS(let count): "prepend as-path \(localASN) \(count)"
                    }
                } + [term.disposition == .accept ? "done" : "drop"]
            guard !term.conditions.isEmpty else {
                lines += body.map { "  " + $0 }
                break
            }
            let conditions = term.conditions.map { condition in
                switch condition {
                case .community(let set): "community matches-any \(set.name)"
                case .prefixSet(let set): "destination in \(set.name)"
                }
            }
            lines.append("  if \(conditions.joined(separator: " and ")) then")
            lines += body.map { "    " + $0 }
            lines.append("  endif")
        }
        return lines + ["end-policy", "!"]
    }

    static func bgp(_ plan: RouterPlan) -> [String] {
        var lines = ["router bgp \(plan.localASN)"]
        if let routerID = plan.routerID { lines.append(" bgp router-id \(routerID)") }
        for family in [AddressFamily.ipv4, .ipv6] {
            let networks = plan.originated.filter { $0.family == family }
            let used =
                plan.neighbors.contains { $0.family == family && $0.peerAddress != nil }
                || plan.ispNeighbors.contains { $0.family == family }
                || !plan.internalNeighbors(family).isEmpty
            guard used || !networks.isEmpty else { continue }
            lines.append(" address-family \(family == .ipv4 ? "ipv4" : "ipv6") unicast")
            lines += networks.map { "  network \($0)" }
            lines.append(" !")
        }
        for neighbor in plan.neighbors {
            guard let peer = neighbor.peerAddress else {
                lines.append(
                    VendorConfigText.comment(
                        "No session for \(neighbor.virtualInterface): Amazon's peer address is not known yet",
                        marker: "!", indent: " "))
                continue
            }
            lines.append(" neighbor \(peer)")
            lines.append("  remote-as \(neighbor.remoteASN)")
            lines.append("  description \(ConfigText.comment(neighbor.description))")
            if let key = neighbor.authKey {
                let (text, warning) = VendorConfigText.key(key, virtualInterface: neighbor.virtualInterface)
                if let warning { lines.append(VendorConfigText.comment(warning, marker: "!", indent: "  ")) }
                lines.append("  password clear \(text)")
            } else {
                lines.append(
                    VendorConfigText.comment(
                        VendorConfigText.missingKeyWarning(neighbor.virtualInterface), marker: "!", indent: "  "))
            }
            if let bfd = neighbor.bfd {
                lines += [
                    "  bfd fast-detect", "  bfd minimum-interval \(bfd.intervalMilliseconds)",
                    "  bfd multiplier \(bfd.multiplier)",
                ]
            }
            lines.append("  address-family \(neighbor.family == .ipv4 ? "ipv4" : "ipv6") unicast")
            lines.append("   send-community-ebgp")
            lines.append("   route-policy \(neighbor.importPolicy.name) in")
            lines.append(
                "   maximum-prefix \(neighbor.prefixLimits.received) 75 restart \(neighbor.prefixLimits.restartMinutes)"
            )
            lines.append("   route-policy \(neighbor.exportPolicy.name) out")
            lines.append("  !")
            lines.append(" !")
        }
        lines += sessions(plan)
        lines.append("!")
        return lines
    }

    /// The iBGP full mesh (`update-source Loopback0`, `next-hop-self` in the family; IOS-XR sends
    /// communities to iBGP peers without `send-community-ebgp`) and the ISP sessions, whose
    /// eBGP policies in both directions are required by IOS-XR before any route is exchanged.
    static func sessions(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        for neighbor in plan.internalNeighbors {
            lines += [
                " neighbor \(neighbor.peerAddress)", "  remote-as \(plan.localASN)",
                "  description \(ConfigText.comment(neighbor.description))", "  update-source \(loopback)",
                "  address-family \(neighbor.family == .ipv4 ? "ipv4" : "ipv6") unicast", "   next-hop-self", "  !",
                " !",
            ]
        }
        for neighbor in plan.ispNeighbors {
            lines += [
                " neighbor \(neighbor.peerAddress)", "  remote-as \(neighbor.remoteASN)",
                "  description \(ConfigText.comment(neighbor.description))",
                VendorConfigText.comment(
                    "the session's source is \(neighbor.localAddress), on the interface facing the ISP", marker: "!",
                    indent: "  "),
                "  address-family \(neighbor.family == .ipv4 ? "ipv4" : "ipv6") unicast",
                "   route-policy \(neighbor.importPolicyName) in", "   route-policy \(plan.internetExport.name) out",
                "  !", " !",
            ]
        }
        return lines
    }
}
