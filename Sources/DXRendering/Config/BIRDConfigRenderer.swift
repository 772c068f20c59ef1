import DXAWS
import DXInput
import DXModel
import DXPlanning

/// BIRD 2.0 configuration (`bird.conf`): static discard routes for the originated prefixes, one
/// import and one export filter per VIF, one `protocol bgp` per session, BFD, and a filter for the ISPs.
///
/// BIRD keeps a route only if it is in a table, so the originated prefixes come from `protocol
/// static` blackhole routes; BGP next hops on the shared subnet resolve through `protocol device`.
/// Sources: https://bird.network.cz/?get_doc&v=20&f=bird-3.html (configuration),
/// https://bird.network.cz/?get_doc&v=20&f=bird-5.html (filters), https://bird.network.cz/?get_doc&v=20&f=bird-6.html
/// (protocols: BGP, BFD, static, kernel); AWS DX User Guide, "Routing policies and BGP communities".
enum BIRDConfigRenderer {
    /// `earlierInStream`: the routers before this one in a multi-router stream. BIRD allows one
    /// `protocol device` per daemon and one kernel protocol per table (`bird-protocols`: "Kernel
    /// device protocol already defined", "Kernel syncer already attached to table"), so a BIRD
    /// router after another one in the stream leaves out those the earlier ones wrote and says so,
    /// and the stream parses as a whole (`bird -p`); its own file (`--output-dir`) has them all.
    package static func render(_ plan: RouterPlan, earlierInStream: [RouterPlan] = []) -> String {
        // One table over every name that becomes a symbol, so no two collide (`isp ` and `ibgp `
        // cannot start a VIF name: names have no spaces).
        let symbols = symbolTable(
            router: plan.routerName,
            plan.neighbors.map(\.virtualInterface) + plan.ispNeighbors.map { "isp " + $0.uplink }
                + plan.internalNeighbors.map(internalSymbolKey))
        var lines = VendorConfigText.notGenerated(plan, marker: "#")
        lines += header(plan)
        lines += routerID(plan)
        lines += policies(plan)
        let earlier = earlierInStream.filter { $0.vendor == .bird }
        lines += baseProtocols(
            plan, deviceWritten: !earlier.isEmpty, kernelWritten: Set(earlier.flatMap(kernelFamilies)))
        lines += bfd(plan)
        for neighbor in plan.neighbors {
            lines += session(neighbor, symbol: symbols[neighbor.virtualInterface]!, localASN: plan.localASN)
        }
        lines += internalSessions(plan, symbols: symbols)
        lines += ispSessions(plan, symbols: symbols)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The iBGP full mesh over the `router_id` loopbacks: BIRD's iBGP is multihop by default;
    /// `next hop self` because the other router does not reach the VIF's AWS peer; communities are
    /// sent unless told otherwise (`bird-protocols`, BGP).
    static func internalSessions(_ plan: RouterPlan, symbols: [String: String]) -> [String] {
        var lines: [String] = []
        for neighbor in plan.internalNeighbors {
            let symbol = symbols[internalSymbolKey(neighbor)]!
            lines += [
                "protocol bgp dx_\(symbol) {",
                "  description \"\(ConfigText.comment(neighbor.description))\";",
                "  local \(neighbor.localAddress) as \(plan.localASN);",
                "  neighbor \(neighbor.peerAddress) as \(plan.localASN);",
                "  \(neighbor.family.rawValue) { import all; export all; next hop self; };",
                "}",
                "",
            ]
        }
        return lines
    }

    /// The symbol-table key of an iBGP session: `ibgp NAME` for IPv4 (as before), `ibgp6 NAME` for IPv6.
    static func internalSymbolKey(_ neighbor: InternalNeighborPlan) -> String {
        (neighbor.family == .ipv4 ? "ibgp " : "ibgp6 ") + neighbor.routerName
    }

    /// The ISP sessions: the import filter per `default_route`, `table` and
    /// `reject_aws_prefixes` (Docs/Simulation.md, "ISP import filter"), the export filter of
    /// ``ispFilter(_:)``.
    static func ispSessions(_ plan: RouterPlan, symbols: [String: String]) -> [String] {
        plan.ispNeighbors.flatMap { neighbor in
            let symbol = symbols["isp " + neighbor.uplink]!
            return [
                "protocol bgp dx_\(symbol) {",
                "  description \"\(ConfigText.comment(neighbor.description))\";",
                "  local \(neighbor.localAddress) as \(plan.localASN);",
                "  neighbor \(neighbor.peerAddress) as \(neighbor.remoteASN);",
                "  \(neighbor.family.rawValue) {",
                "    import filter \(neighbor.importPolicyName);",
                "    export filter \(plan.internetExport.name);",
                "  };",
                "}",
                "",
            ]
        }
    }

    // MARK: Names

    /// The router's name as a BIRD symbol part: `[a-z0-9_]`, every other character `_`.
    static func symbol(_ name: String) -> String { PolicyNameAllocator.symbol(name) }

    /// A valid, unique BIRD symbol suffix per VIF name, prefixed with the router's symbol so that
    /// several routers' files never define the same name: names are `[A-Za-z0-9._-]`
    /// (Docs/TopologyFormat.md), `-` and `.` become `_`; a collision (`a-b` and `a_b`) gets `_2`,
    /// `_3`, … in plan order.
    static func symbolTable(router: String, _ names: [String]) -> [String: String] {
        var table: [String: String] = [:]
        var used: Set<String> = []
        for name in names where table[name] == nil {
            let base = symbol(router) + "_" + symbol(name)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)_\(counter)"
                counter += 1
            }
            used.insert(candidate)
            table[name] = candidate
        }
        return table
    }

    static func comment(_ text: String) -> String { "# " + ConfigText.comment(text) }

    /// An interface name inside a BIRD string: the decoder already limits names to
    /// `A-Z a-z 0-9 - _ . / :`; anything else (never expected) becomes `_`.
    static func quotable(_ name: String) -> String {
        String(
            name.unicodeScalars.map {
                $0.isASCIIAlphanumeric || "-_./:".unicodeScalars.contains($0) ? Character($0) : "_"
            })
    }

    // MARK: Sections

    static func header(_ plan: RouterPlan) -> [String] {
        var lines = [
            comment("dxplan: Direct Connect side of router \(plan.routerName) for BIRD 2.0"),
            "# topology: \(ConfigText.comment(plan.topologyName))",
            comment("AWS routes: \(plan.provenance)"),
        ]
        for interface in plan.interfaces {
            let name = Vendor.bird.subinterface(interface.parent, vlan: interface.vlan)
            lines.append(
                comment(
                    "VIF \(interface.virtualInterface): VLAN \(interface.vlan) on \(interface.parent) (\(name)), connection \(interface.connection)\(interface.addresses.isEmpty ? "" : ", address \(interface.addresses.map(\.description).joined(separator: " and "))")"
                ))
        }
        lines += [
            "# BIRD does not create VLAN devices or addresses: configure the subinterfaces above in the OS",
            "# (ip link add link PARENT name PARENT.VLAN type vlan id VLAN; ip address add ADDRESS dev PARENT.VLAN).",
            "# Check: bird -p -c THIS-FILE. Apply: birdc configure.",
            "# Docs: https://bird.network.cz/?get_doc&v=20&f=bird-6.html",
            "",
        ]
        return lines
    }

    static func routerID(_ plan: RouterPlan) -> [String] {
        if let id = plan.routerID { return ["router id \(id);", ""] }
        let fallback = plan.interfaces.flatMap(\.addresses).first { $0.family == .ipv4 }
        if let fallback {
            return [
                "# router_id is not set in the topology: the first IPv4 customer address is used.",
                "router id \(fallback.address);", "",
            ]
        }
        return [
            "# router_id is not set and no IPv4 address is known: BIRD uses the lowest IPv4 interface address.", "",
        ]
    }

    static func setEntry(_ entry: PrefixListEntry) -> String {
        if entry.isOrLonger && entry.upTo! > entry.prefix.length { return "\(entry.prefix)+" }
        guard let upTo = entry.upTo, upTo > entry.prefix.length else { return entry.prefix.description }
        return "\(entry.prefix){\(entry.prefix.length),\(upTo)}"
    }

    /// Every prefix set the filters use (`define NAME = [ … ];`, once), then one filter per
    /// policy with its heading comment.
    static func policies(_ plan: RouterPlan) -> [String] {
        var lines: [String] = []
        var defined: Set<String> = []
        let policies = VendorConfigText.headedPolicies(plan) { "export filter \($0) in each ISP protocol bgp" }
        for set in policies.flatMap({ $0.policy.prefixSets }) where defined.insert(set.name).inserted {
            lines.append("define \(set.name) = [")
            lines += set.entries.enumerated().map { index, entry in
                "  " + setEntry(entry) + (index == set.entries.count - 1 ? "" : ",")
            }
            lines += ["];", ""]
        }
        for (heading, policy) in policies {
            lines += heading.map(comment)
            lines += filter(policy, localASN: plan.localASN)
        }
        return lines
    }

    /// A BIRD pair for a community: `(asn,local)`.
    static func pair(_ community: BGPCommunity) -> String { "(\(community.asn),\(community.local))" }

    /// One `if … && … then { … }` per planned term; the first term without conditions ends the
    /// filter (what follows it is never reached).
    static func filter(_ policy: RoutePolicy, localASN: ASN) -> [String] {
        var lines = ["filter \(policy.name)", "{"]
        for term in policy.terms {
            if let text = term.comment { lines.append("  " + comment(text)) }
            var body: [String] = []
            for action in term.actions {
                switch action {
                case .setLocalPreference(let value): body.append("bgp_local_pref = \(value);")
                case .addCommunities(let set): body += set.communities.map { "bgp_community.add(\(pair($0)));" }
                case .prependOwnAS(let count): body += Array(repeating: "bgp_path.prepend(\(localASN));", count: count)
                }
            }
            body.append(term.disposition == .accept ? "accept;" : "reject;")
            guard !term.conditions.isEmpty else {
                lines += body.map { "  " + $0 }
                break
            }
            let conditions = term.conditions.map { condition in
                switch condition {
                case .community(let set): "bgp_community ~ [\(set.communities.map(pair).joined(separator: ", "))]"
                case .prefixSet(let set): "net ~ \(set.name)"
                }
            }
            lines.append("  if \(conditions.joined(separator: " && ")) then {")
            lines += body.map { "    " + $0 }
            lines.append("  }")
        }
        return lines + ["}", ""]
    }

    /// The families whose kernel protocol the router's file has.
    static func kernelFamilies(_ plan: RouterPlan) -> [AddressFamily] {
        let families = Set(plan.neighbors.map(\.family)).union(plan.originated.map(\.family))
        return AddressFamily.allCases.filter(families.contains)
    }

    /// The stream's note where a daemon-wide protocol is left out.
    static func writtenEarlier(_ what: String, limit: String) -> String {
        "# \(what): BIRD allows one per \(limit); in this multi-router stream it is in an earlier router's part (write this router alone or with --output-dir for a file that has it)."
    }

    static func baseProtocols(
        _ plan: RouterPlan, deviceWritten: Bool = false, kernelWritten: Set<AddressFamily> = []
    ) -> [String] {
        var lines =
            deviceWritten
            ? [writtenEarlier("protocol device", limit: "daemon"), ""]
            : [
                "# Interface addresses (BGP next hops on the VIF subnets resolve through them).",
                "protocol device {",
                "}",
                "",
            ]
        lines += [
            "# No protocol direct: the sessions are on directly connected subnets and the customer",
            "# prefixes come from the discard routes below.",
            "",
        ]
        for family in kernelFamilies(plan) {
            let tag = family == .ipv4 ? "4" : "6"
            let originated = plan.originated.filter { $0.family == family }
            if !originated.isEmpty {
                lines.append("# Discard routes: the originated prefixes must be in the table to be exported.")
                lines += ["protocol static dx_static\(tag)_\(symbol(plan.routerName)) {", "  \(family.rawValue);"]
                lines += originated.map { "  route \($0) blackhole;" }
                lines += ["}", ""]
            }
            guard !kernelWritten.contains(family) else {
                lines += [writtenEarlier("the \(family.displayName) kernel protocol", limit: "table"), ""]
                continue
            }
            lines += [
                "# Install the learned routes (and the discard routes) in the kernel forwarding table.",
                "protocol kernel dx_kernel\(tag)_\(symbol(plan.routerName)) {",
                "  \(family.rawValue) { export all; };",
                "}",
                "",
            ]
        }
        return lines
    }

    static func bfd(_ plan: RouterPlan) -> [String] {
        let users = plan.neighbors.filter { $0.bfd != nil && $0.peerAddress != nil }
        guard let timers = users.first?.bfd else { return [] }
        let names = Array(Set(users.map { Vendor.bird.subinterface($0.interface.parent, vlan: $0.interface.vlan) }))
            .sorted()
        return [
            "# BFD: AWS runs asynchronous BFD with a \(DirectConnectRules.bfdMinimumIntervalMilliseconds) ms minimum interval and multiplier \(DirectConnectRules.bfdMinimumMultiplier).",
            "protocol bfd dx_bfd_\(symbol(plan.routerName)) {",
            "  interface \(names.map { "\"\(quotable($0))\"" }.joined(separator: ", ")) {",
            "    min rx interval \(timers.intervalMilliseconds) ms;",
            "    min tx interval \(timers.intervalMilliseconds) ms;",
            "    multiplier \(timers.multiplier);",
            "  };",
            "}",
            "",
        ]
    }

    static func session(_ neighbor: NeighborPlan, symbol: String, localASN: ASN) -> [String] {
        guard let peer = neighbor.peerAddress else {
            return [
                comment(
                    "\(neighbor.virtualInterface): no AWS peer address yet, session not written (ipv6-peer-unknown)"),
                "",
            ]
        }
        var lines = ["protocol bgp dx_\(symbol) {"]
        lines.append("  description \"\(ConfigText.comment(neighbor.description))\";")
        if let local = neighbor.localAddress {
            lines.append("  local \(local.address) as \(localASN);")
        } else {
            lines.append("  local as \(localASN);")
        }
        lines.append("  neighbor \(peer) as \(neighbor.remoteASN);")
        if let key = neighbor.authKey {
            if key.isPlaceholder {
                lines.append("  # WARNING: set the key: replace \(key.text) with the BGP MD5 key AWS shows for the VIF")
            }
            lines.append("  password \"\(key.text)\";")
        }
        if neighbor.bfd != nil { lines.append("  bfd on;") }
        lines += [
            "  \(neighbor.family.rawValue) {",
            "    import filter \(neighbor.importPolicy.name);",
            "    export filter \(neighbor.exportPolicy.name);",
            "    import limit \(neighbor.prefixLimits.accepted) action restart;",
            "  };",
            "}",
            "",
        ]
        return lines
    }
}
