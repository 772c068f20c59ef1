/// The Amazon Connect ranges whose path matters, per address family of the agents' sources
/// (DESIGN.md "The verdict"; Amazon Connect Admin Guide, "Set up your network", Option 2).
enum ConnectDestinations {
    static func build(topology: Topology, ranges: AWSIPRanges, rib: CustomerRIB) -> [ConnectDestination] {
        let connect = topology.connect
        let region = connect.region.value
        var families = Set(connect.agentSource.map(\.value.family))
        if families.isEmpty { families = [.ipv4] }
        var result: [ConnectDestination] = []
        var seen: Set<String> = []
        var filter = SourceFilter(topology: topology, rib: rib)
        func add(_ entries: [IPRangeEntry], role: DestinationRole) {
            for entry in entries.sorted() where seen.insert("\(role.rawValue) \(entry.prefix)").inserted {
                result.append(ConnectDestination(
                    prefix: entry.prefix, service: entry.service, region: entry.region, role: role,
                    segments: rib.segments(of: entry.prefix).map { filter.segment($0.prefix, $0.decision) }))
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
}
