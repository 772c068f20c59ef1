import DXCore
import DXModel

/// Turns a router's policy intent (``ImportPolicyPlan``, ``ExportPolicyPlan``, ``ISPNeighborPlan``,
/// ``InternetExportPlan``) into ordered terms with planner-allocated names, once for every vendor:
/// renderers only spell the terms (Docs/Architecture.md).
///
/// Inbound from AWS (`dx-routing-policies`): routes inside the service blocks that the services do
/// not list are rejected first; then one term per scope tag (7224:8100, 7224:8200) and one for the
/// untagged rest, each accepting (with the service filter, setting local-preference) or rejecting.
/// Outbound to AWS: one term per advertised prefix with its communities (additive) and prepend.
/// ISP import (Docs/Simulation.md, "ISP import filter"): AWS prefixes and anything inside them
/// rejected with `reject_aws_prefixes`, the default route kept only with `default_route`, other
/// routes only with a `table`. ISP export: the customer prefixes only (AWS routes carry NO_EXPORT).
/// Every policy ends with an explicit default-reject term.
enum PolicyPlanner {
    /// Fills every policy of `plan` with its terms and names; names over the vendor's limit become
    /// `vendor-name-too-long` findings of the plan.
    static func plan(_ plan: inout RouterPlan) {
        var names = PolicyNameAllocator(vendor: plan.vendor, routerName: plan.routerName)
        for index in plan.neighbors.indices {
            let neighbor = plan.neighbors[index]
            let location = neighbor.location
            plan.neighbors[index].importPolicy = importPolicy(
                neighbor.importPolicy, family: neighbor.family, subject: neighbor.virtualInterface, at: location,
                names: &names)
            plan.neighbors[index].exportPolicy = exportPolicy(
                neighbor.exportPolicy, subject: neighbor.virtualInterface, at: location, names: &names)
            if plan.vendor == .junos {
                plan.neighbors[index].groupName = names.name(
                    .bgpGroup, "AWS-DX", subject: neighbor.virtualInterface, at: location)
            }
        }
        plan.internetExport = internetExport(plan.internetExport, names: &names)
        for index in plan.ispNeighbors.indices {
            plan.ispNeighbors[index].importPolicy = ispImport(
                plan.ispNeighbors[index], awsPrefixes: plan.awsPrefixFilter, names: &names)
            if plan.vendor == .junos {
                plan.ispNeighbors[index].groupName = names.name(
                    .bgpGroup, "ISP", subject: plan.ispNeighbors[index].uplink)
            }
        }
        if plan.vendor == .junos && !plan.internalNeighbors.isEmpty {
            // One group per family: a group has one `local-address`.
            if !plan.internalNeighbors(.ipv4).isEmpty {
                plan.internalGroupName = names.name(.bgpGroup, "INTERNAL")
            }
            if !plan.internalNeighbors(.ipv6).isEmpty {
                plan.internalGroupNameV6 = names.name(.bgpGroup, "INTERNAL", suffix: familySuffix(.ipv6))
            }
            plan.nextHopSelfPolicyName = names.name(.routePolicy, "NEXT-HOP-SELF")
        }
        plan.findings += names.findings
    }

    /// The community set matching one AWS scope tag (`AWS-7224-8100`).
    static func scopeSet(_ community: BGPCommunity, names: inout PolicyNameAllocator) -> CommunitySetPlan {
        CommunitySetPlan(
            name: names.name(.communitySet, "AWS", suffix: "\(community.asn)-\(community.local)"),
            communities: [community])
    }

    static func familySuffix(_ family: AddressFamily) -> String? { family == .ipv4 ? nil : "V6" }

    static func importPolicy(
        _ intent: ImportPolicyPlan, family: AddressFamily, subject: String, at location: SourceLocation?,
        names: inout PolicyNameAllocator
    ) -> ImportPolicyPlan {
        var result = intent
        result.name = names.name(.routePolicy, "DX-IN", subject: subject, at: location)
        var filter: [PolicyCondition] = []
        var usable = true
        var terms: [PolicyTerm] = []
        if let entries = intent.prefixFilter {
            result.prefixFilterName = names.name(.prefixSet, "DX-SERVICES", subject: subject, at: location)
            if entries.isEmpty {
                usable = false
            } else {
                filter = [.prefixSet(PrefixSetPlan(name: result.prefixFilterName, family: family, entries: entries))]
                if !intent.prefixFilterExceptions.isEmpty {
                    let exceptions = PrefixSetPlan(
                        name: names.name(.prefixSet, "DX-SERVICES", subject: subject, suffix: "EXCEPT", at: location),
                        family: family, entries: intent.prefixFilterExceptions.map { PrefixListEntry(prefix: $0) })
                    terms.append(
                        PolicyTerm(
                            name: "EXCEPT",
                            comment: "AWS prefixes inside the service blocks that the services do not list: reject",
                            conditions: [.prefixSet(exceptions)], disposition: .reject))
                }
            }
        }
        let unusable = usable ? "" : " (the service filter matches no AWS prefix, so nothing is accepted)"
        let keep: [PolicyAction] = [.setLocalPreference(intent.localPreference)]
        let scopes: [(String, BGPCommunity, Bool, String)] = [
            ("REGION", .awsLocalRegion, intent.acceptRegion, "same Region"),
            ("CONTINENT", .awsContinent, intent.acceptContinent, "same continent"),
        ]
        for (name, community, accepted, label) in scopes {
            let set = scopeSet(community, names: &names)
            let accept = accepted && usable
            terms.append(
                PolicyTerm(
                    name: name, comment: "\(community) (\(label)): \(accept ? "accept" : "reject")\(unusable)",
                    conditions: [.community(set)] + (accept ? filter : []), actions: accept ? keep : [],
                    disposition: accept ? .accept : .reject))
        }
        let untagged = intent.acceptUntagged && usable
        terms.append(
            PolicyTerm(
                name: "UNTAGGED",
                comment: "untagged (other continents): \(untagged ? "accept" : "reject")\(unusable)",
                conditions: untagged ? filter : [], actions: untagged ? keep : [],
                disposition: untagged ? .accept : .reject))
        result.terms = terms + [.defaultReject]
        return result
    }

    static func exportPolicy(
        _ intent: ExportPolicyPlan, subject: String, at location: SourceLocation?, names: inout PolicyNameAllocator
    ) -> ExportPolicyPlan {
        var result = intent
        result.name = names.name(.routePolicy, "DX-OUT", subject: subject, at: location)
        var terms: [PolicyTerm] = []
        for (index, entry) in intent.entries.enumerated() {
            let set = PrefixSetPlan(
                name: names.name(.prefixSet, "DX-OUT", subject: subject, suffix: "\((index + 1) * 10)", at: location),
                family: entry.prefix.family, entries: [PrefixListEntry(prefix: entry.prefix)])
            var actions: [PolicyAction] = []
            if !entry.communities.isEmpty {
                // Only Junos adds communities by name; the others spell the values.
                let name =
                    names.vendor == .junos
                    ? names.name(.communitySet, "DX-OUT", subject: subject, suffix: "P\(index + 1)", at: location) : ""
                actions.append(.addCommunities(CommunitySetPlan(name: name, communities: entry.communities)))
            }
            if entry.prepend > 0 { actions.append(.prependOwnAS(count: entry.prepend)) }
            terms.append(
                PolicyTerm(
                    name: "P\(index + 1)", conditions: [.prefixSet(set)], actions: actions, disposition: .accept))
        }
        var last = PolicyTerm.defaultReject
        last.comment = "anything else is not advertised"
        result.terms = terms + [last]
        return result
    }

    static func internetExport(_ intent: InternetExportPlan, names: inout PolicyNameAllocator) -> InternetExportPlan {
        var result = intent
        result.name = names.name(.routePolicy, "TO-ISP")
        var terms: [PolicyTerm] = []
        for family in AddressFamily.allCases {
            let prefixes = intent.prefixes.filter { $0.family == family }
            guard !prefixes.isEmpty else { continue }
            let set = PrefixSetPlan(
                name: names.name(.prefixSet, "CUSTOMER-PREFIXES", suffix: familySuffix(family)), family: family,
                entries: prefixes.map { PrefixListEntry(prefix: $0) })
            terms.append(
                PolicyTerm(
                    name: family == .ipv4 ? "CUSTOMER" : "CUSTOMER-V6",
                    comment: "the customer's \(family.displayName) prefixes", conditions: [.prefixSet(set)],
                    disposition: .accept))
        }
        var last = PolicyTerm.defaultReject
        last.comment = "never send AWS routes (NO_EXPORT) or anything else to an ISP"
        result.terms = terms + [last]
        return result
    }

    static func ispImport(
        _ neighbor: ISPNeighborPlan, awsPrefixes: AWSPrefixFilterPlan?, names: inout PolicyNameAllocator
    ) -> RoutePolicy {
        let family = neighbor.family
        var terms: [PolicyTerm] = []
        if neighbor.rejectsAWSPrefixes, let filter = awsPrefixes, !filter.entries(for: family).isEmpty {
            let set = PrefixSetPlan(
                name: names.name(.prefixSet, filter.name, suffix: familySuffix(family)), family: family,
                entries: filter.entries(for: family))
            terms.append(
                PolicyTerm(
                    name: "AWS", comment: "AWS prefixes and anything inside them (reject_aws_prefixes): reject",
                    conditions: [.prefixSet(set)], disposition: .reject))
        }
        let keep: [PolicyAction] = [.setLocalPreference(neighbor.localPreference)]
        let defaultRoute = PrefixSetPlan(
            name: names.name(.prefixSet, "DEFAULT-ROUTE", suffix: familySuffix(family)), family: family,
            entries: [PrefixListEntry(prefix: .defaultRoute(family))])
        terms.append(
            PolicyTerm(
                name: "DEFAULT",
                comment: "the default route: \(neighbor.acceptsDefaultRoute ? "accept (default_route)" : "reject")",
                conditions: [.prefixSet(defaultRoute)], actions: neighbor.acceptsDefaultRoute ? keep : [],
                disposition: neighbor.acceptsDefaultRoute ? .accept : .reject))
        if neighbor.acceptsTable {
            terms.append(
                PolicyTerm(
                    name: "TABLE", comment: "the routes of the ISP's table: accept", actions: keep,
                    disposition: .accept))
        }
        return RoutePolicy(
            name: names.name(.routePolicy, "FROM-ISP", subject: neighbor.uplink), terms: terms + [.defaultReject])
    }
}
