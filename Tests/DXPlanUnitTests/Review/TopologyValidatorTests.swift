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

@Suite struct TopologyValidatorTests {
    @Test func minimalTopologyHasNoErrors() throws {
        let findings = try TopologyFixture.findings(TopologyFixture.minimal)
        #expect(!findings.hasErrors, "\(findings.map(\.formatted))")
        #expect(findings.map(\.id) == ["documentation-prefix", "documentation-prefix"])
    }

    /// One mutation per rule: the finding id and the line:col it must point at.
    @Test(
        arguments: [
            ("        vlan: 101", "        vlan: 5000", "vlan-out-of-range", "21:15"),
            ("        vlan: 101", "        vlan: -1", "vlan-out-of-range", "21:15"),
            ("    speed: 10Gbps", "    speed: 25Gbps", "speed-invalid", "16:12"),
            ("    speed: 10Gbps", "    speed: 10Gbps\n    transceiver: 100GBASE-LR4", "transceiver-mismatch", "17:18"),
            ("    speed: 10Gbps", "    speed: 10Gbps\n    autonegotiation: true", "autonegotiation-above-1g", "17:22"),
            ("    speed: 10Gbps", "    speed: 1Gbps\n    macsec: true", "macsec-speed", "17:13"),
            ("    type: dedicated", "    type: hosted\n    via: cross-connect", "hosted-cross-connect", "15:10"),
            ("    location: EqDC2", "    location: EqDC3", "unknown-location", "15:15"),
            ("    location: EqDC2", "    location: EqDC2\n    region: us-east-2", "location-region-mismatch", "16:13"),
            ("    location: EqDC2", "    location: \"Equinix LD5, Slough, GBR\"", "location-needs-region", "15:15"),
            ("    router: edge-1", "    router: edge-2", "unknown-router", "17:13"),
            (
                "        amazon_address: 198.51.100.250/30", "        amazon_address: 198.51.100.249/30",
                "peer-address-equal", "24:25"
            ),
            (
                "        amazon_address: 198.51.100.250/30", "        amazon_address: 198.51.100.253/30",
                "peer-address-subnet", "24:25"
            ),
            (
                "        amazon_address: 198.51.100.250/30", "        amazon_address: 198.51.100.251/30",
                "peer-address-not-host", "24:25"
            ),
            (
                "        amazon_address: 198.51.100.250/30", "        amazon_address: 198.51.100.250/29",
                "peer-address-mask", "24:25"
            ),
            (
                "        customer_address: 198.51.100.249/30", "        customer_address: 2001:db8::1/125",
                "peer-address-family", "23:27"
            ),
            ("        bgp_auth_key: env:DX_KEY", "        bgp_auth_key: short", "bgp-auth-key-length", "25:23"),
            (
                "        bgp_auth_key: env:DX_KEY", "        bgp_auth_key: long-enough-key", "bgp-auth-key-literal",
                "25:23"
            ),
            ("        bgp_auth_key: env:DX_KEY\n", "", "bgp-auth-key-missing", "19:15"),
            ("        bfd: true\n", "", "bfd-off", "19:15"),
            ("          - prefix: 198.51.100.0/24", "          - prefix: 192.0.2.0/24", "advertise-not-owned", "28:21"),
            ("    - 198.51.100.0/24", "    - 198.51.100.0/24\n    - 10.0.0.0/8", "prefix-not-public", "6:7"),
            (
                "            scope: continent", "            scope: continent\n            communities: [7224:9100]",
                "scope-community-conflict", "28:21"
            ),
            (
                "            scope: continent", "            scope: continent\n            communities: [7224:7100]",
                "community-reserved", "30:27"
            ),
            (
                "            scope: continent", "            scope: continent\n            communities: [64496:1]",
                "community-stripped", "30:27"
            ),
            ("  asn: 64496", "  asn: 7224", "customer-asn-reserved", "3:8"),
            ("  asn: 64496", "  asn: 64512", "private-asn-public-vif", "3:8"),
            ("  region: us-east-1", "  region: us-east-2", "connect-region-unavailable", "8:11"),
            (
                "  region: us-east-1", "  region: us-east-1\n  agent_source: [203.0.113.0/24]",
                "agent-source-not-owned", "9:18"
            ),
            ("  region: us-east-1", "  region: us-east-1\n  agent_source: []", "agent-source-empty", "9:17"),
            ("        bfd: true", "        bfd: true\n        accept_services: []", "accept-services-empty", "27:26"),
            ("  instance: test-site\n", "", "connect-instance-missing", "7:3"),
            ("        type: public", "        type: private", "no-public-vif", "7:3"),
            ("        accept_services: []\n", "", "accept-empty", "1:1"),
        ] as [(String, String, String, String)])
    func eachRuleFiresAtItsLocation(old: String, new: String, id: String, at: String) throws {
        let text: String
        if id == "accept-empty" {
            text = TopologyFixture.replacing("        bfd: true", with: "        bfd: true\n        accept: []")
        } else {
            text = TopologyFixture.replacing(old, with: new)
        }
        let findings = try TopologyFixture.findings(text)
        let matching = findings.filter { $0.id == id }
        #expect(!matching.isEmpty, "no \(id) in \(findings.map(\.formatted))")
        if id != "accept-empty", let finding = matching.first {
            #expect(finding.location.map { "\($0.line):\($0.column)" } == at, "\(finding.formatted)")
        }
        #expect(Rule.named(id) != nil)
    }

    /// An empty `accept_services` is one error, not also the warning that AMAZON_CONNECT and EC2 are missing.
    @Test func emptyServiceListIsOneError() throws {
        let text = TopologyFixture.replacing(
            "        bfd: true", with: "        bfd: true\n        accept_services: []")
        let ids = try TopologyFixture.findings(text).map(\.id)
        #expect(ids.contains("accept-services-empty"))
        #expect(!ids.contains("accept-services-miss-connect"))
        let listed = TopologyFixture.replacing(
            "        bfd: true", with: "        bfd: true\n        accept_services: [AMAZON_CONNECT, EC2]")
        #expect(try !TopologyFixture.findings(listed).map(\.id).contains("accept-services-empty"))
    }

    /// Only an explicitly empty `agent_source` is an error; a listed one is not.
    @Test func emptyAgentSourceIsAnError() throws {
        let empty = TopologyFixture.replacing("  region: us-east-1", with: "  region: us-east-1\n  agent_source: []")
        let findings = try TopologyFixture.findings(empty)
        #expect(findings.hasErrors)
        #expect(findings.filter { $0.id == "agent-source-empty" }.count == 1)
        let listed = TopologyFixture.replacing(
            "  region: us-east-1", with: "  region: us-east-1\n  agent_source: [198.51.100.0/24]")
        #expect(try !TopologyFixture.findings(listed).map(\.id).contains("agent-source-empty"))
    }

    @Test func overlappingPeerSubnetsAcrossInterfaces() throws {
        let second = """
                  - name: pub-2
                    type: public
                    vlan: 102
                    customer_address: 198.51.100.249/31
                    amazon_address: 198.51.100.248/31
                    bgp_auth_key: env:DX_KEY
                    bfd: true
                    advertise: [198.51.100.0/24]

            """
        let text = TopologyFixture.minimal + second
        let findings = try TopologyFixture.findings(text)
        #expect(findings.contains { $0.id == "peer-address-overlap" && $0.message.contains("pub-2") })
    }

    @Test func duplicateVLANOnALAGAndLAGRules() throws {
        let text =
            TopologyFixture.minimal.replacingOccurrences(
                of: "    router: edge-1\n", with: "    router: edge-1\n    lag: lag-1\n") + """
                  - name: dx-2
                    type: dedicated
                    location: EqDC2
                    speed: 100Gbps
                    router: edge-1
                    lag: lag-1
                    virtual_interfaces:
                      - name: pub-2
                        type: public
                        vlan: 101
                        customer_address: 203.0.113.1/31
                        amazon_address: 203.0.113.0/31
                        bgp_auth_key: env:DX_KEY
                        bfd: true
                        advertise: [198.51.100.0/24]

                """
        let ids = Set(
            try TopologyFixture.findings(
                text.replacingOccurrences(
                    of: "    - 198.51.100.0/24\n", with: "    - 198.51.100.0/24\n    - 203.0.113.0/24\n")
            ).map(\.id))
        #expect(ids.isSuperset(of: ["vlan-duplicate", "lag-speed-mismatch", "lag-vifs-on-member"]))
    }

    @Test func lagMemberLimitDependsOnSpeed() throws {
        var text = TopologyFixture.minimal.replacingOccurrences(
            of: "    speed: 10Gbps\n", with: "    speed: 100Gbps\n    lag: big\n")
        for index in 2...3 {
            text += """
                  - name: dx-\(index)
                    type: dedicated
                    location: EqDC2
                    speed: 100Gbps
                    router: edge-1
                    lag: big

                """
        }
        let findings = try TopologyFixture.findings(text)
        #expect(findings.contains { $0.id == "lag-too-many-members" && $0.message.contains("limit is 2") })
    }

    @Test func missingTableFileIsAnError() throws {
        let text =
            TopologyFixture.minimal + """
                internet:
                  - name: isp-a
                    router: edge-1
                    asn: 64510
                    table: tables/isp.txt

                """
        let missing = try TopologyFixture.findings(text)
        #expect(missing.contains { $0.id == "internet-table-missing" })
        let present = try TopologyFixture.findings(text, existingFiles: ["tables/isp.txt"])
        #expect(!present.contains { $0.id == "internet-table-missing" })
    }

    @Test func anAlsoAdvertisedListThatCannotBeReadIsAnError() throws {
        let text = TopologyFixture.minimal + "assumptions:\n  aws_also_advertises: lists/as16509.txt\n"
        let missing = try TopologyFixture.findings(text)
        let finding = try #require(missing.first { $0.id == "aws-also-advertises-missing" })
        #expect(finding.severity == .error)
        #expect(finding.message == "cannot read the 'aws_also_advertises' file 'lists/as16509.txt'")
        let present = try TopologyFixture.findings(text, existingFiles: ["lists/as16509.txt"])
        #expect(!present.contains { $0.id == "aws-also-advertises-missing" })
    }

    @Test func findingsAreSortedAndDeterministic() throws {
        let text = TopologyFixture.replacing("        vlan: 101", with: "        vlan: 5000")
        let first = try TopologyFixture.findings(text)
        #expect(first == first.sorted())
        for _ in 0..<5 {
            #expect(try TopologyFixture.findings(text) == first)
        }
    }

    @Test func ruleIdsAreUniqueKebabCase() {
        let ids = Rule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id)")
        }
    }

    /// 50 public/private and 4 transit VIFs, but 51 in all, on one dedicated connection (which
    /// already has the public VIF `pub-1`).
    @Test(arguments: [(46, 4, false), (47, 3, false), (47, 4, true), (50, 0, true), (0, 5, true)])
    func virtualInterfaceQuota(privateCount: Int, transitCount: Int, fires: Bool) throws {
        var text = TopologyFixture.minimal
        for index in 0..<(privateCount + transitCount) {
            text += """
                      - name: extra-\(index)
                        type: \(index < privateCount ? "private" : "transit")
                        vlan: \(1000 + index)
                        address_family: ipv4
                        bgp_auth_key: env:DX_KEY

                """
        }
        let findings = try TopologyFixture.findings(text).filter { $0.id == "vif-count-limit" }
        #expect(findings.count == (fires ? 1 : 0))
        #expect(findings.allSatisfy { $0.message.hasSuffix("(limits: 50 and 4, 51 in all)") })
    }
}
