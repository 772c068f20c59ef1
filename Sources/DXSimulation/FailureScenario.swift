import DXAWS
import DXCore
import DXInput
import DXModel

/// What is down in one simulation run: the result of `--fail NAME` options.
///
/// A router takes its connections and uplinks with it; a LAG all its members; a location every
/// connection there. VIFs on a LAG stay up while any member is up (LAG minimum links default 0,
/// AWS DX User Guide, "Link aggregation groups").
public struct FailureScenario: Sendable, Equatable {
    /// The names as given, in order.
    public var names: [String]
    public var downConnections: Set<String>
    public var downVirtualInterfaces: Set<String>
    public var downUplinks: Set<String>

    public static let none = FailureScenario(names: [], downConnections: [], downVirtualInterfaces: [], downUplinks: [])

    /// Resolves failure names against the topology (``ResolvedTopology/entity(named:)``); an
    /// unknown name is returned as an error message.
    public static func resolve(
        _ names: [String], in resolved: ResolvedTopology
    ) -> Result<FailureScenario, UsageError> {
        let topology = resolved.topology
        var scenario = FailureScenario(names: names, downConnections: [], downVirtualInterfaces: [], downUplinks: [])
        for name in names {
            let entity = resolved.entity(named: name)
            scenario.downConnections.formUnion(entity.connections.map(\.name.value))
            scenario.downVirtualInterfaces.formUnion(entity.virtualInterfaces.map(\.name.value))
            scenario.downUplinks.formUnion(entity.uplinks.map(\.name.value))
            if entity.isEmpty {
                var message =
                    "Unknown failure \(MessageValue.quoted(name)) (expected a connection, virtual interface, router, LAG, uplink or location of the topology)"
                let candidates = candidateNames(in: topology)
                if let suggestion = Suggestion.closest(to: name, among: candidates) {
                    message += "; did you mean '\(suggestion)'?"
                }
                message += "; valid names: " + listed(candidates)
                return .failure(UsageError(.unknownName, message))
            }
        }
        return .success(scenario)
    }

    /// Every single failure `--each-failure` runs, in a fixed order: connections, LAGs, VIFs,
    /// routers, locations, then each ISP (`internet[]` uplink down: the fallback path, and with
    /// `reject_aws_prefixes` the routes that stay, change).
    public static func singleFailures(in topology: Topology) -> [String] {
        var names: [String] = []
        func add(_ name: String) { if !names.contains(name) { names.append(name) } }
        for connection in topology.connections { add(connection.name.value) }
        for lag in topology.connections.compactMap(\.lag?.value) { add(lag) }
        for vif in topology.virtualInterfaces where vif.virtualInterface.isPublic {
            add(vif.virtualInterface.name.value)
        }
        topology.routers.map(\.name.value).filter { router in
            topology.connections.contains { $0.router.value == router }
        }.forEach(add)
        let locations = Set(topology.connections.compactMap(\.locationName?.value))
        if locations.count > 1 { locations.sorted().forEach(add) }
        for uplink in topology.internet { add(uplink.name.value) }
        return names
    }

    /// The failure sets `--each-failure --failures SIZE` runs: every single failure
    /// (``singleFailures(in:)``, in that order), then with `size` 2 every unordered pair of them,
    /// in the order of their first and then their second name.
    public static func failureSets(in topology: Topology, size: Int) -> [[String]] {
        let singles = singleFailures(in: topology)
        var sets = singles.map { [$0] }
        guard size >= 2 else { return sets }
        for first in singles.indices {
            for second in singles.indices where second > first { sets.append([singles[first], singles[second]]) }
        }
        return sets
    }

    /// At most this many names are listed after an unknown `--fail` name.
    static let listedNames = 20

    /// The names sorted and without duplicates, `a, b, c`; beyond ``listedNames``, the first of
    /// them and how many more there are.
    static func listed(_ names: [String]) -> String {
        let sorted = Array(Set(names)).sorted()
        let shown = sorted.prefix(listedNames).map { MessageValue.shown($0) }.joined(separator: ", ")
        return sorted.count > listedNames ? shown + ", … (\(sorted.count - listedNames) more)" : shown
    }

    static func candidateNames(in topology: Topology) -> [String] {
        var names =
            topology.connections.map(\.name.value) + topology.routers.map(\.name.value)
            + topology.internet.map(\.name.value)
        names += topology.virtualInterfaces.map(\.virtualInterface.name.value)
        names += topology.connections.compactMap(\.lag?.value) + topology.connections.compactMap(\.locationName?.value)
        return names
    }

    /// Whether a VIF is up: its own name is not failed, and its connection (or, on a LAG, any member) is up.
    func isLive(_ vif: VirtualInterface, on connection: Connection, in topology: Topology) -> Bool {
        if downVirtualInterfaces.contains(vif.name.value) { return false }
        guard let lag = connection.lag?.value else { return !downConnections.contains(connection.name.value) }
        return topology.connections.contains { $0.lag?.value == lag && !downConnections.contains($0.name.value) }
    }
}
