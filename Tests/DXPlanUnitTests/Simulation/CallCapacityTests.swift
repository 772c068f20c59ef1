import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXModel
@testable import DXSimulation

/// `capacity-short` (``CallCapacity``): agents × call_kbps against the Direct Connect capacity
/// that stays up, in simulate, under `--fail` and per failure of the matrix.
@Suite struct CallCapacityTests {
    /// Two 1 Gbps connections with a public VIF each, and `agents`/`call_kbps` as given.
    static func topology(agents: Int, callKbps: Int? = nil, lag: Bool = false) -> String {
        var text = TopologyFixture.replacing(
            "  region: us-east-1\n", with: "  region: us-east-1\n  agents: \(agents)\n")
        if let callKbps {
            text = text.replacingFirst("  agents: \(agents)\n", "  agents: \(agents)\n  call_kbps: \(callKbps)\n")
        }
        text = text.replacingFirst("speed: 10Gbps", "speed: 1Gbps" + (lag ? "\n    lag: lag-1" : ""))
        let second =
            lag
            ? """
              - name: dx-2
                type: dedicated
                location: EqDC2
                speed: 1Gbps
                router: edge-1
                lag: lag-1
                virtual_interfaces: []

            """
            : """
              - name: dx-2
                type: dedicated
                location: CSVA1
                speed: 1Gbps
                router: edge-1
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

            """
        return text + second + SimulationFixture.uplink
    }

    static func capacity(_ text: String, failing names: [String] = []) throws -> CallCapacity? {
        let topology = try TopologyFixture.decode(text)
        guard case .success(let scenario) = FailureScenario.resolve(names, in: ResolvedTopology(topology)) else {
            return nil
        }
        return CallCapacity.assess(topology, scenario: scenario)
    }

    @Test func capacityLeftPerFailure() throws {
        let text = Self.topology(agents: 15_000)
        let intact = try #require(try Self.capacity(text))
        #expect(intact.requiredKbps == 1_500_000)
        #expect(intact.availableMbps == 2_000)
        #expect(!intact.isShort)
        #expect(try Self.capacity(text, failing: ["dx-1"])?.availableMbps == 1_000)
        #expect(try Self.capacity(text, failing: ["pub-2"])?.availableMbps == 1_000)
        #expect(try Self.capacity(text, failing: ["edge-1"])?.availableMbps == 0)
        // Nothing left is not a shortfall: the calls are off Direct Connect (the verdict says so).
        #expect(try Self.capacity(text, failing: ["edge-1"])?.isShort == false)
        #expect(try Self.capacity(text, failing: ["dx-1"])?.isShort == true)
        // A LAG counts its live members; its VIF stays up while one is.
        let lag = Self.topology(agents: 15_000, lag: true)
        #expect(try Self.capacity(lag)?.availableMbps == 2_000)
        #expect(try Self.capacity(lag, failing: ["dx-1"])?.availableMbps == 1_000)
        #expect(try Self.capacity(lag, failing: ["lag-1"])?.availableMbps == 0)
        // No agents: nothing to compare.
        #expect(try Self.capacity(TopologyFixture.minimal) == nil)
    }

    @Test func callKbpsOverridesTheDefault() throws {
        #expect(try Self.capacity(Self.topology(agents: 10))?.callKbps == CallCapacity.defaultCallKbps)
        let measured = try #require(try Self.capacity(Self.topology(agents: 15_000, callKbps: 60)))
        #expect(measured.requiredKbps == 900_000)
        #expect(try Self.capacity(Self.topology(agents: 15_000, callKbps: 60), failing: ["dx-1"])?.isShort == false)
        #expect(TopologyFixture.errors(Self.topology(agents: 10, callKbps: 0)).contains { $0.contains("call_kbps") })
    }

    @Test func simulateAndTheFailureMatrixRaiseCapacityShort() throws {
        let text = Self.topology(agents: 15_000)
        let base = try SimulationFixture.simulate(text)
        #expect(!base.findings.contains { $0.rule == .capacityShort })
        let failed = try SimulationFixture.simulate(text, failures: ["dx-1"])
        let finding = try #require(failed.findings.first { $0.rule == .capacityShort })
        #expect(finding.severity == .warning)
        #expect(
            finding.message
                == "15000 agents on calls at 100 kbps need 1500 Mbps, but only 1000 Mbps of Direct Connect capacity is up when 'dx-1' fails"
        )
        let input = try SimulationFixture.input(text)
        let runs = FailureScenario.singleFailures(in: input.topology).compactMap { name -> SimulationResult? in
            guard case .success(let scenario) = FailureScenario.resolve([name], in: input.resolved) else { return nil }
            return Simulator.run(input, scenario: scenario, options: SimulationOptions())
        }
        let matrix = FailureMatrix.findings(base: base, runs: runs, topology: input.topology)
            .filter { $0.rule == .capacityShort }.map(\.message)
        #expect(matrix.contains { $0.hasSuffix("when 'dx-1' fails") })
        #expect(matrix.contains { $0.hasSuffix("when 'pub-2' fails") })
        // Short even intact: one finding for the design, none repeated per failure.
        let short = Self.topology(agents: 30_000)
        let shortBase = try SimulationFixture.simulate(short)
        #expect(shortBase.findings.filter { $0.rule == .capacityShort }.count == 1)
        #expect(
            FailureMatrix.findings(base: shortBase, runs: runs, topology: try TopologyFixture.decode(short))
                .filter { $0.rule == .capacityShort }.count == 1)
    }
}

extension String {
    fileprivate func replacingFirst(_ old: String, _ new: String) -> String {
        guard let range = range(of: old) else { return self }
        return replacingCharacters(in: range, with: new)
    }
}
