import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlanning
@testable import DXRendering
@testable import DXSimulation
@testable import DXValidation

/// The IPv6 iBGP mesh over `loopback_v6`: decoded, validated (`loopback-v6-address`), planned
/// only when two routers have one and the topology carries IPv6, written by every renderer, and
/// named in `NOT GENERATED` when a router carrying IPv6 has none.
@Suite struct IPv6MeshPlanTests {
    /// ISPSessionPlanTests' two routers; `v6ISP` makes edge-1's ISP session IPv6 (so the topology
    /// carries IPv6), `loopbacks` gives edge-1 and edge-2 a `loopback_v6`.
    static func topology(v6ISP: Bool = true, loopbacks: (String?, String?) = ("2001:db8:ff::1", "2001:db8:ff::2"))
        -> String
    {
        var text = ISPSessionPlanTests.twoRouters
        if v6ISP {
            text = text.replacingOccurrences(
                of: "    neighbor_address: 192.0.2.1\n    local_address: 192.0.2.2\n",
                with: "    neighbor_address: 2001:db8:1::1\n    local_address: 2001:db8:1::2\n")
        }
        for (index, loopback) in [loopbacks.0, loopbacks.1].enumerated() {
            guard let loopback else { continue }
            let line = "    router_id: 10.255.0.\(index + 1)\n"
            text = text.replacingOccurrences(of: line, with: line + "    loopback_v6: \(loopback)\n")
        }
        return text
    }

    func plans(_ text: String, vendor: Vendor? = nil) throws -> [RouterPlan] {
        try VendorConfigFixture.plans(text, vendor: vendor, environment: ["DX_KEY": "k3y-value"])
    }

    func loopbackFindings(_ text: String) throws -> [Finding] {
        try TopologyFixture.findings(text, rule: "loopback-v6-address")
    }

    @Test func theLoopbackIsDecodedAndChecked() throws {
        let topology = try TopologyFixture.decode(Self.topology())
        #expect(topology.routers.map { $0.loopbackV6?.value.description } == ["2001:db8:ff::1", "2001:db8:ff::2"])
        for bad in ["2001:db8:ff::1/128", "192.0.2.1", "2001:db8::g"] {
            let errors = TopologyFixture.errors(Self.topology(loopbacks: (bad, nil)))
            #expect(errors.count == 1 && errors[0].contains("invalid loopback_v6"), "\(bad): \(errors)")
        }
        #expect(try loopbackFindings(Self.topology()).isEmpty)
        // Unique-local addresses are loopbacks too (RFC 4193).
        #expect(try loopbackFindings(Self.topology(loopbacks: ("fd00::1", "fd00::2"))).isEmpty)
    }

    @Test(arguments: [
        ("fe80::1", "is not a global unicast address (fe80::/10, link-local, RFC 4291)"),
        ("ff02::1", "is not a global unicast address (ff00::/8, multicast, RFC 4291)"),
        ("::1", "is not a global unicast address (::/8"),
        ("\"::\"", "is not a global unicast address (::/8"),
        ("2001:db8:ff::2", "router 'edge-2': loopback_v6 2001:db8:ff::2 is also the loopback_v6 of router 'edge-1'"),
    ])
    func badLoopbacksAreFindings(loopback: String, expected: String) throws {
        let findings = try loopbackFindings(Self.topology(loopbacks: (loopback, "2001:db8:ff::2")))
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?.message.contains(expected) == true, "\(findings)")
        #expect(findings.first?.severity == .error)
    }

    @Test func aLoopbackInsideAPeeringSubnetIsAFinding() throws {
        let text = TopologyFixture.dualStackReplacing(
            "    vendor: frr\n", with: "    vendor: frr\n    loopback_v6: 2001:db8:1::3\n")
        let findings = try loopbackFindings(text)
        #expect(
            findings.map(\.message) == [
                "router 'edge-1': loopback_v6 2001:db8:1::3 is inside the Direct Connect peering subnet 2001:db8:1::/125"
            ])
    }

    @Test func aLoopbackInsideAWSIsAPlanningFinding() throws {
        let plan = try #require(try plans(Self.topology(loopbacks: ("2600:1f18::1", "2001:db8:ff::2"))).first)
        #expect(
            plan.findings.filter { $0.id == "loopback-v6-address" }.map(\.message) == [
                "router 'edge-1': loopback_v6 2600:1f18::1 is inside AWS's 2600:1f18::/33"
            ])
    }

    @Test func twoLoopbacksAndIPv6GiveAnIPv6Mesh() throws {
        let plans = try plans(Self.topology())
        #expect(
            plans[0].internalNeighbors == [
                InternalNeighborPlan(
                    routerName: "edge-2", peerAddress: IPAddress("10.255.0.2")!, localAddress: IPAddress("10.255.0.1")!,
                    description: "iBGP edge-2 (router_id loopback)"),
                InternalNeighborPlan(
                    routerName: "edge-2", peerAddress: IPAddress("2001:db8:ff::2")!,
                    localAddress: IPAddress("2001:db8:ff::1")!, description: "iBGP edge-2 (loopback_v6)"),
            ])
        #expect(plans[1].internalNeighbors(.ipv6).map(\.peerAddress) == [IPAddress("2001:db8:ff::1")!])
        #expect(plans[0].loopbackV6 == IPv6Address("2001:db8:ff::1"))
        for plan in plans {
            #expect(!plan.notGenerated.contains { $0.hasPrefix("IPv6 over iBGP") }, "\(plan.notGenerated)")
        }
        #expect(
            plans[0].notGenerated.contains {
                $0.hasPrefix(
                    "The IGP or static routes that reach the other routers' router_id loopbacks and loopback_v6")
            })
    }

    @Test func noMeshWithoutIPv6OrWithoutTwoLoopbacks() throws {
        // Loopbacks but an IPv4-only topology: the IPv4 mesh only.
        let v4Only = try plans(Self.topology(v6ISP: false))
        #expect(v4Only.allSatisfy { $0.internalNeighbors(.ipv6).isEmpty && $0.internalNeighbors.count == 1 })
        #expect(v4Only.allSatisfy { !$0.notGenerated.contains { $0.hasPrefix("IPv6 over iBGP") } })
        // edge-1 carries IPv6 (its ISP session) and has a loopback_v6, edge-2 has none.
        let one = try plans(Self.topology(loopbacks: ("2001:db8:ff::1", nil)))
        #expect(one.allSatisfy { $0.internalNeighbors(.ipv6).isEmpty })
        #expect(
            one[0].notGenerated.contains {
                $0.hasPrefix("IPv6 over iBGP with edge-2: no loopback_v6, so no IPv6 iBGP session")
            }, "\(one[0].notGenerated)")
        // Without loopbacks, the router carrying IPv6 names itself.
        let none = try plans(Self.topology(loopbacks: (nil, nil)))
        #expect(none[0].notGenerated.contains { $0.hasPrefix("IPv6 over iBGP with edge-1: no loopback_v6") })
        #expect(!none[1].notGenerated.contains { $0.hasPrefix("IPv6 over iBGP") })
    }

    /// The lines each vendor writes for edge-1's IPv6 session to edge-2 (and its loopback).
    static let expectedLines: [Vendor: [String]] = [
        .frr: [
            "interface lo", " ip address 10.255.0.1/32", " ipv6 address 2001:db8:ff::1/128",
            " neighbor 2001:db8:ff::2 remote-as 64496", " neighbor 2001:db8:ff::2 update-source 2001:db8:ff::1",
            "  no neighbor 2001:db8:ff::2 activate", " address-family ipv6 unicast",
            "  neighbor 2001:db8:ff::2 activate", "  neighbor 2001:db8:ff::2 next-hop-self",
            "  neighbor 2001:db8:ff::2 send-community all",
        ],
        .iosXE: [
            "interface Loopback0", " ip address 10.255.0.1 255.255.255.255", " ipv6 address 2001:db8:ff::1/128",
            "ipv6 unicast-routing", " neighbor 2001:db8:ff::2 remote-as 64496",
            " neighbor 2001:db8:ff::2 update-source Loopback0", "  no neighbor 2001:db8:ff::2 activate",
            "  neighbor 2001:db8:ff::2 activate", "  neighbor 2001:db8:ff::2 next-hop-self",
            "  neighbor 2001:db8:ff::2 send-community both",
        ],
        .eos: [
            "interface Loopback0", "   ip address 10.255.0.1/32", "   ipv6 address 2001:db8:ff::1/128",
            "   neighbor 2001:db8:ff::2 remote-as 64496", "   neighbor 2001:db8:ff::2 update-source Loopback0",
            "   neighbor 2001:db8:ff::2 next-hop-self", "   neighbor 2001:db8:ff::2 send-community",
            "      neighbor 2001:db8:ff::2 activate", "      no neighbor 2001:db8:ff::2 activate",
        ],
        .iosXR: [
            "interface Loopback0", " ipv4 address 10.255.0.1 255.255.255.255", " ipv6 address 2001:db8:ff::1/128",
            " neighbor 2001:db8:ff::2", "  remote-as 64496", "  update-source Loopback0",
            "  address-family ipv6 unicast", "   next-hop-self",
        ],
        .junos: [
            "            family inet6 {", "                address 2001:db8:ff::1/128;",
            "        group INTERNAL-V6 {", "            local-address 2001:db8:ff::1;",
            "            export NEXT-HOP-SELF;", "            neighbor 2001:db8:ff::2 {",
        ],
        .bird: [
            "  local 2001:db8:ff::1 as 64496;", "  neighbor 2001:db8:ff::2 as 64496;",
            "  ipv6 { import all; export all; next hop self; };",
        ],
    ]

    @Test(arguments: Vendor.allCases)
    func everyVendorWritesTheIPv6Mesh(vendor: Vendor) throws {
        let plan = try #require(try plans(Self.topology(), vendor: vendor).first)
        let lines = ConfigRenderer.render(plan).split(separator: "\n").map(String.init)
        for expected in Self.expectedLines[vendor] ?? [] {
            #expect(lines.contains(expected), "\(vendor): \(expected)")
        }
        // The IPv4 mesh is still there.
        #expect(lines.contains { $0.contains("10.255.0.2") }, "\(vendor)")
    }

    @Test func birdSaysToAddTheLoopbackInTheOS() throws {
        let plan = try #require(try plans(Self.topology(), vendor: .bird).first)
        #expect(
            plan.notGenerated.contains {
                $0.hasPrefix("The loopback_v6 address: BIRD does not configure interfaces, add 2001:db8:ff::1/128")
            })
    }
}
