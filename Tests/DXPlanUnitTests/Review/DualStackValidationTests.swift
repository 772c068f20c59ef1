import DXTestSupport
import Testing

@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXValidation

/// `bgp_peers`: a dual-stack VIF decoded, its shorthand kept, and the per-peer rules.
@Suite struct DualStackValidationTests {
    @Test func decodesBothPeersOnOneVIF() throws {
        let topology = try TopologyFixture.decode(TopologyFixture.dualStack)
        let vif = try #require(topology.connections.first?.virtualInterfaces.first)
        #expect(vif.peers.map(\.family) == [.ipv4, .ipv6])
        #expect(vif.isDualStack)
        #expect(vif.families == [.ipv4, .ipv6])
        #expect(vif.peer(for: .ipv6)?.customerAddress?.value == InterfaceAddress("2001:db8:1::1/125"))
        #expect(vif.peer(for: .ipv6)?.bgpAuthKey?.value == .environment("DX_KEY6"))
        #expect(vif.peer(for: .ipv6)?.location == SourceLocation(file: "site.yaml", line: 29, column: 13))
        #expect(vif.bgpPeersLocation == SourceLocation(file: "site.yaml", line: 24, column: 11))
        // The VIF-level accessors read the first peer.
        #expect(vif.addressFamily.value == .ipv4)
    }

    @Test func shorthandIsOnePeerAtTheVIF() throws {
        let topology = try TopologyFixture.decode(TopologyFixture.minimal)
        let vif = try #require(topology.connections.first?.virtualInterfaces.first)
        #expect(vif.peers.count == 1)
        #expect(vif.bgpPeersLocation == nil)
        #expect(vif.peers[0].location == vif.location)
        #expect(!vif.isDualStack)
    }

    @Test func aValidDualStackVIFHasNoErrors() throws {
        let findings = try TopologyFixture.findings(TopologyFixture.dualStack)
        #expect(!findings.hasErrors, "\(findings.map(\.formatted))")
        #expect(!findings.contains { $0.id == "advertise-family-mismatch" })
    }

    /// Both forms on one VIF: a decode error at each shorthand key, exit status 2.
    @Test func bothFormsOnOneVIFAreAnInputError() {
        let text = TopologyFixture.dualStackReplacing(
            "        bgp_peers:", with: "        bfd: true\n        bgp_peers:")
        let errors = TopologyFixture.errors(text)
        #expect(
            errors == [
                "site.yaml:23:9: error: 'bfd' cannot be used together with 'bgp_peers' on one virtual interface (move it into the 'bgp_peers' item of its family, or remove 'bgp_peers' and keep the VIF-level keys for a single peer)"
            ])
    }

    @Test(
        arguments: [
            (
                "        bgp_peers:", "        bgp_peers: []\n        bgp_pers:",
                "site.yaml:23:20: error: 'bgp_peers' lists no peer"
            ),
            (
                "          - address_family: ipv6", "          - address_famly: ipv6",
                "site.yaml:29:13: error: unknown key 'address_famly' in BGP peer (did you mean 'address_family'?)"
            ),
            (
                "          - address_family: ipv6", "          - vlan: 7",
                "site.yaml:29:13: error: unknown key 'vlan' in BGP peer"
            ),
        ] as [(String, String, String)])
    func badPeerListsAreInputErrors(old: String, new: String, expected: String) {
        let errors = TopologyFixture.errors(TopologyFixture.dualStackReplacing(old, with: new))
        #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
    }

    @Test func aDuplicateFamilyIsAnError() throws {
        let text = TopologyFixture.dualStackReplacing(
            "          - address_family: ipv6\n            customer_address: 2001:db8:1::1/125\n            amazon_address: 2001:db8:1::2/125",
            with:
                "          - address_family: ipv4\n            customer_address: 198.51.100.253/30\n            amazon_address: 198.51.100.254/30"
        )
        let findings = try TopologyFixture.findings(text)
        let duplicate = try #require(findings.first { $0.id == "bgp-peer-family-duplicate" })
        #expect(duplicate.severity == .error)
        #expect(duplicate.location.map { "\($0.line):\($0.column)" } == "29:29")
        #expect(duplicate.message == "'pub-1' has a second IPv4 BGP peer (expected at most one per address family)")
        // The IPv6 prefix now has no session of its family.
        let mismatch = try #require(findings.first { $0.id == "advertise-family-mismatch" })
        #expect(mismatch.message.contains("2001:db8:100::/48"))
    }

    /// Each peer's addresses are checked against its own family.
    @Test func peerAddressingIsCheckedPerFamily() throws {
        let text = TopologyFixture.dualStackReplacing(
            "customer_address: 2001:db8:1::1/125", with: "customer_address: 198.51.100.253/30")
        let findings = try TopologyFixture.findings(text)
        let finding = try #require(findings.first { $0.id == "peer-address-family" })
        #expect(
            finding.message
                == "'198.51.100.253/30' is not an IPv6 address, but the IPv6 peer of 'pub-1' has address_family ipv6")
        #expect(finding.location.map { "\($0.line):\($0.column)" } == "30:31")
        let mask = TopologyFixture.dualStackReplacing(
            "amazon_address: 2001:db8:1::2/125", with: "amazon_address: 2001:db8:1::2/64")
        #expect(try TopologyFixture.findings(mask).contains { $0.id == "peer-address-mask" })
    }

    /// The IPv6 peer's addresses may be left to AWS: a note, not an error.
    @Test func ipv6PeerAddressesMayBeLeftToAWS() throws {
        let text = TopologyFixture.dualStackReplacing(
            "            customer_address: 2001:db8:1::1/125\n            amazon_address: 2001:db8:1::2/125\n", with: ""
        )
        let findings = try TopologyFixture.findings(text)
        #expect(!findings.hasErrors, "\(findings.map(\.formatted))")
        let note = try #require(findings.first { $0.id == "ipv6-peer-allocated-by-aws" })
        #expect(note.severity == .note)
        #expect(note.location.map { "\($0.line):\($0.column)" } == "29:13")
    }

    @Test func theIPv4PeerOfAPublicVIFStillNeedsAddresses() throws {
        let text = TopologyFixture.dualStackReplacing(
            "            customer_address: 198.51.100.249/30\n", with: "")
        let finding = try #require(try TopologyFixture.findings(text).first { $0.id == "peer-address-missing" })
        #expect(finding.message == "the IPv4 peer of public virtual interface 'pub-1' has no customer_address")
        #expect(finding.location.map { "\($0.line):\($0.column)" } == "24:13")
    }

    /// Key and BFD are per session.
    @Test func keyAndBFDArePerPeer() throws {
        let text = TopologyFixture.dualStackReplacing(
            "            bgp_auth_key: env:DX_KEY6\n            bfd: true\n", with: "")
        let findings = try TopologyFixture.findings(text)
        #expect(
            findings.filter { $0.id == "bgp-auth-key-missing" }.map(\.message) == [
                "the IPv6 peer of virtual interface 'pub-1' has no bgp_auth_key"
            ])
        #expect(
            findings.filter { $0.id == "bfd-off" }.map(\.message) == [
                "the IPv6 peer of virtual interface 'pub-1' runs without BFD"
            ])
    }

    @Test func overlappingIPv6PeerSubnetsAreFound() throws {
        let second = """
                  - name: pub-2
                    type: public
                    vlan: 102
                    address_family: ipv6
                    customer_address: 2001:db8:1::3/125
                    amazon_address: 2001:db8:1::4/125
                    bgp_auth_key: env:DX_KEY
                    bfd: true
                    advertise: [2001:db8:100::/48]

            """
        let findings = try TopologyFixture.findings(TopologyFixture.dualStack + second)
        #expect(findings.contains { $0.id == "peer-address-overlap" && $0.message.contains("pub-2") })
    }

    /// A hosted connection's one VIF carries both families; its fix text points at `bgp_peers`.
    @Test func aHostedConnectionsOneVIFMayBeDualStack() throws {
        let hosted = TopologyFixture.dualStackReplacing(
            "    type: dedicated", with: "    type: hosted\n    provider: Megaport")
        let findings = try TopologyFixture.findings(
            hosted.replacingOccurrences(of: "speed: 10Gbps", with: "speed: 500Mbps"))
        #expect(!findings.contains { $0.id == "hosted-vif-count" })
        #expect(Rule.hostedVIFCount.fix.contains("bgp_peers"))
    }

    /// `public-vif-prefix-limit` counts per session: 1,000 IPv4 and 1,000 IPv6 prefixes fit one dual-stack VIF.
    @Test func thePrefixLimitIsPerSession() throws {
        let v6 = (0..<1000).map { "          - 2001:db8:100:\(String($0, radix: 16))::/64" }.joined(separator: "\n")
        let many = TopologyFixture.dualStackReplacing(
            "          - prefix: 2001:db8:100::/48\n            scope: continent", with: v6)
        #expect(try !TopologyFixture.findings(many).contains { $0.id == "public-vif-prefix-limit" })
        let more = TopologyFixture.dualStackReplacing(
            "          - prefix: 2001:db8:100::/48\n            scope: continent",
            with: v6 + "\n          - 2001:db8:100:ffff::/64")
        let finding = try #require(try TopologyFixture.findings(more).first { $0.id == "public-vif-prefix-limit" })
        #expect(finding.message == "'pub-1' advertises 1001 IPv6 prefixes (limit 1000 per session)")
    }
}
