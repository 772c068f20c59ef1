import DXAWS
import DXInput
import DXModel

/// The Amazon Connect ranges whose path matters, per address family of the agents' sources
/// (Docs/Simulation.md §5 and §7; `connect-ccp-networking`, Option 2).
enum ConnectDestinations {
    static func build(topology: Topology, ranges: AWSIPRanges, rib: CustomerRIB) -> [ConnectDestination] {
        let connect = topology.connect
        let region = connect.region.value
        var families = Set(connect.agentSource.map(\.value.family))
        if families.isEmpty { families = [.ipv4] }
        var result: [ConnectDestination] = []
        var seen: Set<String> = []
        func add(_ entries: [IPRangeEntry], role: DestinationRole) {
            for entry in entries.sorted() where seen.insert("\(role.rawValue) \(entry.prefix)").inserted {
                result.append(
                    ConnectDestination(
                        prefix: entry.prefix, service: entry.service, region: entry.region, role: role,
                        segments: segments(of: entry.prefix, topology: topology, rib: rib)))
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

    /// Segments with the Direct Connect source filter applied: every VIF that carries the traffic
    /// must advertise a prefix covering each agent source of the family.
    static func segments(of prefix: IPPrefix, topology: Topology, rib: CustomerRIB) -> [Segment] {
        let sources = topology.connect.agentSource.map(\.value).filter { $0.family == prefix.family }
        // By name once, not a linear search per winning VIF (quadratic with thousands of VIFs).
        let interfaces = Dictionary(rib.interfaces.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return rib.segments(of: prefix).map { part in
            var filtered: [String] = []
            if part.decision.kind == .directConnect {
                for vifName in part.decision.via {
                    guard let context = interfaces[vifName] else { continue }
                    let advertised = context.virtualInterface.advertise.map(\.prefix.value)
                    if !sources.allSatisfy({ source in advertised.contains { $0.contains(source) } }) {
                        filtered.append(vifName)
                    }
                }
            }
            return Segment(prefix: part.prefix, decision: part.decision, sourceFilteredOn: filtered)
        }
    }
}
