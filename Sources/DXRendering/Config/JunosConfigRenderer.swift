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
        lines += VendorConfigText.header(plan, marker: "#")
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
        let loopbacks = plan.meshLoopbacks
        if loopbacks.v4 != nil || loopbacks.v6 != nil {
            lines += [
                "    lo0 {", "        unit 0 {",
                "            description \(quoted(VendorConfigText.loopbackDescription(plan)));",
            ]
            if let routerID = loopbacks.v4 {
                lines += ["            family inet {", "                address \(routerID)/32;", "            }"]
            }
            if let loopback = loopbacks.v6 {
                lines += ["            family inet6 {", "                address \(loopback)/128;", "            }"]
            }
            lines += ["        }", "    }"]
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

    /// The sets every policy uses (an exact set as a `prefix-list`, one with ranges as a
    /// `route-filter-list`; communities matched or added by name), then the policy statements.
    static func policyOptions(_ plan: RouterPlan) -> [String] {
        var lines = ["policy-options {"]
        let policies = VendorConfigText.headedPolicies(plan) { "export \($0) in the ISP's BGP group" }
        var defined: Set<String> = []
        for set in policies.flatMap({ $0.policy.prefixSets }) where defined.insert("prefix:" + set.name).inserted {
            if set.isExact {
                lines.append("    prefix-list \(set.name) {")
                lines += set.entries.map { "        \($0.prefix);" }
            } else {
                lines.append("    route-filter-list \(set.name) {")
                lines += set.entries.map { "        \(routeFilter($0));" }
            }
            lines.append("    }")
        }
        for set in policies.flatMap({ $0.policy.communitySets }) where defined.insert("community:" + set.name).inserted
        {
            let members = set.communities.map(VendorConfigText.community)
            lines.append(
                "    community \(set.name) members \(members.count == 1 ? members[0] : "[ \(members.joined(separator: " ")) ]");"
            )
        }
        for (heading, policy) in policies {
            lines += heading.map { VendorConfigText.comment($0, marker: "#", indent: "    ") }
            lines += policyStatement(policy, localASN: plan.localASN)
        }
        if let nextHopSelf = plan.nextHopSelfPolicyName {
            // The iBGP export: next-hop self, then BGP's default export (the active BGP routes).
            lines += [
                "    policy-statement \(nextHopSelf) {", "        term SELF {", "            then {",
                "                next-hop self;", "            }", "        }", "    }",
            ]
        }
        lines.append("}")
        return lines
    }

    /// One named term per planned term: `from` its conditions, `then` its actions and disposition.
    static func policyStatement(_ policy: RoutePolicy, localASN: ASN) -> [String] {
        var lines = ["    policy-statement \(policy.name) {"]
        for term in policy.terms {
            if let comment = term.comment {
                lines.append(VendorConfigText.comment(comment, marker: "#", indent: "        "))
            }
            lines.append("        term \(term.name) {")
            if !term.conditions.isEmpty {
                lines.append("            from {")
                lines += term.conditions.map { condition in
                    switch condition {
                    case .community(let set): "                community \(set.name);"
                    case .prefixSet(let set):
                        "                \(set.isExact ? "prefix-list" : "route-filter-list") \(set.name);"
                    }
                }
                lines.append("            }")
            }
            let disposition = term.disposition == .accept ? "accept" : "reject"
            if term.actions.isEmpty {
                lines.append("            then \(disposition);")
            } else {
                lines.append("            then {")
                lines += term.actions.map { action in
                    switch action {
                    case .setLocalPreference(let value): "                local-preference \(value);"
                    case .addCommunities(let set): "                community add \(set.name);"
                    case .prependOwnAS(let count):
                        "                as-path-prepend \"\(Array(repeating: localASN.description, count: count).joined(separator: " "))\";"
                    }
                }
                lines += ["                \(disposition);", "            }"]
            }
            lines.append("        }")
        }
        return lines + ["    }"]
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
            lines.append("        group \(neighbor.groupName ?? "AWS-DX-\(neighbor.virtualInterface)") {")
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
        for (family, group) in [(AddressFamily.ipv4, plan.internalGroupName), (.ipv6, plan.internalGroupNameV6)] {
            let mesh = plan.internalNeighbors(family)
            guard let first = mesh.first, let group, let nextHopSelf = plan.nextHopSelfPolicyName else { continue }
            lines += [
                "        group \(group) {", "            type internal;",
                "            local-address \(first.localAddress);", "            export \(nextHopSelf);",
                "            family \(family == .ipv4 ? "inet" : "inet6") {", "                unicast;",
                "            }",
            ]
            for neighbor in mesh {
                lines += [
                    "            neighbor \(neighbor.peerAddress) {",
                    "                description \(quoted(neighbor.description));", "            }",
                ]
            }
            lines.append("        }")
        }
        for neighbor in plan.ispNeighbors {
            lines += [
                "        group \(neighbor.groupName ?? "ISP-\(neighbor.uplink)") {", "            type external;",
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
