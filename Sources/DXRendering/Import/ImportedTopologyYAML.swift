import DXModel
import DXPlanning

/// Writes an ``ImportedTopology`` as a topology file (Docs/TopologyFormat.md).
///
/// What AWS cannot know is written as valid defaults marked `TODO(import)` on the same or the
/// line above (`grep -n 'TODO(import)'` lists them): one router per location (vendor `frr`), the
/// Connect Region when `--connect-region` is not given, and commented-out `instance`,
/// `agent_source`, `agents` and `internet` entries. Every string from the API is quoted and
/// escaped (``YAMLText``); names are already safe (``TopologyNames``).
package enum ImportedTopologyYAML {
    package static let marker = "TODO(import)"

    package static func render(_ topology: ImportedTopology) -> String {
        var lines: [String] = []
        func add(_ line: String) { lines.append(line) }
        add("# Imported by 'dxplan import aws' from what the AWS Direct Connect API lists")
        add("# (describe-connections, describe-lags, describe-virtual-interfaces).")
        add("#")
        add("# AWS does not know your routers, their vendors, your Amazon Connect instance, where")
        add("# your agents are or your ISPs. Those entries are valid placeholders marked")
        add("# \(marker): replace them (grep -n '\(marker)'), then run 'dxplan validate'.")
        add("# BGP keys are env: references named after each VIF; no key was copied from AWS.")
        let variables = topology.keyVariables
        if !variables.isEmpty {
            add("# Set them before 'dxplan config': \(variables.joined(separator: ", ")).")
        }
        if !topology.skipped.isEmpty {
            add("#")
            add("# Left out:")
            for line in topology.skipped { add("#   - " + YAMLText.comment(line)) }
        }
        add("")
        add("name: \(YAMLText.quoted("Imported from AWS Direct Connect"))")
        add("")
        add("customer:")
        if let asn = topology.asn {
            add("  asn: \(asn)")
        } else {
            add("  asn: 64512  # \(marker): no VIF gave an ASN; set your AS number")
        }
        if !topology.otherASNs.isEmpty {
            add(
                "  # other ASNs on the VIFs: \(topology.otherASNs.map(\.description).joined(separator: ", ")) (a topology has one customer ASN)"
            )
        }
        if topology.prefixes.isEmpty {
            add("  prefixes: []  # \(marker): no public VIF lists route filter prefixes")
        } else {
            add("  prefixes:  # every public VIF's routeFilterPrefixes")
            for prefix in topology.prefixes { add("    - \(prefix)") }
        }
        add("")
        add("connect:")
        add("  # instance: my-instance  # \(marker): your Amazon Connect instance alias")
        if topology.connectRegionGiven {
            add("  region: \(YAMLText.quoted(topology.connectRegion))")
        } else {
            add(
                "  region: \(YAMLText.quoted(topology.connectRegion))  # \(marker): the Region of your Connect instance (guessed from the connections; --connect-region)"
            )
        }
        add("  # agent_source: [203.0.113.0/25]  # \(marker): your agents' addresses (default: customer.prefixes)")
        add("  # agents: 100  # \(marker): agents working at the same time")
        add("")
        add("routers:")
        for router in topology.routers {
            add(
                "  # \(marker): placeholder for your router at \(YAMLText.comment(router.site)); rename it, set its vendor"
            )
            add("  - name: \(router.name)")
            add("    vendor: frr  # \(marker)")
        }
        if topology.routers.isEmpty { lines[lines.count - 1] = "routers: []  # \(marker): add your routers" }
        add("")
        add("connections:")
        for connection in topology.connections { connectionLines(connection, into: &lines) }
        if topology.connections.isEmpty { lines[lines.count - 1] = "connections: []" }
        add("")
        let router = topology.routers.first?.name ?? "edge-1"
        add("# internet:  # \(marker): your ISP uplinks (AWS does not know them), for example:")
        add("#   - name: isp-a")
        add("#     router: \(router)")
        add("#     asn: 64510")
        add("#     default_route: true")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func connectionLines(_ connection: ImportedConnection, into lines: inout [String]) {
        func add(_ line: String) { lines.append(line) }
        add("  # AWS \(trace(connection.awsID, connection.awsName, connection.awsState))")
        for note in connection.notes { add("  # " + YAMLText.comment(note)) }
        add("  - name: \(connection.name)")
        add("    type: \(connection.type)")
        if let provider = connection.provider { add("    provider: \(YAMLText.quoted(provider))") }
        if let location = connection.location {
            let code = connection.locationCode.map { YAMLText.comment($0) } ?? ""
            if connection.locationKnown {
                add("    location: \(YAMLText.quoted(location))  # AWS location code \(code)")
            } else {
                add(
                    "    location: \(YAMLText.quoted(location))  # \(marker): not in dxplan's catalog; write the location as AWS lists it"
                )
            }
        } else {
            add("    # location: \(marker): AWS gave no location")
        }
        if let region = connection.region { add("    region: \(YAMLText.quoted(region))") }
        if let speed = connection.speed {
            add("    speed: \(speed)")
        } else {
            add("    speed: 1Gbps  # \(marker): AWS gave no bandwidth")
        }
        add("    router: \(connection.router)  # \(marker): placeholder router")
        if let lag = connection.lag { add("    lag: \(lag)") }
        if connection.virtualInterfaces.isEmpty {
            add("    virtual_interfaces: []")
            return
        }
        add("    virtual_interfaces:")
        for vif in connection.virtualInterfaces { vifLines(vif, into: &lines) }
    }

    private static func vifLines(_ vif: ImportedVirtualInterface, into lines: inout [String]) {
        func add(_ line: String) { lines.append(line) }
        add("      # AWS \(trace(vif.awsID, vif.awsName, vif.awsState))")
        for note in vif.notes { add("      # " + YAMLText.comment(note)) }
        add("      - name: \(vif.name)")
        add("        type: \(vif.type)")
        add("        vlan: \(vif.vlan)")
        if vif.peers.count == 1 {
            peerLines(vif.peers[0], indent: "        ", into: &lines)
        } else if vif.peers.count > 1 {
            add("        bgp_peers:")
            for peer in vif.peers {
                var peerLines: [String] = []
                Self.peerLines(peer, indent: "            ", into: &peerLines)
                peerLines[0] = "          - " + peerLines[0].dropFirst(12)
                lines += peerLines
            }
        }
        if !vif.advertise.isEmpty {
            add("        advertise:  # routeFilterPrefixes")
            for prefix in vif.advertise { add("          - \(prefix)") }
        }
    }

    private static func peerLines(_ peer: ImportedBGPPeer, indent: String, into lines: inout [String]) {
        lines.append("\(indent)address_family: \(peer.family.rawValue)")
        if let address = peer.customerAddress { lines.append("\(indent)customer_address: \(address)") }
        if let address = peer.amazonAddress { lines.append("\(indent)amazon_address: \(address)") }
        if let variable = peer.keyVariable { lines.append("\(indent)bgp_auth_key: env:\(variable)") }
    }

    /// `dxcon-fgxyz "name", available`: where an entry came from.
    private static func trace(_ id: String, _ name: String?, _ state: String?) -> String {
        var text = YAMLText.comment(id)
        if let name { text += " " + YAMLText.quoted(name) }
        if let state { text += ", " + YAMLText.comment(state) }
        return text
    }
}
