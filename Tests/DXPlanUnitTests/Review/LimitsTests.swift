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

/// Bounded time on adversarial sizes (Docs/Robustness.md, "Limits"). The peer-subnet overlap
/// check and the simulator's best-path and segment steps were quadratic in the number of VIFs;
/// 10,000 VIFs took 42 s to validate and more than 5 minutes to simulate in a debug build.
@Suite struct LimitsTests {
    /// `count` public VIFs on 4094-VLAN connections, each with its own /30.
    static func manyInterfaces(_ count: Int) -> String {
        var text = """
            name: Many VIFs
            customer:
              asn: 64496
              prefixes:
                - 198.51.100.0/24
            connect:
              instance: many
              region: us-east-1
            routers:
              - name: edge-1
                vendor: frr
            connections:

            """
        for index in 0..<count {
            if index % 4094 == 0 {
                text +=
                    "  - name: dx-\(index / 4094)\n    type: dedicated\n    location: EqDC2\n    speed: 10Gbps\n    router: edge-1\n    virtual_interfaces:\n"
            }
            let base = index * 4
            let network = "10.\((base >> 16) & 255).\((base >> 8) & 255)."
            text += """
                      - name: vif-\(index)
                        type: public
                        vlan: \(index % 4094 + 1)
                        address_family: ipv4
                        customer_address: \(network)\((base & 255) + 1)/30
                        amazon_address: \(network)\((base & 255) + 2)/30
                        bgp_auth_key: env:DX_KEY
                        advertise:
                          - prefix: 198.51.100.0/24

                """
        }
        return text
    }

    @Test func tenThousandInterfacesValidateInSeconds() throws {
        let topology = try TopologyFixture.decode(Self.manyInterfaces(10_000))
        #expect(topology.virtualInterfaces.count == 10_000)
        let clock = ContinuousClock()
        var findings: [Finding] = []
        let elapsed = clock.measure {
            findings = TopologyValidator(topology: topology, fileExists: { _ in false }).validate()
        }
        #expect(elapsed < .seconds(30), "\(elapsed)")
        #expect(!findings.contains { $0.id == "peer-address-overlap" })
    }

    @Test func aThousandInterfacesSimulateInSeconds() throws {
        let topology = try TopologyFixture.decode(Self.manyInterfaces(1_000))
        let ranges = try AWSIPRanges.parse(Array(SimulationFixture.rangesJSON.utf8), file: "ranges.json")
        let clock = ContinuousClock()
        var result: SimulationResult?
        let elapsed = clock.measure {
            result = Simulator.run(
                SimulationInput(topology: topology, ranges: ranges, tables: [:], validationFindings: []),
                scenario: .none, options: SimulationOptions())
        }
        #expect(elapsed < .seconds(30), "\(elapsed)")
        #expect(result?.interfaces.count == 1_000)
    }
}
