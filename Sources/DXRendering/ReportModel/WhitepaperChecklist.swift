import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// Builds the whitepaper's five steps (connection → public VIF → community scope → 802.1Q VLAN →
/// route CCP traffic to the Amazon Connect addresses) from a topology and its base simulation —
/// `dx-connect-whitepaper-overview`
/// https://docs.aws.amazon.com/whitepapers/latest/aws-direct-connect-for-amazon-connect/technical-overview.html
public enum WhitepaperChecklist {
    public static func steps(_ resolved: ResolvedTopology, base: SimulationResult) -> [WhitepaperStep] {
        let topology = resolved.topology
        return [connection(resolved), publicVIF(topology), scope(topology, base), vlan(resolved), routing(base)]
    }

    /// Step 1: at least one Direct Connect connection with a known location.
    static func connection(_ resolved: ResolvedTopology) -> WhitepaperStep {
        let topology = resolved.topology
        let title = "Create a Direct Connect connection"
        guard !topology.connections.isEmpty else {
            return WhitepaperStep(
                number: 1, title: title, status: .missing, evidence: "The topology has no connection.")
        }
        let unresolved = zip(topology.connections, resolved.sites).filter { $1.homeRegion == nil }.map(\.0.name.value)
        let kinds = topology.connections.map { "\($0.name.value) (\($0.type.value.rawValue) \($0.speed.value))" }
            .joined(separator: ", ")
        let count = topology.connections.count
        var evidence = "\(count) connection\(count == 1 ? "" : "s"): \(kinds)."
        if !unresolved.isEmpty {
            evidence += " No home Region for \(unresolved.joined(separator: ", "))."
            return WhitepaperStep(number: 1, title: title, status: .attention, evidence: evidence)
        }
        return WhitepaperStep(number: 1, title: title, status: .done, evidence: evidence)
    }

    /// Step 2: a public VIF for every address family the agents use.
    static func publicVIF(_ topology: Topology) -> WhitepaperStep {
        let title = "Create a public virtual interface"
        let publics = topology.virtualInterfaces.filter { $0.virtualInterface.isPublic }.map(\.virtualInterface)
        guard !publics.isEmpty else {
            return WhitepaperStep(
                number: 2, title: title, status: .missing,
                evidence: "No public VIF: Amazon Connect's public addresses are reached only over a public VIF.")
        }
        let families = Set(publics.flatMap(\.families))
        let needed = Set(topology.connect.agentSource.map(\.value.family))
        let lacking = needed.subtracting(families).map(\.rawValue).sorted()
        var evidence =
            publics.map { "\($0.name.value) (\($0.families.map(\.rawValue).joined(separator: " + ")))" }
            .joined(separator: ", ") + "."
        if !lacking.isEmpty {
            evidence += " No public VIF for the agents' \(lacking.joined(separator: ", ")) sources."
            return WhitepaperStep(number: 2, title: title, status: .missing, evidence: evidence)
        }
        return WhitepaperStep(number: 2, title: title, status: .done, evidence: evidence)
    }

    /// Step 3: every advertised prefix carries a chosen scope community (7224:9100/9200/9300).
    static func scope(_ topology: Topology, _ base: SimulationResult) -> WhitepaperStep {
        let title = "Choose the BGP community scope"
        let advertisements = topology.virtualInterfaces.filter { $0.virtualInterface.isPublic }.flatMap { pair in
            pair.virtualInterface.advertise.map { (vif: pair.virtualInterface.name.value, advertisement: $0) }
        }
        guard !advertisements.isEmpty else {
            return WhitepaperStep(
                number: 3, title: title, status: .missing,
                evidence: "No prefix is advertised on a public VIF, so AWS cannot answer over Direct Connect.")
        }
        var seen: [String] = []
        for (vif, advertisement) in advertisements {
            let scope =
                advertisement.scope.map { "\($0.value.rawValue) (\($0.value.community))" } ?? "untagged (global)"
            let line = "\(advertisement.prefix.value) on \(vif): \(scope)"
            if !seen.contains(line) { seen.append(line) }
        }
        var evidence = seen.joined(separator: "; ") + "."
        let status: StepStatus
        if !base.verdict.returnPath {
            status = .missing
            evidence += " The return path does not reach \(base.connectRegion) over Direct Connect."
        } else if advertisements.contains(where: { $0.advertisement.scope == nil }) {
            status = .attention
            evidence += " Untagged prefixes propagate to all public Regions; choose a scope explicitly."
        } else {
            status = .done
        }
        return WhitepaperStep(number: 3, title: title, status: status, evidence: evidence)
    }

    /// Step 4: each VIF has an 802.1Q VLAN from 1 to 4094, unique on its connection or LAG.
    static func vlan(_ resolved: ResolvedTopology) -> WhitepaperStep {
        let topology = resolved.topology
        let title = "Configure the 802.1Q VLAN"
        var problems: [String] = []
        var lines: [String] = []
        for group in resolved.linkGroups {
            var used: [Int] = []
            for vif in group.virtualInterfaces {
                let vlan = vif.vlan.value
                lines.append("\(vif.name.value) VLAN \(vlan)")
                let range = DirectConnectRules.vlanRange
                if !range.contains(vlan) {
                    problems.append(
                        "VLAN \(vlan) of \(vif.name.value) is outside \(range.lowerBound)–\(range.upperBound)")
                }
                if used.contains(vlan) { problems.append("VLAN \(vlan) is used twice on \(group.description)") }
                used.append(vlan)
            }
        }
        guard !lines.isEmpty else {
            return WhitepaperStep(
                number: 4, title: title, status: .missing, evidence: "No virtual interface, so no VLAN.")
        }
        let hosted = topology.connections.contains { $0.type.value == .hosted }
        var evidence = lines.joined(separator: ", ") + "."
        if hosted { evidence += " On hosted connections the partner assigns the VLAN." }
        if !problems.isEmpty {
            return WhitepaperStep(
                number: 4, title: title, status: .missing, evidence: problems.joined(separator: "; ") + ".")
        }
        return WhitepaperStep(
            number: 4, title: title, status: .done,
            evidence: evidence + " 802.1Q must work end to end, including intermediate devices.")
    }

    /// Step 5: the simulation's forward verdict (media and signaling of the instance Region).
    static func routing(_ base: SimulationResult) -> WhitepaperStep {
        let title = "Route CCP traffic to the Amazon Connect addresses over Direct Connect"
        let verdictShare = ReportShares.verdictShare(base)
        let shared = base.destinations.filter { !$0.role.isInVerdict && !$0.isFullyDirectConnect }
        var evidence = "Media and signaling of \(base.connectRegion): \(verdictShare.text) over Direct Connect."
        if !base.verdict.forward {
            return WhitepaperStep(number: 5, title: title, status: .missing, evidence: evidence)
        }
        if !shared.isEmpty {
            let roles = Array(Set(shared.map(\.role))).sorted().map(\.rawValue).joined(separator: ", ")
            evidence += " Part of \(roles) is not over Direct Connect (not in the verdict)."
            return WhitepaperStep(number: 5, title: title, status: .attention, evidence: evidence)
        }
        return WhitepaperStep(number: 5, title: title, status: .done, evidence: evidence)
    }
}
