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
        text += "Resiliency: \(result.resiliencyModel.labelled), read from the design's shape\n"
        text += "\nVIRTUAL INTERFACES\n" + interfacesTable(result)
        if showRoutes {
            for interface in result.interfaces {
                text += "\nROUTES LEARNED ON \(interface.sessionName) (\(interface.routes?.count ?? 0))\n"
                var table = TextTable("PREFIX", "COMMUNITIES", "REGION", "SERVICES")
                for route in interface.routes ?? [] {
                    table.add(
                        route.prefix.description, route.communities.map(\.description).joined(separator: " "),
                        route.awsPrefix.map { $0.region.isEmpty ? "-" : $0.region } ?? "-",
                        route.awsPrefix.map {
                            $0.isAssumed ? AssumptionText.marker : $0.services.joined(separator: ",")
                        }
                            ?? "-")
                }
                text += table.rendered
            }
        }
        text += "\nAMAZON CONNECT DESTINATIONS (\(result.connectRegion))\n" + destinationsTable(result)
        let offPath = OffPathSegment.all(result)
        if !offPath.isEmpty {
            text += "\nSEGMENTS NOT OVER DIRECT CONNECT\n"
            var table = TextTable("SEGMENT", "RANGE", "ROLE", "PATH", "REASON")
            for segment in offPath.prefix(OffPathSegment.listLimit) {
                table.add(segment.segment, segment.range, segment.role.rawValue, segment.path, segment.reason)
            }
            text += table.rendered
            if offPath.count > OffPathSegment.listLimit {
                text += "… and \(offPath.count - OffPathSegment.listLimit) more (see --format json)\n"
            }
        }
        if let impact = result.assumptionImpact { text += assumptionSection(impact, verdict: result.verdict) }
        text += "\nRETURN PATH (AWS in \(result.connectRegion) → agents)\n"
        var returnTable = TextTable("AGENT SOURCE", "PRIMARY", "BACKUP", "REASON")
        for path in result.returnPath {
            returnTable.add(
                path.agentSource.description, ReturnPathText.primary(path.preferred),
                path.preferred.isEmpty ? "—" : ReturnPathText.backup(path.backupTiers),
                ReturnPathText.reason(path))
        }
        text += returnTable.rendered
        text += "\nFINDINGS\n" + FindingsText.render(result.findings)
        return text
    }

    /// What rests on `assumptions.aws_also_advertises`: the summary and the destinations that change.
    static func assumptionSection(_ impact: AssumptionImpact, verdict: Verdict) -> String {
        var text = "\nASSUMED: \(AWSPrefix.assumptionName)\n" + AssumptionText.summary(impact, verdict: verdict) + "\n"
        guard !impact.changes.isEmpty else { return text }
        var table = TextTable("RANGE", "SERVICE", "REGION", "ROLE", "OVER DIRECT CONNECT", "WITHOUT THE ASSUMPTION")
        for change in impact.changes.prefix(OffPathSegment.listLimit) {
            table.add(
                change.prefix.description, change.service, change.region, change.role.rawValue,
                change.with.percentText, change.without.percentText)
        }
        text += table.rendered
        if impact.changes.count > OffPathSegment.listLimit {
            text += "… and \(impact.changes.count - OffPathSegment.listLimit) more (see --format json)\n"
        }
        return text
    }

    static func verdictLine(_ result: SimulationResult) -> String {
        let verdict = result.verdict
        let yes = { (value: Bool) in value ? "yes" : "NO" }
        let summary = verdict.connectOverDirectConnect ? "is over Direct Connect" : "is NOT over Direct Connect"
        return
            "VERDICT: Amazon Connect (\(result.connectRegion)) \(summary): forward \(yes(verdict.forward)), return \(yes(verdict.returnPath))."
    }

    static func interfacesTable(_ result: SimulationResult) -> String {
        var table = TextTable(
            "NAME", "CONNECTION", "LOCATION", "HOME REGION", "CONTINENT", "FAMILY", "STATE", "AWS ADVERTISES",
            "LEARNED", "8100", "8200", "UNTAGGED", "MAX-PREFIX")
        for interface in result.interfaces {
            table.add([
                interface.name, interface.connection, interface.location ?? "-", interface.homeRegion ?? "-",
                interface.continent?.rawValue ?? "-",
                interface.family.rawValue, interface.isLive ? "up" : "down",
                String(interface.advertisedByAWS[interface.family] ?? 0),
                String(interface.learned[interface.family] ?? 0), String(interface.learnedByScope[.region] ?? 0),
                String(interface.learnedByScope[.continent] ?? 0), String(interface.learnedByScope[.global] ?? 0),
                String(interface.recommendedMaxPrefixes),
            ])
        }
        return table.rendered
    }

    /// The report's grouping (``DestinationSummary/groups(_:)``), so both print the same shares.
    static func destinationsTable(_ result: SimulationResult) -> String {
        var table = TextTable(
            "ROLE", "SERVICE", "REGION", "FAMILY", "RANGES", "ADDRESSES", "OVER DIRECT CONNECT", "IN VERDICT")
        for group in DestinationSummary.groups(result.destinations) {
            table.add([
                group.role.rawValue, group.service, group.region, group.family.rawValue, String(group.ranges),
                addresses(group.addresses), group.directConnectShare.percentText, group.role.isInVerdict ? "yes" : "no",
            ])
        }
        return table.rendered
    }

    static func addresses(_ count: Double) -> String {
        count < 1e15 ? String(Int(count)) : "2^\(Int(count.exponent))"
    }
}
