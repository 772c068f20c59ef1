import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning

/// Juniper Junos configuration for a `RouterPlan`, as hierarchical text for
/// `load merge terminal` (then `commit check`, `commit`): `vlan-tagging` units, static discard
/// routes, policy-options (communities, route-filter-lists, prefix-lists, policy-statements) and
/// one BGP group per session with BFD (Junos CLI reference and "Routing Policies, Firewall
/// Filters, and Traffic Policers User Guide"; AWS DX sample for Junos; Docs/Vendors.md).
public enum JunosConfigRenderer {
    public static func render(_ plan: RouterPlan) -> String {
        var lines = VendorConfigText.notGenerated(plan, marker: "#")
        lines += VendorConfigText.header(plan, marker: "#", limits: limits(plan))
        lines.append(
            VendorConfigText.comment("Apply: configure, load merge terminal (paste), commit check, commit", marker: "#")
        )
        lines += chassis(plan)
        lines += interfaces(plan)
        lines += routingOptions(plan)
        lines += policyOptions(plan)
        lines += protocols(plan)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every generated name over the Junos limit, as `vendor-name-too-long` findings.
    public static func limits(_ plan: RouterPlan) -> [Finding] {
        VendorLimits.check(names(plan), vendor: .junos)
    }

    static func names(_ plan: RouterPlan) -> [(kind: String, name: String)] {
        var names: [(kind: String, name: String)] = []
        for neighbor in plan.neighbors {
            names.append(("policy-statement", neighbor.importPolicy.name))
            if neighbor.importPolicy.prefixFilter != nil {
                names.append(("route-filter-list", neighbor.importPolicy.prefixFilterName))
            }
            if !neighbor.importPolicy.prefixFilterExceptions.isEmpty {
                names.append(("route-filter-list", neighbor.importPolicy.prefixFilterExceptionsName))
            }
            names.append(("policy-statement", neighbor.exportPolicy.name))
            for index in neighbor.exportPolicy.entries.indices
            where !neighbor.exportPolicy.entries[index].communities.isEmpty {
                names.append(("community", exportCommunityName(neighbor.exportPolicy, index: index)))
            }
            names.append(("BGP group", groupName(neighbor)))
        }
        names.append(("policy-statement", plan.internetExport.name))
        names.append(("prefix-list", plan.internetExport.prefixListName))
        if !plan.internalNeighbors.isEmpty {
            names += [("policy-statement", nextHopSelfPolicy), ("BGP group", internalGroup)]
        }
        for neighbor in plan.ispNeighbors {
            names += [("policy-statement", neighbor.importPolicyName), ("BGP group", ispGroupName(neighbor))]
        }
        if let filter = plan.awsPrefixFilter {
            for family in AddressFamily.allCases { names.append(("route-filter-list", filter.name(for: family))) }
        }
        return names
    }

    /// The iBGP group of the full mesh and its export policy.
    static let internalGroup = "INTERNAL"
    static let nextHopSelfPolicy = "NEXT-HOP-SELF"

    static func ispGroupName(_ neighbor: ISPNeighborPlan) -> String { "ISP-\(neighbor.uplink)" }

    static func groupName(_ neighbor: NeighborPlan) -> String { "AWS-DX-\(neighbor.virtualInterface)" }

    static func exportCommunityName(_ policy: ExportPolicyPlan, index: Int) -> String { "\(policy.name)-P\(index + 1)" }

    /// A quoted Junos string (descriptions): the text is already free of quotes and backslashes.
    static func quoted(_ text: String) -> String { "\"\(ConfigText.comment(text))\"" }

    /// One aggregated Ethernet device per LAG (`chassis aggregated-devices ethernet device-count`,
    /// `junos-aggregated-ethernet`).
    static func chassis(_ plan: RouterPlan) -> [String] {
        guard !plan.lags.isEmpty else { return [] }
        return [
            "chassis {", "    aggregated-devices {", "        ethernet {",
            "            device-count \((plan.lags.map(\.number).max() ?? 0) + 1);", "        }", "    }", "}",
        ]
    }

    /// LAG members join their `aeN` (`gigether-options 802.3ad aeN`, MX and PTX; EX and QFX spell
    /// it `ether-options`), and the bundle runs LACP active (`aggregated-ether-options lacp
    /// active`), `junos-aggregated-ethernet`; AWS runs LACP on every LAG (`dx-lags`).
    static func lagMembers(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        for lag in plan.lags {
            for member in lag.members {
                lines += [
                    "    \(member.port) {",
                    "        description \(quoted(VendorConfigText.memberDescription(lag, member)));",
                    "        gigether-options {", "            802.3ad \(lag.interface);", "        }", "    }",
                ]
            }
            if !plan.interfaces.contains(where: { $0.parent == lag.interface }) {
                lines += ["    \(lag.interface) {"] + lacp + ["    }"]
            }
        }
        return lines
    }

    static let lacp = [
        "        aggregated-ether-options {", "            lacp {", "                active;", "            }",
        "        }",
    ]

    static func interfaces(_ plan: RouterPlan) -> [String] {
        var lines = ["interfaces {"]
        lines += lagMembers(plan)
        for parent in VendorConfigText.parents(plan) {
            let units = plan.interfaces.filter { $0.parent == parent }
            if units.contains(where: \.macsec) {
                lines += VendorConfigText.macsecNote(
                    parent,
                    vendorHint:
                        "see [edit security macsec connectivity-association] (cipher-suite gcm-aes-xpn-256, security-mode static-cak)",
                    marker: "#", indent: "    ")
            }
            lines.append("    \(parent) {")
            if plan.lags.contains(where: { $0.interface == parent }) { lines += lacp }
            lines.append("        vlan-tagging;")
            for interface in units {
                lines.append("        unit \(interface.vlan) {")
                lines.append("            description \(quoted(interface.description));")
                lines.append("            vlan-id \(interface.vlan);")
                for address in interface.addresses {
                    lines.append("            family \(address.family == .ipv4 ? "inet" : "inet6") {")
                    lines.append("                address \(address);")
                    lines.append("            }")
                }
                if interface.addresses.isEmpty {
                    lines.append(
                        VendorConfigText.comment(
                            "no customer address in the topology yet", marker: "#", indent: "            "))
                }
                lines.append("        }")
            }
            lines.append("    }")
        }
        if let routerID = plan.routerID, !plan.internalNeighbors.isEmpty {
            lines += [
                "    lo0 {", "        unit 0 {",
                "            description \(quoted("router_id loopback (the iBGP sessions run between these)"));",
                "            family inet {", "                address \(routerID)/32;", "            }", "        }",
                "    }",
            ]
        }
        lines.append("}")
        return lines
    }

    static func routingOptions(_ plan: RouterPlan) -> [String] {
        var lines = ["routing-options {"]
        if let routerID = plan.routerID { lines.append("    router-id \(routerID);") }
        lines.append("    autonomous-system \(plan.localASN);")
        let v4 = plan.originated.filter { $0.family == .ipv4 }
        let v6 = plan.originated.filter { $0.family == .ipv6 }
        if !v4.isEmpty {
            lines.append(
                VendorConfigText.comment(
                    "Originated prefixes: discard routes put them in the RIB for the export policies", marker: "#",
                    indent: "    "))
            lines.append("    static {")
            lines += v4.map { "        route \($0) discard;" }
            lines.append("    }")
        }
        if !v6.isEmpty {
            lines += ["    rib inet6.0 {", "        static {"]
            lines += v6.map { "            route \($0) discard;" }
            lines += ["        }", "    }"]
        }
        lines.append("}")
        return lines
    }

    /// `orlonger` for an exact-or-longer entry, `upto /L` for a bounded range, else `exact`.
    static func routeFilter(_ entry: PrefixListEntry) -> String {
        if entry.isOrLonger && entry.upTo! > entry.prefix.length { return "\(entry.prefix) orlonger" }
        return VendorConfigText.range(entry).map { "\(entry.prefix) upto /\($0)" } ?? "\(entry.prefix) exact"
    }

    static func policyOptions(_ plan: RouterPlan) -> [String] {
        var lines = ["policy-options {"]
        let export = plan.internetExport
        if !export.prefixes.isEmpty {
            lines.append("    prefix-list \(export.prefixListName) {")
            lines += export.prefixes.map { "        \($0);" }
            lines.append("    }")
        }
        for neighbor in plan.neighbors {
            if let filter = neighbor.importPolicy.prefixFilter, !filter.isEmpty {
                lines.append("    route-filter-list \(neighbor.importPolicy.prefixFilterName) {")
                lines += filter.map { "        \(routeFilter($0));" }
                lines.append("    }")
            }
            let exceptions = neighbor.importPolicy.prefixFilterExceptions
            if !exceptions.isEmpty {
                lines.append("    route-filter-list \(neighbor.importPolicy.prefixFilterExceptionsName) {")
                lines += exceptions.map { "        \($0) exact;" }
                lines.append("    }")
            }
        }
        for community in ImportPolicyPlan.scopeCommunities(plan) {
            lines.append(
                "    community \(ImportPolicyPlan.communityListName(community)) members \(VendorConfigText.community(community));"
            )
        }
        for neighbor in plan.neighbors {
            for (index, entry) in neighbor.exportPolicy.entries.enumerated() where !entry.communities.isEmpty {
                lines.append(
                    "    community \(exportCommunityName(neighbor.exportPolicy, index: index)) members [ \(entry.communities.map(VendorConfigText.community).joined(separator: " ")) ];"
                )
            }
        }
        for neighbor in plan.neighbors {
            lines += importPolicy(neighbor.importPolicy)
            lines += exportPolicy(neighbor.exportPolicy, localASN: plan.localASN)
        }
        let unwritten = export.uplinks.filter { uplink in !plan.ispNeighbors.contains { $0.uplink == uplink } }
        if unwritten.isEmpty && !export.uplinks.isEmpty {
            lines.append(
                VendorConfigText.comment("ISP export: the customer prefixes only", marker: "#", indent: "    "))
        } else {
            let uplinks = unwritten.isEmpty ? "your ISPs" : unwritten.joined(separator: ", ")
            lines.append(
                VendorConfigText.comment(
                    "ISP export: add export \(export.name) to the BGP groups of \(uplinks) (not described by the topology)",
                    marker: "#", indent: "    "))
        }
        lines.append("    policy-statement \(export.name) {")
        if !export.prefixes.isEmpty {
            lines += [
                "        term CUSTOMER {", "            from {",
                "                prefix-list \(export.prefixListName);", "            }", "            then accept;",
                "        }",
            ]
        }
        lines += ["        term REJECT {", "            then reject;", "        }", "    }"]
        lines += sessionPolicies(plan)
        lines.append("}")
        return lines
    }

    /// The iBGP export policy (`next-hop self`, then BGP's default export: the active BGP routes)
    /// and the ISP import policies (Docs/Simulation.md, "ISP import filter"): routes equal to or
    /// inside an AWS prefix rejected first with `reject_aws_prefixes` (a route-filter-list of the
    /// outermost AWS prefixes, `orlonger`), the default route kept only with `default_route`, other
    /// routes only with a `table`, then a final reject.
    static func sessionPolicies(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        if !plan.internalNeighbors.isEmpty {
            lines += [
                "    policy-statement \(nextHopSelfPolicy) {", "        term SELF {", "            then {",
                "                next-hop self;", "            }", "        }", "    }",
            ]
        }
        if let filter = plan.awsPrefixFilter {
            for family in AddressFamily.allCases
            where !filter.entries(for: family).isEmpty && plan.ispNeighbors.contains(where: { $0.family == family }) {
                let entries = filter.entries(for: family)
                lines.append(
                    VendorConfigText.comment(
                        "AWS prefixes, exact or longer (reject_aws_prefixes): \(entries.count) entries", marker: "#",
                        indent: "    "))
                lines.append("    route-filter-list \(filter.name(for: family)) {")
                lines += entries.map { "        \(routeFilter($0));" }
                lines.append("    }")
            }
        }
        for neighbor in plan.ispNeighbors {
            lines.append(
                VendorConfigText.comment(
                    "Inbound from \(neighbor.uplink): local-preference \(neighbor.localPreference)", marker: "#",
                    indent: "    "))
            lines.append("    policy-statement \(neighbor.importPolicyName) {")
            let accept = [
                "            then {", "                local-preference \(neighbor.localPreference);",
                "                accept;", "            }",
            ]
            if let filter = plan.awsPrefixFilter, neighbor.rejectsAWSPrefixes,
                !filter.entries(for: neighbor.family).isEmpty
            {
                lines += [
                    "        term AWS {", "            from {",
                    "                route-filter-list \(filter.name(for: neighbor.family));", "            }",
                    "            then reject;", "        }",
                ]
            }
            lines += [
                "        term DEFAULT {", "            from {",
                "                route-filter \(IPPrefix.defaultRoute(neighbor.family)) exact;", "            }",
            ]
            lines += neighbor.acceptsDefaultRoute ? accept : ["            then reject;"]
            lines.append("        }")
            if neighbor.acceptsTable { lines += ["        term TABLE {"] + accept + ["        }"] }
            lines += ["        term REJECT {", "            then reject;", "        }", "    }"]
        }
        return lines
    }

    static func importPolicy(_ policy: ImportPolicyPlan) -> [String] {
        var lines = ["    policy-statement \(policy.name) {"]
        if let filter = policy.prefixFilter, filter.isEmpty {
            lines.append(
                VendorConfigText.comment(
                    "the service filter matches no AWS prefix, so nothing is accepted", marker: "#", indent: "        ")
            )
        }
        if !policy.prefixFilterExceptions.isEmpty {
            lines += [
                "        term EXCEPT {", "            from {",
                "                route-filter-list \(policy.prefixFilterExceptionsName);", "            }",
                "            then reject;", "        }",
            ]
        }
        for term in policy.terms {
            lines.append(
                VendorConfigText.comment(
                    "\(term.label): \(term.accept ? "accept" : "reject")", marker: "#", indent: "        "))
            lines.append("        term \(term.name) {")
            var from: [String] = []
            if let community = term.community {
                from.append("community \(ImportPolicyPlan.communityListName(community));")
            }
            if term.accept, policy.prefixFilter != nil { from.append("route-filter-list \(policy.prefixFilterName);") }
            if !from.isEmpty {
                lines.append("            from {")
                lines += from.map { "                \($0)" }
                lines.append("            }")
            }
            if term.accept {
                lines += [
                    "            then {", "                local-preference \(policy.localPreference);",
                    "                accept;", "            }",
                ]
            } else {
                lines.append("            then reject;")
            }
            lines.append("        }")
        }
        lines += ["        term REJECT {", "            then reject;", "        }", "    }"]
        return lines
    }

    static func exportPolicy(_ policy: ExportPolicyPlan, localASN: ASN) -> [String] {
        var lines = ["    policy-statement \(policy.name) {"]
        for (index, entry) in policy.entries.enumerated() {
            lines += [
                "        term P\(index + 1) {", "            from {",
                "                route-filter \(entry.prefix) exact;", "            }", "            then {",
            ]
            if !entry.communities.isEmpty {
                lines.append("                community add \(exportCommunityName(policy, index: index));")
            }
            if entry.prepend > 0 {
                lines.append(
                    "                as-path-prepend \"\(Array(repeating: localASN.description, count: entry.prepend).joined(separator: " "))\";"
                )
            }
            lines += ["                accept;", "            }", "        }"]
        }
        lines += ["        term REJECT {", "            then reject;", "        }", "    }"]
        return lines
    }

    static func protocols(_ plan: RouterPlan) -> [String] {
        var lines = ["protocols {", "    bgp {"]
        for neighbor in plan.neighbors {
            guard let peer = neighbor.peerAddress else {
                lines.append(
                    VendorConfigText.comment(
                        "No session for \(neighbor.virtualInterface): Amazon's peer address is not known yet",
                        marker: "#", indent: "        "))
                continue
            }
            lines.append("        group \(groupName(neighbor)) {")
            lines.append("            type external;")
            lines.append("            peer-as \(neighbor.remoteASN);")
            lines.append("            neighbor \(peer) {")
            lines.append("                description \(quoted(neighbor.description));")
            if let local = neighbor.localAddress { lines.append("                local-address \(local.address);") }
            if let key = neighbor.authKey {
                let (text, warning) = VendorConfigText.key(key, virtualInterface: neighbor.virtualInterface)
                if let warning {
                    lines.append(VendorConfigText.comment(warning, marker: "#", indent: "                "))
                }
                lines.append("                authentication-key \"\(text)\";")
            } else {
                lines.append(
                    VendorConfigText.comment(
                        VendorConfigText.missingKeyWarning(neighbor.virtualInterface), marker: "#",
                        indent: "                "))
            }
            lines.append("                import \(neighbor.importPolicy.name);")
            lines.append("                export \(neighbor.exportPolicy.name);")
            lines.append("                family \(neighbor.family == .ipv4 ? "inet" : "inet6") {")
            let limits = neighbor.prefixLimits
            lines += [
                "                    unicast {", "                        prefix-limit {",
                "                            maximum \(limits.received);",
                "                            teardown idle-timeout \(limits.restartMinutes);",
                "                        }",
                "                        accepted-prefix-limit {",
                "                            maximum \(limits.accepted);",
                "                            teardown idle-timeout \(limits.restartMinutes);",
                "                        }",
                "                    }",
            ]
            lines.append("                }")
            if let bfd = neighbor.bfd {
                lines += [
                    "                bfd-liveness-detection {",
                    "                    minimum-interval \(bfd.intervalMilliseconds);",
                    "                    multiplier \(bfd.multiplier);", "                }",
                ]
            }
            lines.append("            }")
            lines.append("        }")
        }
        lines += sessionGroups(plan)
        lines += ["    }", "}"]
        return lines
    }

    /// The iBGP full mesh as one `internal` group from the router_id loopback (`local-address`,
    /// `export NEXT-HOP-SELF`; Junos sends communities to every BGP peer by default) and one
    /// `external` group per ISP session with its import and export policies.
    static func sessionGroups(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        if let first = plan.internalNeighbors.first {
            lines += [
                "        group \(internalGroup) {", "            type internal;",
                "            local-address \(first.localAddress);", "            export \(nextHopSelfPolicy);",
                "            family inet {", "                unicast;", "            }",
            ]
            for neighbor in plan.internalNeighbors {
                lines += [
                    "            neighbor \(neighbor.peerAddress) {",
                    "                description \(quoted(neighbor.description));", "            }",
                ]
            }
            lines.append("        }")
        }
        for neighbor in plan.ispNeighbors {
            lines += [
                "        group \(ispGroupName(neighbor)) {", "            type external;",
                "            peer-as \(neighbor.remoteASN);", "            neighbor \(neighbor.peerAddress) {",
                "                description \(quoted(neighbor.description));",
                "                local-address \(neighbor.localAddress);",
                "                import \(neighbor.importPolicyName);",
                "                export \(plan.internetExport.name);",
                "                family \(neighbor.family == .ipv4 ? "inet" : "inet6") {",
                "                    unicast;", "                }", "            }", "        }",
            ]
        }
        return lines
    }
}
