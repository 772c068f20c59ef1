import DXAWS
import DXInput
import DXModel
import DXPlanning

/// IOS-style route-maps, shared by FRRouting, Cisco IOS-XE and Arista EOS, which use the same
/// `route-map NAME permit|deny SEQ` / `match` / `set` grammar (FRR "Route Maps"; Cisco IOS XE
/// "BGP Configuration Guide", route-map; Arista EOS User Manual, "Route Maps"). It spells the
/// planned terms (``RoutePolicy``) one entry each, in order; the vendors differ only in the
/// closures that spell prefix and community lists, the indentation and how an entry ends.
struct RouteMapText {
    /// Indentation inside a route-map entry (one space on FRR and IOS-XE, three on EOS).
    var indent: String
    /// The line closing each entry (`exit` in FRR, `!` in IOS-XE and EOS).
    var entryEnd: String
    /// Lines after a whole route-map (`!` in FRR, nothing where each entry ends with `!`).
    var mapEnd: [String]
    /// Writes a prefix list.
    var prefixList: (PrefixSetPlan) -> [String]
    /// Writes a community list (one the terms match).
    var communityList: (CommunitySetPlan) -> [String]

    static func familyKeyword(_ family: AddressFamily) -> String { family == .ipv4 ? "ip" : "ipv6" }

    /// `ip prefix-list NAME seq N permit P [le L]`, FRR's and IOS-XE's spelling.
    static func seqPrefixList(_ set: PrefixSetPlan) -> [String] {
        set.entries.enumerated().map { index, entry in
            let range = VendorConfigText.range(entry).map { " le \($0)" } ?? ""
            return
                "\(familyKeyword(set.family)) prefix-list \(set.name) seq \((index + 1) * 5) \(entry.permit ? "permit" : "deny") \(entry.prefix)\(range)"
        }
    }

    func match(_ condition: PolicyCondition) -> String {
        switch condition {
        case .community(let set): "\(indent)match community \(set.name)"
        case .prefixSet(let set):
            "\(indent)match \(Self.familyKeyword(set.family)) address prefix-list \(set.name)"
        }
    }

    func set(_ action: PolicyAction, localASN: ASN) -> String {
        switch action {
        case .setLocalPreference(let value): "\(indent)set local-preference \(value)"
        case .addCommunities(let set):
            "\(indent)set community \(set.communities.map(VendorConfigText.community).joined(separator: " ")) additive"
        case .prependOwnAS(let count):
            "\(indent)set as-path prepend \(Array(repeating: localASN.description, count: count).joined(separator: " "))"
        }
    }

    /// One entry per term, sequence 10, 20, …: `permit` for an accepting term, `deny` otherwise.
    func routeMap(_ policy: RoutePolicy, localASN: ASN) -> [String] {
        var lines: [String] = []
        for (index, term) in policy.terms.enumerated() {
            if let comment = term.comment { lines.append(VendorConfigText.comment(comment, marker: "!")) }
            lines.append(
                "route-map \(policy.name) \(term.disposition == .accept ? "permit" : "deny") \((index + 1) * 10)")
            lines += term.conditions.map(match)
            lines += term.actions.map { set($0, localASN: localASN) }
            lines.append(entryEnd)
        }
        return lines + mapEnd
    }

    /// Every policy of `plan` with a heading comment, each after the prefix lists it is the first to
    /// use, all after the community lists (FRR binds names when a neighbor uses them, so everything
    /// is defined before `router bgp`).
    func policies(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        var defined: Set<String> = []
        let policies = VendorConfigText.headedPolicies(plan) { "neighbor ISP-ADDRESS route-map \($0) out" }
        for set in policies.flatMap({ $0.policy.communitySets }) where defined.insert(set.name).inserted {
            // Added communities are spelled in the `set community` line; only matched sets are lists.
            if policies.contains(where: { entry in
                entry.policy.terms.contains { $0.conditions.contains(.community(set)) }
            }) {
                lines += communityList(set)
            }
        }
        if !lines.isEmpty { lines.append("!") }
        for (heading, policy) in policies {
            lines += heading.map { VendorConfigText.comment($0, marker: "!") }
            for set in policy.prefixSets where defined.insert("prefix:" + set.name).inserted {
                lines += prefixList(set)
            }
            lines += routeMap(policy, localASN: plan.localASN)
        }
        return lines
    }

    /// The neighbor lines of the iBGP mesh (`remote-as` own AS, `update-source` the loopback or
    /// `meshSource`) and of the ISP sessions, spelled alike by FRR and IOS-XE; `ispSource` writes
    /// the ISP session's source line (an `update-source`, or a comment where the vendor needs an
    /// interface).
    static func meshAndISPNeighbors(
        _ plan: RouterPlan, meshSource: String?, ispSource: (ISPNeighborPlan) -> String
    ) -> [String] {
        let mesh = plan.internalNeighbors.flatMap { neighbor in
            [
                " neighbor \(neighbor.peerAddress) remote-as \(plan.localASN)",
                " neighbor \(neighbor.peerAddress) description \(ConfigText.comment(neighbor.description))",
                " neighbor \(neighbor.peerAddress) update-source \(meshSource ?? neighbor.localAddress.description)",
            ]
        }
        return mesh
            + plan.ispNeighbors.flatMap { neighbor in
                [
                    " neighbor \(neighbor.peerAddress) remote-as \(neighbor.remoteASN)",
                    " neighbor \(neighbor.peerAddress) description \(ConfigText.comment(neighbor.description))",
                    ispSource(neighbor),
                ]
            }
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
}
