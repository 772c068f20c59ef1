import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

@Suite struct TopologyDecoderTests {
    @Test func decodesTheMinimalTopologyWithDefaults() throws {
        let topology = try TopologyFixture.decode(TopologyFixture.minimal)
        #expect(topology.name.value == "Test site")
        #expect(topology.customer.asn.value == ASN(64496))
        #expect(topology.connect.softphone)
        #expect(!topology.connect.mediaLessCCP)
        #expect(topology.connect.agentSource.map(\.value) == [IPPrefix("198.51.100.0/24")!])
        let connection = try #require(topology.connections.first)
        #expect(connection.path.value == .crossConnect)
        #expect(connection.speed.value == PortSpeed.gbps(10))
        let vif = try #require(connection.virtualInterfaces.first)
        #expect(vif.accept.value == [.region, .continent, .global])
        #expect(vif.localPreference.value == 100)
        #expect(vif.bgpAuthKey?.value == .environment("DX_KEY"))
        #expect(vif.advertise.first?.effectiveScope == .continent)
        #expect(vif.vlan.location == SourceLocation(file: "site.yaml", line: 21, column: 15))
        #expect(topology.firewall == .default)
    }

    @Test(
        arguments: [
            (
                "    speed: 10Gbps", "    sped: 10Gbps",
                "site.yaml:16:5: error: unknown key 'sped' in connection (did you mean 'speed'?)"
            ),
            (
                "        vlan: 101", "        vlna: 101",
                "site.yaml:21:9: error: unknown key 'vlna' in virtual interface (did you mean 'vlan'?)"
            ),
            (
                "    speed: 10Gbps", "    speed: 10G",
                "site.yaml:16:12: error: invalid port speed: '10G' is not a port speed (expected a whole number and a unit, like 10Gbps or 500Mbps)"
            ),
            (
                "    vendor: frr", "    vendor: cisco",
                "site.yaml:11:13: error: unknown vendor 'cisco' (expected frr, bird, ios-xe, ios-xr, junos or eos)"
            ),
            (
                "        bfd: true", "        bfd: yes",
                "site.yaml:26:14: error: expected true or false for 'bfd', found 'yes'"
            ),
            (
                "        vlan: 101", "        vlan: '101'",
                "site.yaml:21:15: error: expected a whole number for 'vlan', found the text '101' in quotes (remove the quotes: 101)"
            ),
            (
                "  asn: 64496", "  asn: 23456",
                "site.yaml:3:8: error: invalid customer ASN: AS 23456 is AS_TRANS, a placeholder for 4-byte ASNs, not a real AS number (RFC 6793)"
            ),
        ] as [(String, String, String)])
    func reportsShapeAndSyntaxErrorsWithLocation(old: String, new: String, expected: String) {
        let errors = TopologyFixture.errors(TopologyFixture.replacing(old, with: new))
        #expect(errors.contains(expected), "\(errors)")
    }

    @Test func reportsEveryErrorNotJustTheFirst() {
        let text = TopologyFixture.replacing("    speed: 10Gbps", with: "    sped: 10Gbps")
            .replacingOccurrences(of: "        bfd: true", with: "        bfd: 1")
        let errors = TopologyFixture.errors(text)
        #expect(errors.count == 3)
        #expect(errors.contains("site.yaml:13:5: error: missing required key 'speed' in connection"))
    }

    @Test func hostHitsInAPrefixShowTheCanonicalForm() {
        let errors = TopologyFixture.errors(
            TopologyFixture.replacing("    - 198.51.100.0/24", with: "    - 198.51.100.1/24"))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("198.51.100.0/24") == true)
        #expect(errors.first?.hasPrefix("site.yaml:5:7: error: invalid prefix:") == true)
    }

    @Test func literalKeysAreNeverEchoed() {
        let text = TopologyFixture.replacing("env:DX_KEY", with: "'sec ret\"key'")
        let errors = TopologyFixture.errors(text)
        #expect(errors.count == 1)
        #expect(!errors.joined().contains("sec ret"))
    }

    @Test func hostileNamesAreRejected() {
        let text = TopologyFixture.replacing(
            "  - name: edge-1", with: "  - name: \"edge-1\\nneighbor 1.2.3.4 remote-as 1\"")
        let errors = TopologyFixture.errors(text)
        #expect(errors.contains { $0.contains("is not a valid name") && $0.contains("\\n") })
    }

    @Test func missingRequiredSectionsAreNamed() {
        let errors = TopologyFixture.errors("name: x\n")
        #expect(
            errors == [
                "site.yaml:1:1: error: missing required key 'connect' in the topology",
                "site.yaml:1:1: error: missing required key 'connections' in the topology",
                "site.yaml:1:1: error: missing required key 'customer' in the topology",
                "site.yaml:1:1: error: missing required key 'routers' in the topology",
            ])
    }

    @Test func jsonTopologiesDecodeToTheSameModel() throws {
        let json = """
            {"name": "Test site", "customer": {"asn": 64496, "prefixes": ["198.51.100.0/24"]},
             "connect": {"region": "us-east-1"}, "routers": [{"name": "edge-1", "vendor": "frr"}],
             "connections": [{"name": "dx-1", "type": "dedicated", "location": "EqDC2", "speed": "10Gbps",
               "router": "edge-1", "virtual_interfaces": [{"name": "pub-1", "type": "public", "vlan": 101}]}]}
            """
        let root = try JSONReader.parse(Array(json.utf8), file: "site.json")
        let topology = try TopologyDecoder.decode(root, file: "site.json")
        #expect(topology.connections.first?.virtualInterfaces.first?.vlan.value == 101)
        #expect(topology.customer.prefixes.first?.location.line == 1)
    }
}
