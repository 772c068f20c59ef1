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

/// Structure of the Cisco IOS-XE, IOS-XR, Junos and EOS renderings: import policy per scope,
/// export communities and prepends, BFD iff asked, placeholder warnings, balanced Junos braces.
@Suite struct VendorConfigStructureTests {
    func rich(_ vendor: Vendor, environment: [String: String]? = nil) throws -> (RouterPlan, String) {
        let plan = try #require(
            try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor, environment: environment).first)
        return (plan, VendorConfigFixture.render(plan, as: vendor))
    }

    /// The lines of the stanza starting with `start` up to the next line equal to `end`.
    func block(_ text: String, from start: String, to end: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(of: start) else { return [] }
        let rest = lines[(first + 1)...]
        return Array(rest.prefix { $0 != end })
    }

    @Test func iosXEImportPolicyFollowsThePlan() throws {
        let (_, text) = try rich(.iosXE)
        // pub-1: region and untagged kept with the service filter, continent rejected.
        #expect(
            block(text, from: "route-map DX-IN-pub-1 permit 10", to: "!") == [
                " match community AWS-7224-8100", " match ip address prefix-list DX-SERVICES-pub-1",
                " set local-preference 250",
            ])
        #expect(block(text, from: "route-map DX-IN-pub-1 deny 20", to: "!") == [" match community AWS-7224-8200"])
        #expect(
            block(text, from: "route-map DX-IN-pub-1 permit 30", to: "!") == [
                " match ip address prefix-list DX-SERVICES-pub-1", " set local-preference 250",
            ])
        #expect(text.contains("ip prefix-list DX-SERVICES-pub-1 seq 5 permit 15.193.0.0/19 le 32\n"))
        #expect(text.contains("ip prefix-list DX-SERVICES-pub-1 seq 10 permit 52.55.191.224/27 le 32\n"))
        // pub-6: only continent.
        #expect(text.contains("route-map DX-IN-pub-6 deny 10\n"))
        #expect(
            block(text, from: "route-map DX-IN-pub-6 permit 20", to: "!") == [
                " match community AWS-7224-8200", " set local-preference 100",
            ])
        #expect(text.contains("route-map DX-IN-pub-6 deny 30\n"))
        #expect(text.contains("ip community-list standard AWS-7224-8100 permit 7224:8100\n"))
    }

    @Test func eosImportPolicyFollowsThePlan() throws {
        let (_, text) = try rich(.eos)
        #expect(
            block(text, from: "route-map DX-IN-pub-1 permit 10", to: "!") == [
                "   match community AWS-7224-8100", "   match ip address prefix-list DX-SERVICES-pub-1",
                "   set local-preference 250",
            ])
        #expect(block(text, from: "route-map DX-IN-pub-1 deny 20", to: "!") == ["   match community AWS-7224-8200"])
        #expect(text.contains("ip community-list AWS-7224-8200 permit 7224:8200\n"))
        #expect(text.contains("   seq 10 permit 15.193.0.0/19 le 32\n"))
    }

    @Test func iosXRImportPolicyFollowsThePlan() throws {
        let (_, text) = try rich(.iosXR)
        let policy = block(text, from: "route-policy DX-IN-pub-1", to: "end-policy")
        #expect(
            policy == [
                "  # 7224:8100 (same Region): accept",
                "  if community matches-any AWS-7224-8100 and destination in DX-SERVICES-pub-1 then",
                "    set local-preference 250", "    done", "  endif",
                "  # 7224:8200 (same continent): reject", "  if community matches-any AWS-7224-8200 then", "    drop",
                "  endif",
                "  # untagged (other continents): accept", "  if destination in DX-SERVICES-pub-1 then",
                "    set local-preference 250", "    done", "  endif",
                "  # anything else is rejected", "  drop",
            ])
        #expect(
            block(text, from: "prefix-set DX-SERVICES-pub-1", to: "end-set") == [
                "  15.193.0.0/19 le 32,", "  52.55.191.224/27 le 32",
            ])
    }

    @Test func junosImportPolicyFollowsThePlan() throws {
        let (_, text) = try rich(.junos)
        #expect(
            block(text, from: "        term REGION {", to: "        }").contains(
                "                route-filter-list DX-SERVICES-pub-1;"))
        #expect(
            block(text, from: "    route-filter-list DX-SERVICES-pub-1 {", to: "    }") == [
                "        15.193.0.0/19 orlonger;", "        52.55.191.224/27 orlonger;",
            ])
        let pub6 = block(text, from: "    policy-statement DX-IN-pub-6 {", to: "    }")
        #expect(
            pub6.joined(separator: "\n").contains(
                "term REGION {\n            from {\n                community AWS-7224-8100;\n            }\n            then reject;"
            ))
        #expect(pub6.joined(separator: "\n").contains("local-preference 100;\n                accept;"))
        #expect(text.contains("    community AWS-7224-8200 members 7224:8200;\n"))
    }

    @Test func everyAdvertisedPrefixCarriesItsCommunitiesAndPrepend() throws {
        let expectations: [Vendor: [String]] = [
            .iosXE: [
                "ip prefix-list DX-OUT-pub-1-10 seq 5 permit 198.51.100.0/24",
                " set community 7224:9200 65000:1 additive", " set as-path prepend 64496 64496",
                " set community 7224:9100 additive", "ipv6 prefix-list DX-OUT-pub-6-10 seq 5 permit 2001:db8:100::/48",
            ],
            .eos: [
                "   seq 10 permit 198.51.100.0/24", "   set community 7224:9200 65000:1 additive",
                "   set as-path prepend 64496 64496", "   set community 7224:9100 additive",
                "ipv6 prefix-list DX-OUT-pub-6-10",
            ],
            .iosXR: [
                "  if destination in DX-OUT-pub-1-10 then", "    set community (7224:9200, 65000:1) additive",
                "    prepend as-path 64496 2", "  if destination in DX-OUT-pub-6-10 then",
                "    set community (7224:9100) additive", "  198.51.100.0/24", "  2001:db8:100::/48",
            ],
            .junos: [
                "                prefix-list DX-OUT-pub-1-10;", "        198.51.100.0/24;",
                "    community DX-OUT-pub-1-P1 members [ 7224:9200 65000:1 ];",
                "                as-path-prepend \"64496 64496\";", "                community add DX-OUT-pub-6-P1;",
                "                prefix-list DX-OUT-pub-6-10;", "        2001:db8:100::/48;",
            ],
        ]
        for vendor in VendorConfigFixture.vendors {
            let (plan, text) = try rich(vendor)
            let lines = Set(text.split(separator: "\n").map(String.init))
            for line in expectations[vendor]! { #expect(lines.contains(line), "\(vendor): \(line)") }
            // Only the planned prefixes are advertised: one export entry per advertised prefix.
            for neighbor in plan.neighbors {
                for entry in neighbor.exportPolicy.entries { #expect(text.contains(entry.prefix.description)) }
            }
            // Originated prefixes have a discard / Null0 route.
            let discard: [Vendor: [String]] = [
                .iosXE: ["ip route 198.51.100.0 255.255.255.0 Null0", "ipv6 route 2001:db8:100::/48 Null0"],
                .eos: ["ip route 198.51.100.0/24 Null0", "ipv6 route 2001:db8:100::/48 Null0"],
                .iosXR: ["  198.51.100.0/24 Null0", "  2001:db8:100::/48 Null0"],
                .junos: ["        route 198.51.100.0/24 discard;", "            route 2001:db8:100::/48 discard;"],
            ]
            for line in discard[vendor]! { #expect(lines.contains(line), "\(vendor): \(line)") }
        }
    }

    @Test func bfdLinesPresentExactlyWhenAsked() throws {
        let markers: [Vendor: [String]] = [
            .iosXE: ["bfd interval 300 min_rx 300 multiplier 3", "fall-over bfd"],
            .iosXR: ["bfd fast-detect", "bfd minimum-interval 300", "bfd multiplier 3"],
            .junos: ["bfd-liveness-detection {", "minimum-interval 300;", "multiplier 3;"],
            .eos: ["bfd interval 300 min-rx 300 multiplier 3", "neighbor 198.51.100.250 bfd"],
        ]
        for vendor in VendorConfigFixture.vendors {
            let (_, text) = try rich(vendor)
            // pub-1 has BFD, pub-6 has not: each marker appears exactly once.
            for marker in markers[vendor]! {
                #expect(text.components(separatedBy: marker).count - 1 == 1, "\(vendor): \(marker)")
            }
            let noBFD = VendorConfigFixture.rich.replacingOccurrences(of: "bfd: true", with: "bfd: false")
            let plain = VendorConfigFixture.render(
                try #require(try VendorConfigFixture.plans(noBFD, vendor: vendor).first), as: vendor)
            #expect(!plain.contains("bfd"), "\(vendor)")
        }
    }

    @Test func sessionsHaveKeyMaximumPrefixAndAS7224() throws {
        let expected: [Vendor: [String]] = [
            .iosXE: [
                " neighbor 198.51.100.250 remote-as 7224", " neighbor 198.51.100.250 password dxplan-test-key",
                "  neighbor 198.51.100.250 maximum-prefix 100 restart 5", "  neighbor 2001:db8:ffff:1::1 activate",
                "  no neighbor 2001:db8:ffff:1::1 activate", "interface TenGigabitEthernet0/0/0.101",
                " encapsulation dot1Q 101", " ip address 198.51.100.249 255.255.255.252",
                " ipv6 address 2001:db8:ffff:1::2/125",
            ],
            .iosXR: [
                "  remote-as 7224", "  password clear dxplan-test-key", "   maximum-prefix 100 75 restart 5",
                "  address-family ipv6 unicast", " encapsulation dot1q 101",
                " ipv4 address 198.51.100.249 255.255.255.252", "   send-community-ebgp",
            ],
            .junos: [
                "            peer-as 7224;", "                authentication-key \"dxplan-test-key\";",
                "                            maximum 100;", "                            teardown idle-timeout 5;",
                "                        accepted-prefix-limit {", "                family inet6 {",
                "        vlan-tagging;",
                "        unit 101 {", "            vlan-id 101;", "                address 198.51.100.249/30;",
            ],
            .eos: [
                "   neighbor 198.51.100.250 remote-as 7224", "   neighbor 198.51.100.250 password 0 dxplan-test-key",
                "   neighbor 198.51.100.250 maximum-routes 100",
                "   neighbor 198.51.100.250 maximum-accepted-routes 100",
                "   neighbor 198.51.100.250 idle-restart-timer 300", "      neighbor 2001:db8:ffff:1::1 activate",
                "   encapsulation dot1q vlan 101", "   ip address 198.51.100.249/30",
            ],
        ]
        for vendor in VendorConfigFixture.vendors {
            let (_, text) = try rich(vendor)
            let lines = Set(text.split(separator: "\n").map(String.init))
            for line in expected[vendor]! { #expect(lines.contains(line), "\(vendor): \(line)") }
        }
    }

    @Test func placeholderKeyGetsAWarning() throws {
        for vendor in VendorConfigFixture.vendors {
            let (plan, text) = try rich(vendor, environment: ["DX_KEY6": "real-key-6"])
            #expect(plan.neighbors.first?.authKey == .placeholder("DX_KEY"))
            #expect(
                text.contains("WARNING: placeholder BGP MD5 key for pub-1: set environment variable DX_KEY"),
                "\(vendor)")
            #expect(text.contains("DXPLAN-SET-DX_KEY"), "\(vendor)")
            #expect(text.contains("real-key-6"), "\(vendor)")
            // The WARNING comes right before the line that carries the placeholder.
            let lines = text.split(separator: "\n").map(String.init)
            let index = try #require(lines.firstIndex { $0.contains("DXPLAN-SET-DX_KEY") && !$0.contains("WARNING") })
            #expect(lines[index - 1].contains("WARNING"), "\(vendor)")
        }
    }

    @Test func missingPeerAddressAndMACsecAreComments() throws {
        let text = VendorConfigFixture.rich.replacingOccurrences(
            of: "        amazon_address: 2001:db8:ffff:1::1/125\n", with: ""
        )
        .replacingOccurrences(of: "    speed: 10Gbps\n", with: "    speed: 10Gbps\n    macsec: true\n")
        #expect(text != VendorConfigFixture.rich)
        for vendor in VendorConfigFixture.vendors {
            let plan = try #require(try VendorConfigFixture.plans(text, vendor: vendor).first)
            let rendering = VendorConfigFixture.render(plan, as: vendor)
            #expect(rendering.contains("No session for pub-6: Amazon's peer address is not known yet"), "\(vendor)")
            #expect(rendering.contains("MACsec on "), "\(vendor)")
            #expect(rendering.contains("GCM-AES-XPN-256"), "\(vendor)")
            #expect(!rendering.contains("2001:db8:ffff:1::1 "), "\(vendor)")
        }
    }

    @Test func junosBracesBalanceAndNestProperly() throws {
        var texts = [try rich(.junos).1]
        for url in PackagePaths.exampleTopologies {
            texts.append(try VendorConfigFixture.rendering(file: url, vendor: .junos))
        }
        for text in texts {
            var depth = 0
            for line in text.split(separator: "\n") where !line.trimmingPrefix(while: { $0 == " " }).hasPrefix("#") {
                for character in line {
                    if character == "{" { depth += 1 }
                    if character == "}" { depth -= 1 }
                    #expect(depth >= 0)
                }
                let body = line.trimmingPrefix(while: { $0 == " " })
                #expect(body.hasSuffix("{") || body.hasSuffix("}") || body.hasSuffix(";"), "\(line)")
            }
            #expect(depth == 0)
        }
    }

    @Test func renderingIsDeterministic() throws {
        for vendor in VendorConfigFixture.vendors {
            let first = try rich(vendor).1
            let second = try rich(vendor).1
            #expect(first == second)
            #expect(first.hasSuffix("\n"))
        }
    }
}
