import DXAWS
import DXInput
import DXModel

/// The Amazon Connect ranges whose path matters, per address family of the agents' sources
/// (Docs/Simulation.md §5 and §7; `connect-ccp-networking`, Option 2).
enum ConnectDestinations {
    static func build(topology: Topology, ranges: AWSIPRanges, rib: CustomerRIB) -> [ConnectDestination] {
        build(
            targets(topology: topology, ranges: ranges), filter: SourceFilter(topology: topology, rib: rib), rib: rib)
    }

    /// The destinations of `targets` (``targets(topology:ranges:)``) with their segments in `rib`,
    /// through `filter` (made for the topology's VIFs; ``SimulationInput`` keeps one).
    static func build(
        _ targets: [(entry: IPRangeEntry, role: DestinationRole)], filter: SourceFilter, rib: CustomerRIB
    ) -> [ConnectDestination] {
        var filter = filter
        return targets.map { entry, role in
            ConnectDestination(
                prefix: entry.prefix, service: entry.service, region: entry.region, role: role,
                segments: rib.segments(of: entry.prefix).map { filter.segment($0.prefix, $0.decision) })
        }
    }

    /// The ranges and their roles, in output order; they do not depend on the scenario, so
    /// ``SimulationInput`` finds them once.
    static func targets(topology: Topology, ranges: AWSIPRanges) -> [(entry: IPRangeEntry, role: DestinationRole)] {
        let connect = topology.connect
        let region = connect.region.value
        let families = agentFamilies(connect)
        var result: [(entry: IPRangeEntry, role: DestinationRole)] = []
        var seen: Set<String> = []
        func add(_ entries: [IPRangeEntry], role: DestinationRole) {
            for entry in entries.sorted() where seen.insert("\(role.rawValue) \(entry.prefix)").inserted {
                result.append((entry, role))
            }
        }
        for family in AddressFamily.allCases where families.contains(family) {
            let ofFamily = ranges.entries.filter { $0.prefix.family == family }
            let connectEntries = ofFamily.filter { $0.service == AWSServiceCode.amazonConnect }
            let global = connectEntries.filter(\.isGlobal)
            if connect.carriesMedia {
                let regional = connectEntries.filter { $0.region == region }
                add(regional.isEmpty ? global : regional, role: .media)
            }
            let ec2 = ofFamily.filter { $0.service == AWSServiceCode.ec2 }
            let regionalEC2 = ec2.filter { $0.region == region }
            add(regionalEC2.isEmpty ? ec2.filter(\.isGlobal) : regionalEC2, role: .signaling)
            add(global, role: .globalConnect)
            add(ofFamily.filter { $0.service == AWSServiceCode.cloudFront }, role: .cloudFront)
        }
        return result
    }

    /// The address families of the agents' sources (IPv4 when none is listed).
    static func agentFamilies(_ connect: ConnectInstance) -> Set<AddressFamily> {
        let families = Set(connect.agentSource.map(\.value.family))
        return families.isEmpty ? [.ipv4] : families
    }

    /// The agents' families for which `targets` hold no media range: ip-ranges.json lists no
    /// AMAZON_CONNECT range of the family in the Region or GLOBAL (older files), so that media
    /// is absent from the verdict (`aws-ip-ranges`).
    static func familiesWithoutMedia(
        _ targets: [(entry: IPRangeEntry, role: DestinationRole)], connect: ConnectInstance
    ) -> [AddressFamily] {
        guard connect.carriesMedia else { return [] }
        let covered = Set(targets.filter { $0.role == .media }.map(\.entry.prefix.family))
        return agentFamilies(connect).subtracting(covered).sorted()
    }
}
