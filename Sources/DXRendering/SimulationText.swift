import DXInput
import DXModel
import DXSimulation

/// `simulate` for people: the verdict first, then per-VIF tables, Connect destinations, the
/// return path, and the findings (issue #4, item 9).
public enum SimulationText {
    public static func render(_ result: SimulationResult, showRoutes: Bool = false) -> String {
        var text = "\(result.topologyName.debugEscaped)\n"
        text += "ip-ranges.json syncToken \(result.ipRangesSyncToken), createDate \(result.ipRangesCreateDate)\n"
        if !result.failed.isEmpty { text += "Failed: \(result.failed.joined(separator: ", "))\n" }
        text += "\n" + verdictLine(result) + "\n"
        text += "Resiliency level: \(result.resiliency.rawValue)\n"
        text += "\nVIRTUAL INTERFACES\n" + interfacesTable(result)
        if showRoutes {
            for interface in result.interfaces {
                text += "\nROUTES LEARNED ON \(interface.name) (\(interface.routes?.count ?? 0))\n"
                var table = TextTable("PREFIX", "COMMUNITIES", "REGION", "SERVICES")
                for route in interface.routes ?? [] {
                    table.add(route.prefix.description, route.communities.map(\.description).joined(separator: " "), route.awsPrefix?.region ?? "-", route.awsPrefix?.services.joined(separator: ",") ?? "-")
                }
                text += table.rendered
            }
        }
        text += "\nAMAZON CONNECT DESTINATIONS (\(result.connectRegion))\n" + destinationsTable(result)
        let offPath = result.destinations.flatMap { destination in destination.segments.filter { !$0.isDirectConnectDelivered }.map { (destination, $0) } }
        if !offPath.isEmpty {
            text += "\nSEGMENTS NOT OVER DIRECT CONNECT\n"
            var table = TextTable("SEGMENT", "RANGE", "ROLE", "PATH", "REASON")
            for (destination, segment) in offPath.prefix(50) {
                let path = segment.decision.kind == .directConnect ? "dropped (source filter on \(segment.sourceFilteredOn.joined(separator: ", ")))" : "\(segment.decision.kind.rawValue) \(segment.decision.via.joined(separator: ", "))"
                table.add(segment.prefix.description, "\(destination.service) \(destination.region)", destination.role.rawValue, path, segment.decision.reason)
            }
            text += table.rendered
            if offPath.count > 50 { text += "… and \(offPath.count - 50) more (see --format json)\n" }
        }
        text += "\nRETURN PATH (AWS in \(result.connectRegion) → agents)\n"
        var returnTable = TextTable("AGENT SOURCE", "VIA", "REASON")
        for path in result.returnPath {
            returnTable.add(path.agentSource.description, path.via.isEmpty ? "internet" : path.via.joined(separator: ", "), path.reason)
        }
        text += returnTable.rendered
        text += "\nFINDINGS\n" + FindingsText.render(result.findings)
        return text
    }

    static func verdictLine(_ result: SimulationResult) -> String {
        let verdict = result.verdict
        let yes = { (value: Bool) in value ? "yes" : "NO" }
        let summary = verdict.connectOverDirectConnect ? "is over Direct Connect" : "is NOT over Direct Connect"
        return "VERDICT: Amazon Connect (\(result.connectRegion)) \(summary): forward \(yes(verdict.forward)), return \(yes(verdict.returnPath))."
    }

    static func interfacesTable(_ result: SimulationResult) -> String {
        var table = TextTable("NAME", "CONNECTION", "LOCATION", "HOME REGION", "CONTINENT", "FAMILY", "STATE", "AWS ADVERTISES", "LEARNED", "8100", "8200", "UNTAGGED", "MAX-PREFIX")
        for interface in result.interfaces {
            table.add([
                interface.name, interface.connection, interface.location ?? "-", interface.homeRegion ?? "-", interface.continent?.rawValue ?? "-",
                interface.family.rawValue, interface.isLive ? "up" : "down", String(interface.advertisedByAWS[interface.family] ?? 0),
                String(interface.learned[interface.family] ?? 0), String(interface.learnedByScope[.region] ?? 0),
                String(interface.learnedByScope[.continent] ?? 0), String(interface.learnedByScope[.global] ?? 0),
                String(interface.recommendedMaxPrefixes),
            ])
        }
        return table.rendered
    }

    static func destinationsTable(_ result: SimulationResult) -> String {
        var table = TextTable("ROLE", "SERVICE", "REGION", "FAMILY", "RANGES", "ADDRESSES", "OVER DIRECT CONNECT", "IN VERDICT")
        var groups: [(key: String, destinations: [ConnectDestination])] = []
        for destination in result.destinations {
            let key = "\(destination.role.rawValue) \(destination.service) \(destination.prefix.family.rawValue)"
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].destinations.append(destination)
            } else {
                groups.append((key, [destination]))
            }
        }
        for group in groups {
            let first = group.destinations[0]
            let regions = Set(group.destinations.map(\.region))
            let share = AddressShare(summing: group.destinations.map(\.directConnectAddresses))
            table.add([
                first.role.rawValue, first.service, regions.count == 1 ? first.region : "\(regions.count) Regions", first.prefix.family.rawValue,
                String(group.destinations.count), addresses(share.total.doubleValue), share.percentText, first.role.isInVerdict ? "yes" : "no",
            ])
        }
        return table.rendered
    }

    static func addresses(_ count: Double) -> String {
        count < 1e15 ? String(Int(count)) : "2^\(Int(count.exponent))"
    }
}
