import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// The topology as a graph to draw: ISPs, customer routers, connections (a LAG is one box), Direct
/// Connect locations, their home Regions and the Amazon Connect Region. Vendor- and format-neutral;
/// ``TopologyDiagramSVG`` lays it out. Nodes keep file order, so the drawing is deterministic.
public struct TopologyDiagram: Sendable, Equatable {
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    /// The forward path and the return path AWS picks, drawn over the edges.
    public var flows: [DiagramFlow]

    public init(nodes: [DiagramNode], edges: [DiagramEdge], flows: [DiagramFlow] = []) {
        self.nodes = nodes
        self.edges = edges
        self.flows = flows
    }

    /// The nodes of one column, in order.
    public func nodes(in column: DiagramNode.Column) -> [DiagramNode] { nodes.filter { $0.column == column } }

    /// The diagram of `resolved`, with the forward and return flows of `result` when given: the
    /// VIFs carrying media and signaling over Direct Connect, and the VIFs AWS returns on
    /// (``ReturnPathResult/preferred``, then ``ReturnPathResult/backup``).
    public static func build(_ resolved: ResolvedTopology, result: SimulationResult? = nil) -> TopologyDiagram {
        let topology = resolved.topology
        var nodes: [DiagramNode] = []
        var edges: [DiagramEdge] = []
        func addNode(_ node: DiagramNode) { if !nodes.contains(where: { $0.id == node.id }) { nodes.append(node) } }
        func addEdge(_ edge: DiagramEdge) { if !edges.contains(edge) { edges.append(edge) } }
        let connectRegion = topology.connect.region.value

        for uplink in topology.internet {
            addNode(
                DiagramNode(
                    id: "isp:\(uplink.name.value)", column: .internet, title: uplink.name.value,
                    details: [
                        "AS \(uplink.asn.value)", uplink.defaultRoute ? "default route" : "no default route",
                        "local-pref \(uplink.localPreference.value)",
                    ]))
        }
        for router in topology.routers {
            addNode(
                DiagramNode(
                    id: "router:\(router.name.value)", column: .router, title: router.name.value,
                    details: [router.vendor.value.rawValue, "AS \(topology.customer.asn.value)"]))
        }
        for uplink in topology.internet {
            addEdge(DiagramEdge(from: "isp:\(uplink.name.value)", to: "router:\(uplink.router.value)"))
        }
        var regions: [String] = []
        /// VIF name → the boxes its traffic crosses.
        var vifNodes: [String: [String]] = [:]
        for group in resolved.linkGroups {
            let first = group.connections[0]
            let linkID = group.lagName.map { "lag:\($0)" } ?? "connection:\(first.name.value)"
            var details: [String] = []
            if group.lagName != nil {
                details.append("LAG of " + group.connections.map(\.name.value).joined(separator: ", "))
            }
            var kind = "\(first.type.value.rawValue) \(first.speed.value) \(first.path.value.rawValue)"
            if first.macsec?.value == true { kind += " MACsec" }
            details.append(kind)
            if let provider = first.provider?.value { details.append(provider) }
            for vif in group.virtualInterfaces {
                details.append("\(vif.type.value.rawValue) VIF \(vif.name.value)")
                details.append("VLAN \(vif.vlan.value), \(vif.families.map(\.rawValue).joined(separator: " + "))")
            }
            addNode(DiagramNode(id: linkID, column: .link, title: group.lagName ?? first.name.value, details: details))
            for connection in group.connections {
                addEdge(DiagramEdge(from: "router:\(connection.router.value)", to: linkID))
            }
            let site = resolved.site(of: first)
            let locationTitle = site.location?.name ?? first.locationName?.value ?? "location not given"
            let locationID = "location:\(locationTitle)|\(site.homeRegion ?? "")"
            var locationDetails: [String] = []
            if let code = site.location?.code { locationDetails.append(code) }
            if let home = site.homeRegion { locationDetails.append("home Region \(home)") }
            addNode(DiagramNode(id: locationID, column: .location, title: locationTitle, details: locationDetails))
            addEdge(DiagramEdge(from: linkID, to: locationID))
            if let home = site.homeRegion {
                if !regions.contains(home) { regions.append(home) }
                addEdge(DiagramEdge(from: locationID, to: "region:\(home)"))
            }
            for vif in group.virtualInterfaces {
                let carrier = group.connections.first { $0.virtualInterfaces.contains(vif) } ?? first
                var path = ["router:\(carrier.router.value)", linkID, locationID]
                if let home = site.homeRegion {
                    path.append("region:\(home)")
                    if home != connectRegion { path.append("region:\(connectRegion)") }
                }
                vifNodes[vif.name.value] = path
            }
        }
        if !regions.contains(connectRegion) { regions.append(connectRegion) }
        for region in regions {
            var details = [RegionCatalog.region(region)?.name ?? "unknown Region"]
            if region == connectRegion { details.append("Amazon Connect instance") }
            addNode(
                DiagramNode(
                    id: "region:\(region)", column: .region, title: region, details: details,
                    isConnectRegion: region == connectRegion))
        }
        for region in regions where region != connectRegion {
            addEdge(DiagramEdge(from: "region:\(region)", to: "region:\(connectRegion)", style: .dashed))
        }
        return TopologyDiagram(nodes: nodes, edges: edges, flows: result.map { flows($0, vifNodes: vifNodes) } ?? [])
    }

    /// One flow per VIF and kind: forward on the VIFs carrying media and signaling over Direct
    /// Connect, return on the VIFs AWS prefers, backup on the others it fails over to.
    static func flows(_ result: SimulationResult, vifNodes: [String: [String]]) -> [DiagramFlow] {
        var forward: Set<String> = []
        for destination in result.destinations where destination.role.isInVerdict {
            for segment in destination.segments where segment.decision.kind == .directConnect {
                forward.formUnion(segment.decision.via)
            }
        }
        let primary = Set(result.returnPath.flatMap(\.preferred))
        let backup = Set(result.returnPath.flatMap(\.backup)).subtracting(primary)
        var flows: [DiagramFlow] = []
        for (kind, vifs) in [(DiagramFlow.Kind.forward, forward), (.returnPrimary, primary), (.returnBackup, backup)] {
            for vif in vifs.sorted() {
                guard let nodes = vifNodes[vif] else { continue }
                flows.append(DiagramFlow(kind: kind, virtualInterface: vif, nodes: nodes))
            }
        }
        return flows
    }
}
