import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

/// The iBGP full mesh and the ISP sessions (`internet[].neighbor_address`, `local_address`):
/// validated, planned once, written by the renderers that support them, listed under
/// `NOT GENERATED` by the others.
@Suite struct ISPSessionPlanTests {
    /// The fixture's ISP with session addresses, and optionally more keys.
    static func topology(neighbor: String = "192.0.2.1", local: String = "192.0.2.2", extra: String = "") -> String {
        SimulationFixture.base.replacingOccurrences(
            of: "    default_route: true\n",
            with: "    default_route: true\n    neighbor_address: \(neighbor)\n    local_address: \(local)\n\(extra)")
    }

    /// Two routers with router_id loopbacks, the second with its own connection.
    static let twoRouters = topology(extra: "    reject_aws_prefixes: true\n")
        .replacingOccurrences(
            of: "  - name: edge-1\n    vendor: frr\n",
            with:
                "  - name: edge-1\n    vendor: frr\n    router_id: 10.255.0.1\n  - name: edge-2\n    vendor: frr\n    router_id: 10.255.0.2\n"
        )
        .replacingOccurrences(
            of: "internet:\n",
            with: """
                  - name: dx-2
                    type: dedicated
                    location: EqDC2
                    speed: 10Gbps
                    router: edge-2
                    virtual_interfaces:
                      - name: pub-2
                        type: public
                        vlan: 102
                        address_family: ipv4
                        customer_address: 198.51.100.245/30
                        amazon_address: 198.51.100.246/30
                        advertise:
                          - prefix: 198.51.100.0/24
                            scope: continent
                internet:

                """)

    func plans(_ text: String, vendor: Vendor? = nil) throws -> [RouterPlan] {
        try VendorConfigFixture.plans(text, vendor: vendor, environment: ["DX_KEY": "k3y-value"])
    }

    func validationFindings(_ text: String) throws -> [Finding] {
        try TopologyFixture.findings(text, rule: "isp-session-address")
    }

    @Test func addressesAreDecoded() throws {
        let topology = try TopologyFixture.decode(Self.topology(neighbor: "2001:db8:1::1", local: "2001:db8:1::2"))
        #expect(topology.internet[0].neighborAddress?.value == IPAddress("2001:db8:1::1"))
        #expect(topology.internet[0].localAddress?.value == IPAddress("2001:db8:1::2"))
        let errors = TopologyFixture.errors(Self.topology(neighbor: "192.0.2.300"))
        #expect(errors.count == 1 && errors[0].contains("neighbor_address"))
    }

    @Test(arguments: [
        (Self.topology(neighbor: "192.0.2.1", local: "2001:db8::2"), "are of different families"),
        (Self.topology(neighbor: "192.0.2.1", local: "192.0.2.1"), "are both 192.0.2.1"),
        (Self.topology(neighbor: "198.51.100.250", local: "192.0.2.2"), "inside the Direct Connect peering subnet"),
        (
            SimulationFixture.base.replacingOccurrences(
                of: "    default_route: true\n", with: "    default_route: true\n    neighbor_address: 192.0.2.1\n"),
            "'local_address' is missing"
        ),
    ])
    func badAddressesAreFindings(text: String, expected: String) throws {
        let findings = try validationFindings(text)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains(expected) == true, "\(findings)")
        #expect(findings.first?.severity == .error)
    }

    @Test func goodAddressesAreNoFinding() throws {
        #expect(try validationFindings(Self.topology()).isEmpty)
        #expect(try validationFindings(SimulationFixture.base).isEmpty)
    }

    @Test func anAddressInsideAWSIsAPlanningFinding() throws {
        let plan = try #require(try plans(Self.topology(neighbor: "3.80.0.1", local: "3.80.0.2")).first)
        let findings = plan.findings.filter { $0.id == "isp-session-address" }
        #expect(
            findings.map(\.message) == [
                "uplink 'isp-a': 3.80.0.1 is inside AWS's 3.80.0.0/12",
                "uplink 'isp-a': 3.80.0.2 is inside AWS's 3.80.0.0/12",
            ])
    }

    @Test func theISPSessionIsPlanned() throws {
        let plan = try #require(try plans(Self.topology(extra: "    reject_aws_prefixes: true\n")).first)
        let isp = try #require(plan.ispNeighbors.first)
        #expect(isp.peerAddress == IPAddress("192.0.2.1") && isp.localAddress == IPAddress("192.0.2.2"))
        #expect(isp.remoteASN == ASN(64510) && isp.importPolicyName == "FROM-ISP-isp-a")
        #expect(isp.rejectsAWSPrefixes && isp.acceptsDefaultRoute && !isp.acceptsTable)
        let filter = try #require(plan.awsPrefixFilter)
        // The fixture's non-China prefixes, outermost only, exact or longer.
        #expect(
            filter.entries.map { "\($0.prefix) le \($0.upTo ?? 0)" } == [
                "3.80.0.0/12 le 32", "3.128.0.0/15 le 32", "13.32.0.0/15 le 32", "15.193.0.0/19 le 32",
                "18.184.0.0/15 le 32", "52.55.191.224/27 le 32", "2600:1f18::/33 le 128", "2600:f0f2:7101::/48 le 128",
            ])
        #expect(!plan.notGenerated.contains { $0.hasPrefix("ISP session isp-a") })
        // Without addresses, the session stays in NOT GENERATED and nothing is planned.
        let without = try #require(try plans(SimulationFixture.base).first)
        #expect(without.ispNeighbors.isEmpty && without.awsPrefixFilter == nil)
        #expect(
            without.notGenerated.contains {
                $0.hasPrefix("ISP session isp-a (AS 64510): the topology gives no peer address")
            })
        // Every vendor writes the session (IOS-XR and Junos included).
        for vendor in Vendor.allCases {
            let planned = try #require(try plans(Self.topology(), vendor: vendor).first)
            #expect(planned.ispNeighbors.map(\.uplink) == ["isp-a"])
            #expect(!planned.notGenerated.contains { $0.hasPrefix("ISP session isp-a") })
        }
    }

    @Test func routersWithRouterIDsGetAFullMesh() throws {
        let plans = try plans(Self.twoRouters)
        #expect(plans.count == 2)
        #expect(
            plans[0].internalNeighbors == [
                InternalNeighborPlan(
                    routerName: "edge-2", peerAddress: .v4(IPv4Address("10.255.0.2")!),
                    localAddress: .v4(IPv4Address("10.255.0.1")!),
                    description: "iBGP edge-2 (router_id loopback)")
            ])
        #expect(plans[1].internalNeighbors.map(\.routerName) == ["edge-1"])
        #expect(plans[1].ispNeighbors.isEmpty)
        #expect(!plans[0].notGenerated.contains { $0.hasPrefix("iBGP") })
        #expect(plans[0].notGenerated.contains { $0.hasPrefix("The IGP or static routes") })
        // Without a router_id there is no loopback to peer over: said, not guessed.
        let noID = try self.plans(Self.twoRouters.replacingOccurrences(of: "    router_id: 10.255.0.2\n", with: ""))
        #expect(noID[0].internalNeighbors.isEmpty)
        #expect(noID[0].notGenerated.contains { $0.hasPrefix("iBGP with edge-2: no router_id") })
        #expect(noID[1].notGenerated.contains { $0.hasPrefix("iBGP with edge-2: no router_id") })
    }

    @Test func frrWritesTheMeshAndTheISPSession() throws {
        let plan = try #require(try plans(Self.twoRouters).first)
        let config = ConfigRenderer.render(plan)
        let lines = config.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("!") }
        for expected in [
            "interface lo", " ip address 10.255.0.1/32",
            " neighbor 10.255.0.2 remote-as 64496", " neighbor 10.255.0.2 update-source 10.255.0.1",
            "  neighbor 10.255.0.2 next-hop-self", "  neighbor 10.255.0.2 send-community all",
            " neighbor 192.0.2.1 remote-as 64510", " neighbor 192.0.2.1 update-source 192.0.2.2",
            "  neighbor 192.0.2.1 route-map FROM-ISP-isp-a in", "  neighbor 192.0.2.1 route-map TO-ISP out",
            "ip prefix-list AWS-PREFIXES seq 5 permit 3.80.0.0/12 le 32",
            "ip prefix-list DEFAULT-ROUTE seq 5 permit 0.0.0.0/0",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        // The import: AWS prefixes denied first, then the default route only (no table), then deny.
        let start = try #require(lines.firstIndex(of: "route-map FROM-ISP-isp-a deny 10"))
        #expect(
            Array(lines[start..<(start + 9)]) == [
                "route-map FROM-ISP-isp-a deny 10", " match ip address prefix-list AWS-PREFIXES", "exit",
                "route-map FROM-ISP-isp-a permit 20", " match ip address prefix-list DEFAULT-ROUTE",
                " set local-preference 100", "exit", "route-map FROM-ISP-isp-a deny 30", "exit",
            ])
        #expect(!config.contains("ISP peer addresses are not in the topology"))
    }

    @Test func iosXEAndEOSWriteTheMeshAndTheISPSession() throws {
        let xe = try #require(try plans(Self.twoRouters, vendor: .iosXE).first)
        let xeLines = ConfigRenderer.render(xe).split(separator: "\n").map(String.init)
        for expected in [
            "interface Loopback0", " ip address 10.255.0.1 255.255.255.255",
            " neighbor 10.255.0.2 update-source Loopback0", "  neighbor 10.255.0.2 next-hop-self",
            "  neighbor 10.255.0.2 send-community both", " neighbor 192.0.2.1 remote-as 64510",
            "  neighbor 192.0.2.1 route-map FROM-ISP-isp-a in", "  neighbor 192.0.2.1 route-map TO-ISP out",
            "ip prefix-list AWS-PREFIXES seq 5 permit 3.80.0.0/12 le 32", "route-map FROM-ISP-isp-a deny 10",
            " match ip address prefix-list AWS-PREFIXES",
        ] {
            #expect(xeLines.contains(expected), "\(expected)")
        }
        let eos = try #require(try plans(Self.twoRouters, vendor: .eos).first)
        let eosLines = ConfigRenderer.render(eos).split(separator: "\n").map(String.init)
        for expected in [
            "interface Loopback0", "   ip address 10.255.0.1/32", "   neighbor 10.255.0.2 update-source Loopback0",
            "   neighbor 10.255.0.2 next-hop-self", "   neighbor 192.0.2.1 route-map FROM-ISP-isp-a in",
            "      neighbor 192.0.2.1 activate", "      neighbor 10.255.0.2 activate",
        ] {
            #expect(eosLines.contains(expected), "\(expected)")
        }
    }

    @Test func birdWritesTheMeshAndTheISPSessionWithUniqueSymbols() throws {
        let plans = try plans(Self.twoRouters, vendor: .bird)
        let first = ConfigRenderer.render(plans[0]).split(separator: "\n").map(String.init)
        for expected in [
            "protocol bgp dx_edge_1_ibgp_edge_2 {", "  local 10.255.0.1 as 64496;", "  neighbor 10.255.0.2 as 64496;",
            "  ipv4 { import all; export all; next hop self; };", "define dx_aws_prefixes_edge_1 = [",
            "  3.80.0.0/12+,", "define dx_default_route_edge_1 = [", "  0.0.0.0/0",
            "filter dx_from_isp_edge_1_isp_a", "  if net ~ dx_aws_prefixes_edge_1 then {", "    reject;",
            "  if net ~ dx_default_route_edge_1 then {", "    bgp_local_pref = 100;", "    accept;",
            "protocol bgp dx_edge_1_isp_isp_a {", "  local 192.0.2.2 as 64496;", "  neighbor 192.0.2.1 as 64510;",
            "    import filter dx_from_isp_edge_1_isp_a;",
            "    export filter dx_to_isp_edge_1;",
        ] {
            #expect(first.contains(expected), "\(expected)")
        }
        #expect(
            plans[0].notGenerated.contains {
                $0
                    == "The router_id loopback address: BIRD does not configure interfaces, add 10.255.0.1/32 in the OS (ip address add 10.255.0.1/32 dev lo)"
            })
        // Every symbol of one router's file is its own: none is defined by the other router's.
        func symbols(_ lines: [String]) -> Set<String> {
            Set(
                lines.compactMap { line -> String? in
                    for keyword in ["protocol bgp ", "filter ", "define "] where line.hasPrefix(keyword) {
                        return String(line.dropFirst(keyword.count).split(separator: " ").first ?? "")
                    }
                    return nil
                })
        }
        let second = ConfigRenderer.render(plans[1]).split(separator: "\n").map(String.init)
        #expect(symbols(first).isDisjoint(with: symbols(second)))
        #expect(symbols(second).contains("dx_edge_2_ibgp_edge_1"))
    }

    @Test func iosXRWritesTheMeshAndTheISPSession() throws {
        let plan = try #require(try plans(Self.twoRouters, vendor: .iosXR).first)
        let lines = ConfigRenderer.render(plan).split(separator: "\n").map(String.init)
        for expected in [
            "interface Loopback0", " ipv4 address 10.255.0.1 255.255.255.255", " neighbor 10.255.0.2",
            "  remote-as 64496", "  update-source Loopback0", "   next-hop-self", " neighbor 192.0.2.1",
            "  remote-as 64510", "   route-policy FROM-ISP-isp-a in", "   route-policy TO-ISP out",
            "prefix-set AWS-PREFIXES", "  3.80.0.0/12 le 32,",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        let start = try #require(lines.firstIndex(of: "route-policy FROM-ISP-isp-a"))
        #expect(
            Array(lines[start..<(start + 13)]) == [
                "route-policy FROM-ISP-isp-a",
                "  # AWS prefixes and anything inside them (reject_aws_prefixes): reject",
                "  if destination in AWS-PREFIXES then", "    drop", "  endif",
                "  # the default route: accept (default_route)", "  if destination in DEFAULT-ROUTE then",
                "    set local-preference 100", "    done", "  endif", "  # anything else is rejected", "  drop",
                "end-policy",
            ])
        #expect(!plan.notGenerated.contains { $0.hasPrefix("iBGP") || $0.hasPrefix("ISP session") })
    }

    @Test func junosWritesTheMeshAndTheISPSession() throws {
        let plan = try #require(try plans(Self.twoRouters, vendor: .junos).first)
        let text = ConfigRenderer.render(plan)
        for expected in [
            "    lo0 {\n        unit 0 {", "                address 10.255.0.1/32;",
            "        group INTERNAL {\n            type internal;\n            local-address 10.255.0.1;\n            export NEXT-HOP-SELF;",
            "            neighbor 10.255.0.2 {", "                next-hop self;",
            "        group ISP-isp-a {\n            type external;\n            peer-as 64510;\n            neighbor 192.0.2.1 {",
            "                local-address 192.0.2.2;\n                import FROM-ISP-isp-a;\n                export TO-ISP;",
            "    route-filter-list AWS-PREFIXES {\n        3.80.0.0/12 orlonger;",
            "        term AWS {\n            from {\n                route-filter-list AWS-PREFIXES;\n            }\n            then reject;",
            "        term DEFAULT {\n            from {\n                prefix-list DEFAULT-ROUTE;\n            }\n            then {\n                local-preference 100;\n                accept;",
            "    prefix-list DEFAULT-ROUTE {\n        0.0.0.0/0;\n    }",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("term TABLE"))
        #expect(!plan.notGenerated.contains { $0.hasPrefix("iBGP") || $0.hasPrefix("ISP session") })
    }

    /// IOS-XR and Junos with a table and no default route: the default route dropped, the rest kept.
    @Test func iosXRAndJunosKeepTheTableWithoutTheDefault() throws {
        let text = Self.topology(extra: "    table: isp.txt\n").replacingOccurrences(
            of: "    default_route: true\n", with: "")
        let input = try SimulationFixture.input(text, tables: ["isp-a": "8.8.8.0/24\n"])
        let planner = RouterPlanner(input: input, simulation: Simulator.run(input), environment: [:])
        let xr = ConfigRenderer.render(try #require(planner.plans(vendor: .iosXR).first))
        #expect(
            xr.contains(
                "route-policy FROM-ISP-isp-a\n  # the default route: reject\n  if destination in DEFAULT-ROUTE then\n    drop\n  endif\n  # the routes of the ISP's table: accept\n  set local-preference 100\n  done\nend-policy\n"
            ))
        let junos = ConfigRenderer.render(try #require(planner.plans(vendor: .junos).first))
        #expect(
            junos.contains(
                "                prefix-list DEFAULT-ROUTE;\n            }\n            then reject;\n        }\n        # the routes of the ISP's table: accept\n        term TABLE {\n            then {\n                local-preference 100;\n                accept;"
            ))
        #expect(!junos.contains("term AWS"))
    }

    /// A table without a default route: the default route is denied, the rest kept.
    @Test func aTableWithoutDefaultRouteDeniesTheDefault() throws {
        let text = Self.topology(extra: "    table: isp.txt\n").replacingOccurrences(
            of: "    default_route: true\n", with: "")
        let input = try SimulationFixture.input(text, tables: ["isp-a": "8.8.8.0/24\n"])
        let plan = try #require(
            RouterPlanner(input: input, simulation: Simulator.run(input), environment: [:]).plans().first)
        let lines = ConfigRenderer.render(plan).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("!") }
        let start = try #require(lines.firstIndex(of: "route-map FROM-ISP-isp-a deny 10"))
        #expect(
            Array(lines[start..<(start + 8)]) == [
                "route-map FROM-ISP-isp-a deny 10", " match ip address prefix-list DEFAULT-ROUTE", "exit",
                "route-map FROM-ISP-isp-a permit 20", " set local-preference 100", "exit",
                "route-map FROM-ISP-isp-a deny 30", "exit",
            ])
    }
}
