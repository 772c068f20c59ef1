import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// What of one topology must be regenerated after an ip-ranges.json change: the router plans
/// (``RouterPlanner``: `accept_services` prefix lists, recommended max-prefix, ISP export filter)
/// and the allow-list prefix sets (``AllowListPlanner``), each planned on the old and on the new
/// file and compared, with the 30-day deadline of the diff — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
package struct RangesImpact: Sendable {
    /// One router whose configuration differs between the two files.
    package struct RouterChange: Sendable, Equatable {
        package var router: String
        package var vendor: String
        /// The `accept_services` prefix lists that change, per VIF.
        package var prefixLists: [PrefixListChange]
        /// The VIFs whose recommended maximum-prefix limit changes.
        package var maximumPrefixes: [MaximumPrefixChange]
        /// Whether the ISP export filter (the customer prefixes) changes.
        package var internetExportChanged: Bool
    }

    /// One prefix list of a VIF's inbound policy: entries only in the old or only in the new plan.
    package struct PrefixListChange: Sendable, Equatable {
        package var virtualInterface: String
        package var listName: String
        package var added: [PrefixListEntry]
        package var removed: [PrefixListEntry]
    }

    /// A prefix limit of one session that the new file resizes (Docs/Vendors.md, "Prefix limits").
    package struct MaximumPrefixChange: Sendable, Equatable {
        package var virtualInterface: String
        /// Which routes the limit counts: `accepted` (after the import policy) or `received`.
        package var counted: String
        package var old: Int
        package var new: Int
    }

    /// One allow-list prefix set whose aggregated prefixes differ.
    package struct FirewallSetChange: Sendable, Equatable {
        package var name: String
        /// `AMAZON_CONNECT GLOBAL+us-east-1 IPv4`.
        package var selection: String
        /// How the allow-list uses the set: outbound rules, inbound rules (required or reference).
        package var usage: String
        package var added: [IPPrefix]
        package var removed: [IPPrefix]
    }

    package var topologyName: String
    package var topologyFile: String
    package var routers: [RouterChange]
    package var firewallSets: [FirewallSetChange]
    /// `connect.region` (the allow-list's Region).
    package var region: String

    package var isEmpty: Bool { routers.isEmpty && firewallSets.isEmpty }

    /// Plans the topology on both files and keeps what differs. `environment` is only read for
    /// `env:` keys, which never reach the comparison.
    package static func compare(
        old: SimulationInput, new: SimulationInput, environment: [String: String]
    ) throws(InputError) -> RangesImpact {
        let topology = new.topology
        let before = RouterPlanner(input: old, simulation: Simulator.run(old), environment: environment).plans()
        let after = RouterPlanner(input: new, simulation: Simulator.run(new), environment: environment).plans()
        var routers: [RouterChange] = []
        for (oldPlan, newPlan) in zip(before, after) {
            if let change = routerChange(old: oldPlan, new: newPlan) { routers.append(change) }
        }
        let oldList = try AllowListPlanner.plan(topology, ranges: old.ranges)
        let newList = try AllowListPlanner.plan(topology, ranges: new.ranges)
        let oldSets = Dictionary(oldList.prefixSets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var sets: [FirewallSetChange] = []
        for set in newList.prefixSets {
            let previous = Set(oldSets[set.name]?.prefixes ?? [])
            let current = Set(set.prefixes)
            guard previous != current else { continue }
            sets.append(
                FirewallSetChange(
                    name: set.name, selection: set.selection, usage: usage(of: set, in: newList),
                    added: current.subtracting(previous).sorted(), removed: previous.subtracting(current).sorted()))
        }
        let newNames = Set(newList.prefixSets.map(\.name))
        for set in oldList.prefixSets where !newNames.contains(set.name) {
            sets.append(
                FirewallSetChange(
                    name: set.name, selection: set.selection, usage: usage(of: set, in: oldList), added: [],
                    removed: set.prefixes))
        }
        return RangesImpact(
            topologyName: topology.name.value, topologyFile: topology.file, routers: routers, firewallSets: sets,
            region: topology.connect.region.value)
    }

    static func routerChange(old: RouterPlan, new: RouterPlan) -> RouterChange? {
        var lists: [PrefixListChange] = []
        var limits: [MaximumPrefixChange] = []
        let oldNeighbors = Dictionary(
            old.neighbors.map { ($0.virtualInterface, $0) }, uniquingKeysWith: { first, _ in first })
        for neighbor in new.neighbors {
            guard let previous = oldNeighbors[neighbor.virtualInterface] else { continue }
            let before = Set(previous.importPolicy.prefixFilter ?? [])
            let after = Set(neighbor.importPolicy.prefixFilter ?? [])
            if before != after {
                lists.append(
                    PrefixListChange(
                        virtualInterface: neighbor.virtualInterface, listName: neighbor.importPolicy.prefixFilterName,
                        added: after.subtracting(before).sorted(), removed: before.subtracting(after).sorted()))
            }
            let limitPairs = [
                ("accepted", previous.prefixLimits.accepted, neighbor.prefixLimits.accepted),
                ("received", previous.prefixLimits.received, neighbor.prefixLimits.received),
            ]
            for (counted, before, after) in limitPairs where before != after {
                limits.append(
                    MaximumPrefixChange(
                        virtualInterface: neighbor.virtualInterface, counted: counted, old: before, new: after))
            }
        }
        let export = old.internetExport.prefixes != new.internetExport.prefixes
        guard !lists.isEmpty || !limits.isEmpty || export else { return nil }
        return RouterChange(
            router: new.routerName, vendor: new.vendor.displayName, prefixLists: lists, maximumPrefixes: limits,
            internetExportChanged: export)
    }

    /// `outbound 443/TCP`, `inbound UDP (required: stateless firewall)`.
    static func usage(of set: AllowListPrefixSet, in list: AllowList) -> String {
        var uses: [String] = []
        for rule in list.outbound where rule.prefixSet?.name == set.name {
            let use = "outbound \(rule.portText)/\(rule.protocolText)"
            if !uses.contains(use) { uses.append(use) }
        }
        if list.inbound.contains(where: { $0.prefixSet?.name == set.name }) {
            uses.append(list.inboundRequired ? "inbound UDP (required: stateless firewall)" : "inbound UDP (reference)")
        }
        return uses.isEmpty ? "not used by this allow-list" : uses.joined(separator: ", ")
    }
}
