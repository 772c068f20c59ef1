import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlanning
@testable import DXRendering

/// ``TerraformPlanner``: one resource per connection, LAG, association and VIF with the
/// provider's argument names, keys only as sensitive variables, for every example topology.
@Suite struct TerraformPlannerTests {
    static func examples() throws -> [URL] {
        let directory = PackagePaths.root.appendingPathComponent("Topologies")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
            .sorted().map { directory.appendingPathComponent($0) }
    }

    static func argument(_ name: String, of resource: TerraformResource) -> TerraformValue? {
        resource.arguments.first { $0.name == name }?.value
    }

    @Test func everyExampleTopologyIsPlannedCompletely() throws {
        let files = try Self.examples()
        #expect(files.count >= 6)
        for file in files {
            let topology = try TopologyDecoder.load(path: file.path)
            let resolved = ResolvedTopology(topology)
            let plan = TerraformPlanner.plan(resolved)
            let context = file.lastPathComponent
            #expect(plan == TerraformPlanner.plan(resolved), "\(context): deterministic")
            for connection in topology.connections {
                if connection.type.value == .hosted && connection.lag == nil {
                    #expect(
                        plan.resources.contains { $0.type == "aws_dx_connection_confirmation" }, "\(context)")
                    continue
                }
                let resource = try #require(
                    plan.resources.first {
                        $0.type == "aws_dx_connection"
                            && Self.argument("name", of: $0) == .string(connection.name.value)
                    }, "\(context): \(connection.name.value)")
                #expect(Self.argument("bandwidth", of: resource) == .string(connection.speed.value.description))
                guard case .string(let code) = Self.argument("location", of: resource) else {
                    Issue.record("\(context): no location code for \(connection.name.value)")
                    continue
                }
                let location = try #require(resolved.site(of: connection).location)
                #expect(DirectConnectLocationCatalog.codes(of: location).contains(code), "\(context): \(code)")
                if let lag = connection.lag?.value {
                    let lagResource = try #require(
                        plan.resources.first {
                            $0.type == "aws_dx_lag" && Self.argument("name", of: $0) == .string(lag)
                        })
                    #expect(
                        plan.resources.contains {
                            $0.type == "aws_dx_connection_association"
                                && Self.argument("connection_id", of: $0) == resource.idReference
                                && Self.argument("lag_id", of: $0) == lagResource.idReference
                        }, "\(context): \(connection.name.value) joins \(lag)")
                }
            }
            for (_, vif) in topology.virtualInterfaces {
                let resource = try #require(
                    plan.resources.first {
                        $0.type.hasSuffix("_virtual_interface")
                            && Self.argument("name", of: $0) == .string(vif.name.value)
                    }, "\(context): \(vif.name.value)")
                #expect(resource.type == "aws_dx_\(vif.type.value.rawValue)_virtual_interface")
                #expect(Self.argument("vlan", of: resource) == .number(vif.vlan.value))
                #expect(Self.argument("address_family", of: resource) == .string(vif.addressFamily.value.rawValue))
                #expect(Self.argument("bgp_asn", of: resource) == .number(Int(topology.customer.asn.value.value)))
                if vif.isPublic {
                    #expect(
                        Self.argument("route_filter_prefixes", of: resource)
                            == .list(vif.advertise.map { .string($0.prefix.value.description) }))
                }
                // The second family of a dual-stack VIF: an aws_dx_bgp_peer on this VIF.
                for peer in vif.peers.dropFirst() {
                    let bgpPeer = try #require(
                        plan.resources.first {
                            $0.type == "aws_dx_bgp_peer"
                                && Self.argument("virtual_interface_id", of: $0) == resource.idReference
                                && Self.argument("address_family", of: $0) == .string(peer.family.rawValue)
                        }, "\(context): \(vif.name.value) \(peer.family.rawValue)")
                    #expect(
                        Self.argument("customer_address", of: bgpPeer)
                            == peer.customerAddress.map { .string($0.value.description) })
                }
                if vif.bgpAuthKey != nil {
                    guard case .reference(let expression) = Self.argument("bgp_auth_key", of: resource) else {
                        Issue.record("\(context): \(vif.name.value) key is not a variable reference")
                        continue
                    }
                    let variable = try #require(plan.variables.first { "var." + $0.name == expression })
                    #expect(variable.sensitive)
                }
            }
            let text = TerraformHCL.render(plan)
            #expect(text == TerraformHCL.render(TerraformPlanner.plan(ResolvedTopology(topology))))
        }
    }

    @Test func keysNeverAppearOnlySensitiveVariables() throws {
        let literal = TopologyFixture.replacing("bgp_auth_key: env:DX_KEY", with: "bgp_auth_key: Sup3rS3cretKey")
        let plan = TerraformPlanner.plan(ResolvedTopology(try TopologyFixture.decode(literal)))
        let text = TerraformHCL.render(plan)
        #expect(!text.contains("Sup3rS3cretKey"))
        #expect(text.contains("bgp_auth_key          = var.pub_1_bgp_auth_key\n"))
        #expect(
            text.contains(
                """
                variable "pub_1_bgp_auth_key" {
                  description = "BGP MD5 key of the VIF 'pub-1' (the topology holds it as a literal, which dxplan does not copy)"
                  type        = string
                  sensitive   = true
                }
                """))
        let noKey = TopologyFixture.replacing("        bgp_auth_key: env:DX_KEY\n", with: "")
        let keyless = TerraformHCL.render(TerraformPlanner.plan(ResolvedTopology(try TopologyFixture.decode(noKey))))
        #expect(!keyless.contains("bgp_auth_key"))
        #expect(!keyless.contains("variable"))
    }

    @Test func hostileNamesStayInsideStringsAndIdentifiers() throws {
        var topology = try TopologyFixture.decode(TopologyFixture.minimal)
        let hostile = "x\"\n}\nresource \"aws_iam_user\" \"evil\" {\n  name = \"${file(\"/etc/passwd\")}%{if 1}\u{202e}"
        topology.connections[0].name.value = hostile
        topology.connections[0].virtualInterfaces[0].name.value = hostile
        let text = TerraformHCL.render(TerraformPlanner.plan(ResolvedTopology(topology)))
        #expect(!text.contains("aws_iam_user\" \"evil\" {\n"))
        // Every `${` and `%{` is the doubled, literal form.
        #expect(text.contains("$${file"))
        #expect(!text.replacingOccurrences(of: "$${", with: "").contains("${"))
        #expect(!text.replacingOccurrences(of: "%%{", with: "").contains("%{"))
        #expect(text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value < 0x7F) })
        let blocks = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") && $0 != "}" }
        #expect(
            blocks == [
                "variable \"x_resource_aws_iam_user_evil_name_file_etc_passwd_if_1_bgp_auth_key\" {",
                "resource \"aws_dx_connection\" \"x_resource_aws_iam_user_evil_name_file_etc_passwd_if_1\" {",
                "resource \"aws_dx_public_virtual_interface\" \"x_resource_aws_iam_user_evil_name_file_etc_passwd_if_1\" {",
            ])
    }

    @Test func privateAndTransitVIFsGetAGatewayVariable() throws {
        var topology = try TopologyFixture.decode(TopologyFixture.minimal)
        var transit = topology.connections[0].virtualInterfaces[0]
        transit.type.value = .transit
        transit.name.value = "transit-1"
        transit.vlan.value = 102
        transit.bgpAuthKey = nil
        topology.connections[0].virtualInterfaces.append(transit)
        let plan = TerraformPlanner.plan(ResolvedTopology(topology))
        let resource = try #require(plan.resources.first { $0.type == "aws_dx_transit_virtual_interface" })
        #expect(Self.argument("dx_gateway_id", of: resource) == .reference("var.transit_1_dx_gateway_id"))
        #expect(Self.argument("route_filter_prefixes", of: resource) == nil)
        #expect(plan.variables.contains { $0.name == "transit_1_dx_gateway_id" && !$0.sensitive })
    }

    @Test func secondFamilyPeerSlotsInAfterItsVIF() throws {
        let topology = try TopologyFixture.decode(TopologyFixture.minimal)
        var planner = TerraformPlanner(resolved: ResolvedTopology(topology))
        let vif = TerraformResource(type: "aws_dx_public_virtual_interface", name: "pub_1", arguments: [])
        let peer = planner.bgpPeer(
            on: vif, family: .ipv6, asn: topology.customer.asn.value,
            customerAddress: InterfaceAddress("2001:db8::2/125"), amazonAddress: InterfaceAddress("2001:db8::1/125"),
            key: .environment("DX_KEY_V6"))
        #expect(peer.type == "aws_dx_bgp_peer")
        #expect(peer.name == "pub_1_ipv6")
        #expect(
            peer.arguments.map(\.name) == [
                "virtual_interface_id", "address_family", "bgp_asn", "customer_address", "amazon_address",
                "bgp_auth_key",
            ])
        #expect(
            Self.argument("virtual_interface_id", of: peer) == .reference("aws_dx_public_virtual_interface.pub_1.id"))
        #expect(Self.argument("bgp_auth_key", of: peer) == .reference("var.pub_1_ipv6_bgp_auth_key"))
        #expect(planner.declaredVariables.map(\.sensitive) == [true])
    }

    /// A dual-stack VIF: the VIF resource with the first peer, then an `aws_dx_bgp_peer` for the
    /// second family with its own addresses and its own sensitive key variable.
    @Test func aDualStackVIFGetsABGPPeerForItsSecondFamily() throws {
        let topology = try TopologyFixture.decode(TopologyFixture.dualStack)
        let plan = TerraformPlanner.plan(ResolvedTopology(topology))
        #expect(
            plan.resources.map(\.type) == [
                "aws_dx_connection", "aws_dx_public_virtual_interface", "aws_dx_bgp_peer",
            ])
        let vif = plan.resources[1]
        let peer = plan.resources[2]
        #expect(Self.argument("address_family", of: vif) == .string("ipv4"))
        #expect(
            Self.argument("route_filter_prefixes", of: vif)
                == .list([.string("198.51.100.0/24"), .string("2001:db8:100::/48")]))
        #expect(peer.name == "pub_1_ipv6")
        #expect(Self.argument("virtual_interface_id", of: peer) == vif.idReference)
        #expect(Self.argument("address_family", of: peer) == .string("ipv6"))
        #expect(Self.argument("customer_address", of: peer) == .string("2001:db8:1::1/125"))
        #expect(Self.argument("amazon_address", of: peer) == .string("2001:db8:1::2/125"))
        #expect(Self.argument("bgp_auth_key", of: peer) == .reference("var.pub_1_ipv6_bgp_auth_key"))
        let key = try #require(plan.variables.first { $0.name == "pub_1_ipv6_bgp_auth_key" })
        #expect(key.sensitive)
        #expect(key.description.hasPrefix("BGP MD5 key of the IPv6 peer of the VIF 'pub-1'"))
    }
}
