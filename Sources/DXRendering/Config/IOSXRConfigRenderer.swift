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
        lines += VendorConfigText.header(plan, marker: "!", limits: limits(plan))
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

    /// Every generated name over the IOS-XR limit, as `vendor-name-too-long` findings.
    public static func limits(_ plan: RouterPlan) -> [Finding] {
        VendorLimits.check(names(plan), vendor: .iosXR)
    }

    static func names(_ plan: RouterPlan) -> [(kind: String, name: String)] {
        var names: [(kind: String, name: String)] = []
        for neighbor in plan.neighbors {
            names.append(("route-policy", neighbor.importPolicy.name))
            if neighbor.importPolicy.prefixFilter != nil {
                names.append(("prefix-set", neighbor.importPolicy.prefixFilterName))
            }
            if !neighbor.importPolicy.prefixFilterExceptions.isEmpty {
                names.append(("prefix-set", neighbor.importPolicy.prefixFilterExceptionsName))
            }
            names.append(("route-policy", neighbor.exportPolicy.name))
            for term in neighbor.importPolicy.terms {
                if let community = term.community {
                    names.append(("community-set", ImportPolicyPlan.communityListName(community)))
                }
            }
        }
        names.append(("route-policy", plan.internetExport.name))
        names.append(("prefix-set", plan.internetExport.prefixListName))
        for neighbor in plan.ispNeighbors { names.append(("route-policy", neighbor.importPolicyName)) }
        if let filter = plan.awsPrefixFilter {
            for family in AddressFamily.allCases { names.append(("prefix-set", filter.name(for: family))) }
        }
        return names
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
        if let routerID = plan.routerID, !plan.internalNeighbors.isEmpty {
            lines += [
                "interface \(loopback)", " description router_id loopback (the iBGP sessions run between these)",
                " ipv4 address \(routerID) 255.255.255.255", "!",
            ]
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
    static func prefixSet(_ name: String, _ entries: [PrefixListEntry]) -> [String] {
        var lines = ["prefix-set \(name)"]
        for (index, entry) in entries.enumerated() {
            let range = VendorConfigText.range(entry).map { " le \($0)" } ?? ""
            lines.append("  \(entry.prefix)\(range)\(index == entries.count - 1 ? "" : ",")")
        }
        lines += ["end-set", "!"]
        return lines
    }

    static func policies(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        for community in ImportPolicyPlan.scopeCommunities(plan) {
            lines += [
                "community-set \(ImportPolicyPlan.communityListName(community))",
                "  \(VendorConfigText.community(community))", "end-set", "!",
            ]
        }
        for neighbor in plan.neighbors {
            lines += importPolicy(neighbor.importPolicy)
            lines += exportPolicy(neighbor.exportPolicy, localASN: plan.localASN)
        }
        lines += internetSection(plan)
        return lines
    }

    /// The ISP export policy (the customer prefixes only, never an AWS route), with the comment
    /// saying where to attach it for the uplinks the topology gives no session for, then the ISP
    /// import policies and their AWS prefix-sets.
    static func internetSection(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        let export = plan.internetExport
        let unwritten = export.uplinks.filter { uplink in !plan.ispNeighbors.contains { $0.uplink == uplink } }
        if unwritten.isEmpty && !export.uplinks.isEmpty {
            lines.append(VendorConfigText.comment("ISP export: the customer prefixes only", marker: "!"))
        } else {
            let uplinks = unwritten.isEmpty ? "your ISPs" : unwritten.joined(separator: ", ")
            lines.append(
                VendorConfigText.comment(
                    "ISP export: attach to every session with \(uplinks) (not described by the topology):", marker: "!")
            )
            lines.append(
                VendorConfigText.comment(
                    "  neighbor ISP-ADDRESS address-family ... route-policy \(export.name) out", marker: "!"))
        }
        if !export.prefixes.isEmpty {
            lines += prefixSet(export.prefixListName, export.prefixes.map { PrefixListEntry(prefix: $0) })
        }
        lines.append("route-policy \(export.name)")
        if !export.prefixes.isEmpty {
            lines += ["  if destination in \(export.prefixListName) then", "    done", "  endif"]
        }
        lines += ["  # anything else, including AWS routes (NO_EXPORT), is dropped", "  drop", "end-policy", "!"]
        return lines + ispImportPolicies(plan)
    }

    /// The ISP import route-policies (Docs/Simulation.md, "ISP import filter"): routes equal to or
    /// inside an AWS prefix dropped first with `reject_aws_prefixes` (a prefix-set of the outermost
    /// AWS prefixes, `le 32` / `le 128`), the default route kept only with `default_route`, other
    /// routes only with a `table`, then `drop`.
    static func ispImportPolicies(_ plan: RouterPlan) -> [String] {
        guard !plan.ispNeighbors.isEmpty else { return [] }
        var lines: [String] = []
        let families = AddressFamily.allCases.filter { family in plan.ispNeighbors.contains { $0.family == family } }
        if let filter = plan.awsPrefixFilter {
            for family in families where !filter.entries(for: family).isEmpty {
                let entries = filter.entries(for: family)
                lines.append(
                    VendorConfigText.comment(
                        "AWS prefixes, exact or longer (reject_aws_prefixes): \(entries.count) entries", marker: "!"))
                lines += prefixSet(filter.name(for: family), entries)
            }
        }
        for neighbor in plan.ispNeighbors {
            lines.append(
                VendorConfigText.comment(
                    "Inbound from \(neighbor.uplink): local-preference \(neighbor.localPreference)", marker: "!"))
            lines.append("route-policy \(neighbor.importPolicyName)")
            if let filter = plan.awsPrefixFilter, neighbor.rejectsAWSPrefixes {
                if filter.entries(for: neighbor.family).isEmpty {
                    lines.append("  # no AWS prefix of this family to reject")
                } else {
                    lines += [
                        "  # AWS prefixes and anything inside them",
                        "  if destination in \(filter.name(for: neighbor.family)) then",
                        "    drop", "  endif",
                    ]
                }
            }
            let accept = ["    set local-preference \(neighbor.localPreference)", "    done"]
            lines.append("  if destination in (\(IPPrefix.defaultRoute(neighbor.family))) then")
            lines += neighbor.acceptsDefaultRoute ? accept : ["    drop"]
            lines.append("  endif")
            if neighbor.acceptsTable {
                lines += ["  # the routes of the ISP's table"] + accept.map { String($0.dropFirst(2)) }
            } else {
                lines += ["  # only the default route is accepted", "  drop"]
            }
            lines += ["end-policy", "!"]
        }
        return lines
    }

    static func importPolicy(_ policy: ImportPolicyPlan) -> [String] {
        var lines: [String] = []
        if let filter = policy.prefixFilter, !filter.isEmpty { lines += prefixSet(policy.prefixFilterName, filter) }
        let exceptions = policy.prefixFilterExceptions.map { PrefixListEntry(prefix: $0) }
        if !exceptions.isEmpty { lines += prefixSet(policy.prefixFilterExceptionsName, exceptions) }
        lines.append("route-policy \(policy.name)")
        if !exceptions.isEmpty {
            lines += [
                "  # \(ConfigText.comment("AWS prefixes inside the service blocks that the services do not list"))",
                "  if destination in \(policy.prefixFilterExceptionsName) then", "    drop", "  endif",
            ]
        }
        if let filter = policy.prefixFilter {
            if filter.isEmpty {
                lines.append(
                    "  # \(ConfigText.comment("the service filter matches no AWS prefix, so nothing is accepted"))")
            } else {
                lines += ["  if not destination in \(policy.prefixFilterName) then", "    drop", "  endif"]
            }
        }
        for (index, term) in policy.terms.enumerated() {
            let keyword = index == 0 ? "  if" : "  elseif"
            if let community = term.community {
                lines.append("\(keyword) community matches-any \(ImportPolicyPlan.communityListName(community)) then")
            } else {
                lines.append("  else")
            }
            lines.append("    # \(ConfigText.comment("\(term.label): \(term.accept ? "accept" : "reject")"))")
            lines += term.accept ? ["    set local-preference \(policy.localPreference)", "    done"] : ["    drop"]
        }
        lines += ["  endif", "end-policy", "!"]
        return lines
    }

    static func exportPolicy(_ policy: ExportPolicyPlan, localASN: ASN) -> [String] {
        var lines = ["route-policy \(policy.name)"]
        for entry in policy.entries {
            lines.append("  if destination in (\(entry.prefix)) then")
            if !entry.communities.isEmpty {
                lines.append(
                    "    set community (\(entry.communities.map(VendorConfigText.community).joined(separator: ", "))) additive"
                )
            }
            if entry.prepend > 0 { lines.append("    prepend as-path \(localASN) \(entry.prepend)") }
            lines += ["    done", "  endif"]
        }
        lines += ["  # anything else is not advertised", "  drop", "end-policy", "!"]
        return lines
    }

    static func bgp(_ plan: RouterPlan) -> [String] {
        var lines = ["router bgp \(plan.localASN)"]
        if let routerID = plan.routerID { lines.append(" bgp router-id \(routerID)") }
        for family in [AddressFamily.ipv4, .ipv6] {
            let networks = plan.originated.filter { $0.family == family }
            let used =
                plan.neighbors.contains { $0.family == family && $0.peerAddress != nil }
                || plan.ispNeighbors.contains { $0.family == family }
                || (family == .ipv4 && !plan.internalNeighbors.isEmpty)
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
                "  address-family ipv4 unicast", "   next-hop-self", "  !", " !",
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
