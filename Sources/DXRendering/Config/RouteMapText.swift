import DXAWS
import DXInput
import DXModel
import DXPlanning

/// IOS-style route-maps, shared by Cisco IOS-XE and Arista EOS, which use the same
/// `route-map NAME permit|deny SEQ` / `match` / `set` grammar (Cisco IOS XE "BGP Configuration
/// Guide", route-map; Arista EOS User Manual, "Route Maps"). Prefix lists differ per vendor and
/// are written by the `prefixList` closure.
struct RouteMapText {
    /// Indentation inside a route-map entry (one space on IOS-XE, three on EOS).
    var indent: String
    /// Writes a prefix list: name, family, entries.
    var prefixList: (String, AddressFamily, [PrefixListEntry]) -> [String]

    func matchPrefixList(_ name: String, family: AddressFamily) -> String {
        "\(indent)match \(family == .ipv4 ? "ip" : "ipv6") address prefix-list \(name)"
    }

    /// The address-family lines of the iBGP mesh (next-hop-self, communities sent) and of the ISP
    /// sessions (import and export route-maps), spelled alike by FRR and IOS-XE; `sendCommunity`
    /// is the vendor's keyword (`all` in FRR, `both` in IOS-XE).
    static func meshAndISPActivation(
        mesh: [InternalNeighborPlan], isps: [ISPNeighborPlan], plan: RouterPlan, sendCommunity: String
    ) -> [String] {
        let meshLines = mesh.flatMap { neighbor in
            let peer = neighbor.peerAddress
            return [
                "  neighbor \(peer) activate", "  neighbor \(peer) next-hop-self",
                "  neighbor \(peer) send-community \(sendCommunity)",
            ]
        }
        return meshLines
            + isps.flatMap { neighbor in
                let peer = neighbor.peerAddress
                return [
                    "  neighbor \(peer) activate", "  neighbor \(peer) route-map \(neighbor.importPolicyName) in",
                    "  neighbor \(peer) route-map \(plan.internetExport.name) out",
                ]
            }
    }

    /// Community lists for the AWS scope tags: `header` spells one list (name, community).
    static func communityLists(_ plan: RouterPlan, spell: (String, BGPCommunity) -> String) -> [String] {
        ImportPolicyPlan.scopeCommunities(plan).map { spell(ImportPolicyPlan.communityListName($0), $0) }
    }

    /// The inbound route-map: one entry per scope, kept scopes set local-preference (and need the
    /// service prefix list when there is one), rejected scopes are `deny` entries.
    func importMap(_ policy: ImportPolicyPlan, family: AddressFamily) -> [String] {
        var lines: [String] = []
        if let filter = policy.prefixFilter {
            if filter.isEmpty {
                lines.append(
                    "! \(ConfigText.comment("\(policy.prefixFilterName): the service filter matches no AWS prefix, so nothing is accepted"))"
                )
            } else {
                lines += prefixList(policy.prefixFilterName, family, policy.orderedPrefixFilter ?? filter)
            }
        }
        for (index, term) in policy.terms.enumerated() {
            let sequence = (index + 1) * 10
            lines.append("! \(ConfigText.comment("\(term.label): \(term.accept ? "accept" : "reject")"))")
            lines.append("route-map \(policy.name) \(term.accept ? "permit" : "deny") \(sequence)")
            if let community = term.community {
                lines.append("\(indent)match community \(ImportPolicyPlan.communityListName(community))")
            }
            if term.accept {
                if policy.prefixFilter != nil { lines.append(matchPrefixList(policy.prefixFilterName, family: family)) }
                lines.append("\(indent)set local-preference \(policy.localPreference)")
            }
            lines.append("!")
        }
        return lines
    }

    /// The name of the prefix list matching export entry `index` (0-based).
    static func exportListName(_ policy: ExportPolicyPlan, index: Int) -> String {
        "\(policy.name)-\((index + 1) * 10)"
    }

    /// The outbound route-map: one entry per advertised prefix with its communities (additive)
    /// and prepend, then a final deny.
    func exportMap(_ policy: ExportPolicyPlan, localASN: ASN) -> [String] {
        var lines: [String] = []
        for (index, entry) in policy.entries.enumerated() {
            let listName = Self.exportListName(policy, index: index)
            let family = entry.prefix.family
            lines += prefixList(listName, family, [PrefixListEntry(prefix: entry.prefix)])
            lines.append("route-map \(policy.name) permit \((index + 1) * 10)")
            lines.append(matchPrefixList(listName, family: family))
            if !entry.communities.isEmpty {
                lines.append(
                    "\(indent)set community \(entry.communities.map(VendorConfigText.community).joined(separator: " ")) additive"
                )
            }
            if entry.prepend > 0 {
                lines.append(
                    "\(indent)set as-path prepend \(Array(repeating: localASN.description, count: entry.prepend).joined(separator: " "))"
                )
            }
            lines.append("!")
        }
        lines.append("! \(ConfigText.comment("anything else is not advertised"))")
        lines.append("route-map \(policy.name) deny \((policy.entries.count + 1) * 10)")
        lines.append("!")
        return lines
    }

    /// The ISP export route-map with the comment saying where to attach it when the topology
    /// describes no ISP session (Docs/Vendors.md, "NOT GENERATED"), then the import route-maps of
    /// the sessions it does describe.
    func internetSection(_ plan: RouterPlan) -> [String] {
        let export = plan.internetExport
        let unwritten = export.uplinks.filter { uplink in !plan.ispNeighbors.contains { $0.uplink == uplink } }
        guard !unwritten.isEmpty || export.uplinks.isEmpty else {
            return [VendorConfigText.comment("ISP export: the customer prefixes only", marker: "!")]
                + internetMap(export) + ispImportMaps(plan)
        }
        let uplinks = unwritten.isEmpty ? "your ISPs" : unwritten.joined(separator: ", ")
        return [
            VendorConfigText.comment(
                "ISP export: attach to every session with \(uplinks) (not described by the topology):", marker: "!"),
            VendorConfigText.comment("  neighbor ISP-ADDRESS route-map \(export.name) out", marker: "!"),
        ] + internetMap(export) + ispImportMaps(plan)
    }

    static func defaultListName(_ family: AddressFamily) -> String {
        family == .ipv4 ? "DEFAULT-ROUTE" : "DEFAULT-ROUTE-V6"
    }

    /// The ISP import route-maps (Docs/Simulation.md, "ISP import filter"): routes equal to or
    /// inside an AWS prefix denied first with `reject_aws_prefixes`, the default route kept only
    /// with `default_route`, other routes only with a `table`, then a final deny.
    func ispImportMaps(_ plan: RouterPlan) -> [String] {
        guard !plan.ispNeighbors.isEmpty else { return [] }
        var lines: [String] = []
        let families = AddressFamily.allCases.filter { family in plan.ispNeighbors.contains { $0.family == family } }
        if let filter = plan.awsPrefixFilter {
            for family in families {
                let entries = filter.entries(for: family)
                lines.append(
                    VendorConfigText.comment(
                        "AWS prefixes, exact or longer (reject_aws_prefixes): \(entries.count) entries", marker: "!"))
                lines += prefixList(
                    filter.name(for: family), family,
                    entries.isEmpty ? [PrefixListEntry(prefix: .defaultRoute(family), permit: false)] : entries)
            }
        }
        for family in families {
            lines += prefixList(Self.defaultListName(family), family, [PrefixListEntry(prefix: .defaultRoute(family))])
        }
        lines.append("!")
        for neighbor in plan.ispNeighbors {
            let name = neighbor.importPolicyName
            lines.append(
                VendorConfigText.comment(
                    "Inbound from \(neighbor.uplink): local-preference \(neighbor.localPreference)", marker: "!"))
            var sequence = 10
            if let filter = plan.awsPrefixFilter, neighbor.rejectsAWSPrefixes {
                lines += [
                    "route-map \(name) deny \(sequence)",
                    matchPrefixList(filter.name(for: neighbor.family), family: neighbor.family),
                    "!",
                ]
                sequence += 10
            }
            if neighbor.acceptsTable || neighbor.acceptsDefaultRoute {
                if !neighbor.acceptsDefaultRoute {
                    lines += [
                        "route-map \(name) deny \(sequence)",
                        matchPrefixList(Self.defaultListName(neighbor.family), family: neighbor.family), "!",
                    ]
                    sequence += 10
                }
                lines.append("route-map \(name) permit \(sequence)")
                if !neighbor.acceptsTable {
                    lines.append(matchPrefixList(Self.defaultListName(neighbor.family), family: neighbor.family))
                }
                lines += ["\(indent)set local-preference \(neighbor.localPreference)", "!"]
                sequence += 10
            }
            lines += ["route-map \(name) deny \(sequence)", "!"]
        }
        return lines
    }

    /// The ISP export route-map: the customer prefixes only (one prefix list per family).
    func internetMap(_ export: InternetExportPlan) -> [String] {
        var lines: [String] = []
        var sequence = 10
        for family in [AddressFamily.ipv4, .ipv6] {
            let prefixes = export.prefixes.filter { $0.family == family }
            guard !prefixes.isEmpty else { continue }
            let listName = Self.internetListName(export, family: family)
            lines += prefixList(listName, family, prefixes.map { PrefixListEntry(prefix: $0) })
            lines.append("route-map \(export.name) permit \(sequence)")
            lines.append(matchPrefixList(listName, family: family))
            lines.append("!")
            sequence += 10
        }
        lines.append("! \(ConfigText.comment("never send AWS routes (NO_EXPORT) or anything else to an ISP"))")
        lines.append("route-map \(export.name) deny \(sequence)")
        lines.append("!")
        return lines
    }

    static func internetListName(_ export: InternetExportPlan, family: AddressFamily) -> String {
        family == .ipv4 ? export.prefixListName : "\(export.prefixListName)-V6"
    }

    /// Every name `importMap`, `exportMap` and `internetMap` write, for the vendor limits.
    static func names(_ plan: RouterPlan) -> [(kind: String, name: String)] {
        var names: [(kind: String, name: String)] = []
        for neighbor in plan.neighbors {
            names.append(("route-map", neighbor.importPolicy.name))
            if neighbor.importPolicy.prefixFilter != nil {
                names.append(("prefix-list", neighbor.importPolicy.prefixFilterName))
            }
            names.append(("route-map", neighbor.exportPolicy.name))
            for index in neighbor.exportPolicy.entries.indices {
                names.append(("prefix-list", exportListName(neighbor.exportPolicy, index: index)))
            }
            for term in neighbor.importPolicy.terms {
                if let community = term.community {
                    names.append(("community-list", ImportPolicyPlan.communityListName(community)))
                }
            }
        }
        for neighbor in plan.ispNeighbors { names.append(("route-map", neighbor.importPolicyName)) }
        if let filter = plan.awsPrefixFilter {
            for family in AddressFamily.allCases { names.append(("prefix-list", filter.name(for: family))) }
        }
        names.append(("route-map", plan.internetExport.name))
        for family in [AddressFamily.ipv4, .ipv6]
        where plan.internetExport.prefixes.contains(where: { $0.family == family }) {
            names.append(("prefix-list", internetListName(plan.internetExport, family: family)))
        }
        return names
    }
}
