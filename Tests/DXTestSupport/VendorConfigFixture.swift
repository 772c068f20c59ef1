import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation
import Foundation

/// Plans and renderings for the Cisco IOS-XE, IOS-XR, Junos and EOS renderer tests.
package enum VendorConfigFixture {
    package static let vendors: [Vendor] = [.iosXE, .iosXR, .junos, .eos]
    package static let testKey = "dxplan-test-key"

    package static func render(_ plan: RouterPlan, as vendor: Vendor) -> String {
        switch vendor {
        case .iosXE: IOSXEConfigRenderer.render(plan)
        case .iosXR: IOSXRConfigRenderer.render(plan)
        case .junos: JunosConfigRenderer.render(plan)
        case .eos: EOSConfigRenderer.render(plan)
        case .frr, .bird: ""
        }
    }

    /// The plan's `vendor-name-too-long` findings (names are allocated and checked by the planner).
    package static func limits(_ plan: RouterPlan) -> [Finding] {
        plan.findings.filter { $0.rule == .vendorNameTooLong }
    }

    /// The embedded ip-ranges snapshot, parsed once for all tests.
    package static let embeddedRanges: Result<AWSIPRanges, InputError> = Result { () throws(InputError) in
        try IPRangesSource.embedded()
    }

    /// Every `env:NAME` key of the topology, mapped to the fixed test key.
    package static func environment(_ topology: Topology) -> [String: String] {
        var environment: [String: String] = [:]
        for connection in topology.connections {
            for vif in connection.virtualInterfaces {
                if case .environment(let name)? = vif.bgpAuthKey?.value { environment[name] = testKey }
            }
        }
        return environment
    }

    /// Plans for an example topology file with the embedded ip-ranges and fixed fake keys.
    package static func plans(file url: URL, vendor: Vendor) throws -> [RouterPlan] {
        let topology = try TopologyDecoder.load(path: url.path, displayName: "Topologies/\(url.lastPathComponent)")
        let findings = TopologyValidator(topology: topology, fileExists: { _ in true }).validate()
        let input = SimulationInput(
            topology: topology, ranges: try embeddedRanges.get(), tables: [:], validationFindings: findings)
        return RouterPlanner(input: input, simulation: Simulator.run(input), environment: environment(topology)).plans(
            vendor: vendor)
    }

    /// Every router of a topology file rendered for `vendor`, one after the other.
    package static func rendering(file url: URL, vendor: Vendor) throws -> String {
        try plans(file: url, vendor: vendor).map { render($0, as: vendor) }.joined(separator: "\n")
    }

    /// Plans for topology text with the small fixture ip-ranges.
    /// (`vendor` nil: each router's own.)
    package static func plans(_ text: String, vendor: Vendor?, environment: [String: String]? = nil) throws
        -> [RouterPlan]
    {
        let input = try SimulationFixture.input(text)
        let env = environment ?? Self.environment(input.topology)
        return RouterPlanner(input: input, simulation: Simulator.run(input), environment: env).plans(vendor: vendor)
    }

    /// Region and untagged kept (continent rejected), an AMAZON_CONNECT service filter,
    /// local-pref 250, a prepend and an extra community on IPv4, plus an IPv6 VIF without BFD.
    package static let rich = """
        name: Rich site
        customer:
          asn: 64496
          prefixes:
            - 198.51.100.0/24
            - 2001:db8:100::/48
        connect:
          instance: rich-site
          region: us-east-1
        routers:
          - name: edge-1
            vendor: frr
            router_id: 198.51.100.1
        connections:
          - name: dx-1
            type: dedicated
            location: EqDC2
            speed: 10Gbps
            router: edge-1
            virtual_interfaces:
              - name: pub-1
                type: public
                vlan: 101
                address_family: ipv4
                customer_address: 198.51.100.249/30
                amazon_address: 198.51.100.250/30
                bgp_auth_key: env:DX_KEY
                bfd: true
                accept: [region, global]
                accept_services: [AMAZON_CONNECT]
                local_preference: 250
                advertise:
                  - prefix: 198.51.100.0/24
                    scope: continent
                    communities: ["65000:1"]
                    as_path_prepend: 2
              - name: pub-6
                type: public
                vlan: 102
                address_family: ipv6
                customer_address: 2001:db8:ffff:1::2/125
                amazon_address: 2001:db8:ffff:1::1/125
                bgp_auth_key: env:DX_KEY6
                bfd: false
                accept: [continent]
                advertise:
                  - prefix: 2001:db8:100::/48
                    scope: region
        internet:
          - name: isp-a
            router: edge-1
            asn: 64510
            default_route: true

        """
}
