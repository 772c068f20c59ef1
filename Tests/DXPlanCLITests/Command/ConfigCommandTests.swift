import DXTestSupport
import Foundation
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

/// `dxplan config`: vendor and router selection, usage errors with suggestions, `-o`, several routers.
@Suite struct ConfigCommandTests {
    let directory: URL
    let ranges: URL

    init() throws {
        directory = try PackagePaths.temporaryDirectory()
        ranges = directory.appendingPathComponent("ranges.json")
        try SimulationFixture.rangesJSON.write(to: ranges, atomically: true, encoding: .utf8)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandOutput {
        DXPlan.run(["config"] + arguments + ["--ip-ranges", ranges.path], environment: environment)
    }

    var maximumResiliency: String { PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml").path }

    @Test func rendersEveryRouterInFileOrderWithItsOwnVendor() {
        let result = run([maximumResiliency])
        #expect(result.status == .success, "\(result.standardError)")
        let text = result.standardOutput
        let first = try? #require(text.range(of: "! ==================== router edge-1 (FRRouting)"))
        let second = try? #require(text.range(of: "# ==================== router edge-2 (BIRD 2)"))
        #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound)
        #expect(text.contains("router bgp 64496") || text.contains("router bgp "))
        #expect(text.contains("protocol bgp dx_edge_2_pub_iad_2"))
    }

    /// A 48-character VIF name (the longest the decoder allows) with an `accept_services` filter
    /// that has exceptions: `DX-SERVICES-<vif>-EXCEPT` has 67 characters, over the 63 of IOS-XE, EOS
    /// and IOS-XR. The planner names it and reports it: nothing on stdout, the finding on stderr,
    /// exit 1. FRR has no such limit and renders it.
    @Test func aNameOverTheVendorLimitRefusesTheDesign() throws {
        // 15.193.6.0/24 advertised for EC2 only: inside the AMAZON_CONNECT block, so an exception.
        let rangesText = SimulationFixture.rangesJSON.replacingOccurrences(
            of:
                "  {\"ip_prefix\": \"15.193.6.0/24\", \"region\": \"us-east-1\", \"service\": \"AMAZON_CONNECT\", \"network_border_group\": \"us-east-1\"},\n",
            with: "")
        #expect(rangesText != SimulationFixture.rangesJSON)
        let exceptionRanges = directory.appendingPathComponent("exception-ranges.json")
        try rangesText.write(to: exceptionRanges, atomically: true, encoding: .utf8)
        let vif = String(repeating: "v", count: 48)
        let topology = directory.appendingPathComponent("long.yaml")
        try SimulationFixture.base.replacingOccurrences(of: "pub-1", with: vif).replacingOccurrences(
            of: "    bfd: true\n", with: "    bfd: true\n        accept_services: [AMAZON_CONNECT]\n"
        ).write(to: topology, atomically: true, encoding: .utf8)
        let name = "DX-SERVICES-\(vif)-EXCEPT"
        func config(_ vendor: String) -> CommandOutput {
            DXPlan.run(
                ["config", topology.path, "--vendor", vendor, "--ip-ranges", exceptionRanges.path],
                environment: ["DX_KEY": "k3y-value"])
        }
        for vendor in ["ios-xe", "eos", "ios-xr"] {
            let result = config(vendor)
            #expect(result.status == .checksFailed, "\(vendor): \(result.standardError)")
            #expect(result.standardOutput.isEmpty, "\(vendor)")
            #expect(
                result.standardError.contains("'\(name)' has 67 characters (limit 63) [vendor-name-too-long]"),
                "\(vendor): \(result.standardError)")
            #expect(result.standardError.contains("long.yaml:"), "\(vendor): the VIF's location")
        }
        let frr = config("frr")
        #expect(frr.status == .success, "\(frr.standardError)")
        #expect(frr.standardOutput.contains("ip prefix-list \(name) seq 5 permit 15.193.6.0/24"))
        #expect(!frr.standardError.contains("vendor-name-too-long"))
    }

    /// A `loopback_v6` `config` cannot use refuses the design: link-local (a `validate` check)
    /// or inside AWS's ranges (the planner's, from ip-ranges.json). A usable one renders the IPv6
    /// iBGP session.
    @Test func anUnusableLoopbackV6RefusesTheDesign() throws {
        let topology = directory.appendingPathComponent("mesh.yaml")
        func config(_ loopback: String) throws -> CommandOutput {
            try twoRoutersWithIPv6(loopback).write(to: topology, atomically: true, encoding: .utf8)
            return run([topology.path, "--router", "edge-1"], environment: ["DX_KEY": "k3y-value"])
        }
        for (loopback, message) in [
            ("fe80::1", "loopback_v6 fe80::1 is not a global unicast address"),
            ("2600:1f18::1", "loopback_v6 2600:1f18::1 is inside AWS's 2600:1f18::/33"),
        ] {
            let result = try config(loopback)
            #expect(result.status == .checksFailed, "\(loopback): \(result.standardError)")
            #expect(result.standardOutput.isEmpty, "\(loopback)")
            #expect(result.standardError.contains("\(message)"), "\(loopback): \(result.standardError)")
            #expect(result.standardError.contains("[loopback-v6-address]"), "\(loopback)")
        }
        let good = try config("2001:db8:ff::1")
        #expect(good.status == .success, "\(good.standardError)")
        #expect(good.standardOutput.contains(" neighbor 2001:db8:ff::2 update-source 2001:db8:ff::1"))
    }

    /// Two FRR routers with router_ids, an IPv6 VIF peer on edge-1 (so the topology carries IPv6),
    /// edge-1's `loopback_v6` as given and edge-2's 2001:db8:ff::2.
    func twoRoutersWithIPv6(_ loopback: String) -> String {
        TopologyFixture.dualStack
            .replacingOccurrences(
                of: "  - name: edge-1\n    vendor: frr\n",
                with:
                    "  - name: edge-1\n    vendor: frr\n    router_id: 10.255.0.1\n    loopback_v6: \(loopback)\n  - name: edge-2\n    vendor: frr\n    router_id: 10.255.0.2\n    loopback_v6: 2001:db8:ff::2\n"
            )
            .replacingOccurrences(
                of: "            scope: continent\n\n",
                with: """
                                scope: continent
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
                            bgp_auth_key: env:DX_KEY
                            bfd: true
                            advertise:
                              - prefix: 198.51.100.0/24
                                scope: continent

                    """)
    }

    @Test func oneRouterAndVendorOverride() {
        let result = run([maximumResiliency, "--router", "edge-2", "--vendor", "frr"])
        #expect(result.status == .success)
        #expect(!result.standardOutput.contains("===================="))
        #expect(result.standardOutput.contains("neighbor 203.0.113.13 remote-as 7224"))
        #expect(!result.standardOutput.contains("203.0.113.11"))
    }

    @Test func unknownVendorAndRouterAreUsageErrorsWithSuggestions() {
        let vendor = run([maximumResiliency, "--vendor", "brid"])
        #expect(vendor.status == .usage)
        #expect(vendor.usageError?.code == .unknownValue)
        #expect(vendor.standardError.contains("Error: Unknown vendor 'brid' (did you mean 'bird'?)"))
        let router = run([maximumResiliency, "--router", "edge-3"])
        #expect(router.status == .usage)
        #expect(router.usageError?.code == .unknownName)
        #expect(router.standardError.contains("Error: Unknown router 'edge-3' (did you mean 'edge-1'?)"))
        #expect(run([]).status == .usage)
    }

    @Test func unusableTopologyIsStatus2() {
        let result = run([directory.appendingPathComponent("missing.yaml").path])
        #expect(result.status == .unusableInput)
    }

    @Test func writesAtomicallyToOutputFile() throws {
        let file = directory.appendingPathComponent("edge.conf")
        let result = run([maximumResiliency, "--router", "edge-1", "-o", file.path])
        #expect(result.status == .success)
        #expect(result.standardOutput.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("! NOT GENERATED: the design needs these on this router"))
        #expect(written.contains("\n! dxplan: Direct Connect side of router edge-1"))
        #expect(written.contains("! - The IGP or static routes that reach the other routers' router_id loopbacks"))
        #expect(written.contains("\n neighbor 203.0.113.2 update-source 203.0.113.1\n"))
    }

    @Test func helpKeepsTheSpec() {
        let result = DXPlan.run(["config", "--help"])
        #expect(result.standardOutput.hasPrefix("USAGE: dxplan config TOPOLOGY [--vendor V] [--router NAME]"))
    }
}
