import Testing

@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlanning
@testable import DXRendering

/// The mapping of `dxplan import aws` (``AWSImportPlanner``) and its writer.
@Suite struct AWSImportPlannerTests {
    static func peer(_ family: AddressFamily, _ customer: String?, _ amazon: String?, id: String, key: Bool = true)
        -> DXBGPPeerRecord
    {
        DXBGPPeerRecord(
            id: id, state: "available", family: family, customerAddress: customer.flatMap(InterfaceAddress.init),
            amazonAddress: amazon.flatMap(InterfaceAddress.init), hasAuthKey: key)
    }

    static func vif(
        _ id: String, name: String?, on connection: String, type: String = "public", vlan: Int = 101,
        asn: UInt32 = 64496, peers: [DXBGPPeerRecord], prefixes: [String] = ["198.51.100.0/24"],
        state: String = "available"
    ) -> DXVirtualInterfaceRecord {
        DXVirtualInterfaceRecord(
            id: id, name: name, type: type, state: state, connectionID: connection, vlan: vlan, asn: ASN(asn),
            peer: peers.first ?? DXBGPPeerRecord(family: nil), bgpPeers: peers,
            routeFilterPrefixes: prefixes.compactMap(IPPrefix.init))
    }

    @Test func namesAreSafeUniqueAndDeterministic() {
        #expect(
            TopologyNames.sanitized("Requested Connection 1 for Lag dxlag-fgsu9erb")
                == "Requested-Connection-1-for-Lag-dxlag-fgsu9erb")
        #expect(TopologyNames.sanitized("  *** ") == "")
        #expect(TopologyNames.sanitized("pub\nrouters:\n  - name: x") == "pub-routers--name-x")
        #expect(TopologyNames.sanitized(String(repeating: "a", count: 60)).count == 48)
        #expect(TopologyNames.sanitized("-.x_") == "x")
        var names = TopologyNames()
        #expect(names.unique("dx-1", id: "dxcon-a") == "dx-1")
        #expect(names.unique("dx-1", id: "dxcon-b") == "dxcon-b")
        #expect(names.unique("***", id: "dxcon-c") == "dxcon-c")
        #expect(names.unique("dx-1", id: "dxcon-b") == "dxcon-b-2")
        for name in ["dx-1", "dxcon-b", "dxcon-c", "dxcon-b-2"] {
            #expect((try? ValueParsers.objectName(name).get()) == name)
        }
    }

    @Test func lagVIFsGoUnderTheFirstMemberAndDualStackGetsTwoPeers() {
        let members = ["dxcon-b", "dxcon-a"].map {
            DXConnectionRecord(
                id: $0, name: "member \($0)", state: "available", location: "CSVA1", region: "us-east-1",
                bandwidth: .gbps(10), lagID: "dxlag-1")
        }
        let lag = DXLagRecord(id: "dxlag-1", name: "lag va1", location: "CSVA1", region: "us-east-1", members: members)
        let dual = Self.vif(
            "dxvif-1", name: "pub-dual", on: "dxlag-1",
            peers: [
                Self.peer(.ipv6, "2001:db8::1/125", "2001:db8::2/125", id: "p2"),
                Self.peer(.ipv4, "198.51.100.1/30", "198.51.100.2/30", id: "p1"),
            ], prefixes: ["198.51.100.0/24", "2001:db8:100::/48"])
        let plan = AWSImportPlanner.plan(connections: [], lags: [lag], virtualInterfaces: [dual], connectRegion: nil)
        #expect(plan.connections.map(\.name) == ["member-dxcon-a", "member-dxcon-b"])
        #expect(plan.connections.map(\.lag) == ["lag-va1", "lag-va1"])
        #expect(plan.connections[0].virtualInterfaces.map(\.name) == ["pub-dual"])
        #expect(plan.connections[1].virtualInterfaces.isEmpty)
        #expect(plan.connections[0].location == "CoreSite VA1, Reston, VA")
        #expect(plan.connections[0].locationKnown)
        let peers = plan.connections[0].virtualInterfaces[0].peers
        #expect(peers.map(\.family) == [.ipv4, .ipv6])
        #expect(peers.map(\.keyVariable) == ["DX_KEY_PUB_DUAL_IPV4", "DX_KEY_PUB_DUAL_IPV6"])
        #expect(plan.prefixes.map(\.description) == ["198.51.100.0/24", "2001:db8:100::/48"])
        #expect(plan.routers.map(\.name) == ["edge-csva1"])
        #expect(plan.connectRegion == "us-east-1")
        #expect(!plan.connectRegionGiven)
        let text = ImportedTopologyYAML.render(plan)
        #expect(text.contains("        bgp_peers:\n          - address_family: ipv4\n"))
    }

    @Test func hostedSinglePeerPrivateAndGoneResources() {
        let connections = [
            DXConnectionRecord(
                id: "dxcon-h", name: "hosted", state: "available", location: "EqDC2", region: "us-east-1",
                bandwidth: .mbps(500), vlan: 312, partnerName: "Colt"),
            DXConnectionRecord(
                id: "dxcon-d", name: "dedicated", state: "available", location: "XYZ99", region: "us-east-1",
                bandwidth: .gbps(1)),
            DXConnectionRecord(id: "dxcon-old", name: "old", state: "deleted", location: "EqDC2", bandwidth: .gbps(1)),
        ]
        let vifs = [
            Self.vif(
                "dxvif-h", name: "pub-h", on: "dxcon-h", vlan: 312,
                peers: [Self.peer(.ipv4, "198.51.100.5/30", "198.51.100.6/30", id: "p1")]),
            Self.vif(
                "dxvif-p", name: "priv", on: "dxcon-d", type: "private", vlan: 7, asn: 65010,
                peers: [Self.peer(.ipv4, "169.254.1.1/30", "169.254.1.2/30", id: "p2", key: false)], prefixes: []),
            Self.vif(
                "dxvif-2", name: "two-v4", on: "dxcon-d", vlan: 8,
                peers: [
                    Self.peer(.ipv4, "198.51.100.9/30", "198.51.100.10/30", id: "pb"),
                    Self.peer(.ipv4, "198.51.100.13/30", "198.51.100.14/30", id: "pa"),
                ]),
            Self.vif("dxvif-gone", name: "gone", on: "dxcon-d", peers: [], state: "deleted"),
            Self.vif("dxvif-orphan", name: "orphan", on: "dxcon-zzz", peers: []),
        ]
        let plan = AWSImportPlanner.plan(
            connections: connections, lags: [], virtualInterfaces: vifs, connectRegion: "eu-west-2")
        #expect(plan.connections.map(\.name) == ["dedicated", "hosted"])
        #expect(plan.connections.map(\.type) == ["dedicated", "hosted"])
        #expect(plan.connections[1].provider == "Colt")
        #expect(!plan.connections[0].locationKnown)
        #expect(plan.connections[0].location == "XYZ99")
        #expect(plan.asn == ASN(64496))
        #expect(plan.otherASNs == [ASN(65010)!])
        #expect(plan.connectRegion == "eu-west-2" && plan.connectRegionGiven)
        #expect(plan.skipped.count == 3)
        #expect(plan.skipped.contains { $0.hasPrefix("connection dxcon-old") })
        #expect(plan.skipped.contains { $0.hasPrefix("virtual interface dxvif-gone") })
        #expect(plan.skipped.contains { $0.hasPrefix("virtual interface dxvif-orphan") })
        let hosted = plan.connections[1].virtualInterfaces[0]
        #expect(hosted.peers.map(\.keyVariable) == ["DX_KEY_PUB_H"])
        let dedicated = plan.connections[0].virtualInterfaces
        #expect(dedicated.map(\.name) == ["priv", "two-v4"])
        #expect(dedicated[0].advertise.isEmpty)
        #expect(dedicated[0].peers[0].keyVariable == nil)
        #expect(dedicated[0].notes.contains { $0.hasPrefix("private VIF") })
        #expect(dedicated[0].notes.contains { $0.contains("TODO(import)") })
        // At most one peer per family: the first by peer id is kept.
        #expect(dedicated[1].peers.count == 1)
        #expect(dedicated[1].peers[0].customerAddress?.description == "198.51.100.13/30")
        #expect(dedicated[1].notes.contains { $0.contains("second IPv4 BGP peer pb") })
        let text = ImportedTopologyYAML.render(plan)
        #expect(text.contains("location: \"XYZ99\"  # TODO(import)"))
        #expect(text.contains("  region: \"eu-west-2\"\n"))
    }

    @Test func stringsFromAWSCannotAddLines() {
        #expect(YAMLText.quoted("a\"b\\c\nd\u{202E}e") == #""a\"b\\c\u000Ad\u202Ee""#)
        #expect(YAMLText.comment("x\ny\u{2028}z") == #"x\u000Ay\u2028z"#)
        let connection = DXConnectionRecord(
            id: "dxcon-1\nrouters: []", name: "evil\nconnect:\n  region: x", state: "available\n#",
            location: "EqDC2\nname: y", region: "us-east-1\"\nx: 1", bandwidth: .gbps(1),
            providerName: "Prov\u{202E}ider\n")
        let vif = Self.vif(
            "dxvif-1", name: "pub\n- name: injected", on: "dxcon-1\nrouters: []",
            peers: [Self.peer(.ipv4, "198.51.100.1/30", "198.51.100.2/30", id: "p\nq")])
        let text = ImportedTopologyYAML.render(
            AWSImportPlanner.plan(connections: [connection], lags: [], virtualInterfaces: [vif], connectRegion: nil))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("routers:") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("connect:") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("name:") }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("x:") || $0.drop { $0 == " " }.hasPrefix("- name: injected") })
        #expect(text.contains("# AWS dxvif-1 \"pub\\u000A- name: injected\""))
        #expect(text.contains("provider: \"Provider\""))
        // The file still parses, and every name is a safe topology name.
        let tree = try? YAMLReader.parse(text, file: "t.yaml")
        #expect(tree != nil)
    }
}
