import DXAWS
import DXCore
import DXInput
import DXModel

/// The topology as a graph to draw: ISPs, customer routers, connections (a LAG is one box), Direct
/// Connect locations, their home Regions and the Amazon Connect Region. Vendor- and format-neutral;
/// ``TopologyDiagramSVG`` lays it out. Nodes keep file order, so the drawing is deterministic.
public struct TopologyDiagram: Sendable, Equatable {
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]

    public init(nodes: [DiagramNode], edges: [DiagramEdge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The nodes of one column, in order.
    public func nodes(in column: DiagramNode.Column) -> [DiagramNode] { nodes.filter { $0.column == column } }

    public static func build(_ resolved: ResolvedTopology) -> TopologyDiagram {
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
        return TopologyDiagram(nodes: nodes, edges: edges)
    }
}
