import DXTestSupport
import Testing

@testable import DXModel
@testable import DXPlanning
@testable import DXRendering
@testable import DXSimulation

/// A dual-stack VIF (`bgp_peers`) through simulate and the router plan: one session per family,
/// each learning its own family, on one VLAN subinterface with both addresses.
@Suite struct DualStackPlanTests {
    static let environment = ["DX_KEY": "s3cret-key", "DX_KEY6": "other-key6"]

    @Test func eachFamilyIsLearnedOnItsOwnSession() throws {
        let input = try SimulationFixture.input(TopologyFixture.dualStack)
        let result = Simulator.run(input, options: SimulationOptions(includeRoutes: true))
        #expect(result.interfaces.map(\.sessionName) == ["pub-1 (ipv4)", "pub-1 (ipv6)"])
        for interface in result.interfaces {
            let routes = try #require(interface.routes)
            #expect(!routes.isEmpty)
            #expect(routes.allSatisfy { $0.prefix.family == interface.family }, "\(interface.sessionName)")
            #expect(interface.learned[interface.family] == routes.count)
            #expect(interface.advertisedByAWS[interface.family] == input.aws.count(interface.family))
        }
        // Each agent family returns over the VIF's session of that family.
        #expect(result.returnPath.allSatisfy { $0.via == ["pub-1"] })
    }

    @Test func oneSubinterfaceTwoNeighborsPerFamilyPolicies() throws {
        let input = try SimulationFixture.input(
            TopologyFixture.dualStackReplacing(
                "        advertise:", with: "        max_prefixes: 5000\n        advertise:"))
        let simulation = Simulator.run(input)
        let plan = try #require(
            RouterPlanner(input: input, simulation: simulation, environment: Self.environment).plans().first)
        #expect(plan.interfaces.count == 1)
        #expect(
            plan.interfaces[0].addresses == [
                InterfaceAddress("198.51.100.249/30")!, InterfaceAddress("2001:db8:1::1/125")!,
            ])
        #expect(plan.neighbors.map(\.family) == [.ipv4, .ipv6])
        #expect(plan.neighbors.map(\.virtualInterface) == ["pub-1-v4", "pub-1-v6"])
        #expect(plan.neighbors.map(\.peerAddress) == [IPAddress("198.51.100.250"), IPAddress("2001:db8:1::2")])
        #expect(plan.neighbors.map { $0.authKey?.text } == ["s3cret-key", "other-key6"])
        #expect(plan.neighbors.map(\.importPolicy.name) == ["DX-IN-pub-1-v4", "DX-IN-pub-1-v6"])
        #expect(
            plan.neighbors.map { $0.exportPolicy.entries.map(\.prefix) } == [
                [IPPrefix("198.51.100.0/24")!], [IPPrefix("2001:db8:100::/48")!],
            ])
        // max_prefixes is per session: both neighbors get it.
        #expect(plan.neighbors.map(\.prefixLimits.accepted) == [5000, 5000])
        #expect(plan.neighbors.map(\.prefixLimits.advertisedByAWS) == [input.aws.count(.ipv4), input.aws.count(.ipv6)])
    }

    /// Without `max_prefixes`, each session's limit comes from what its own family learns.
    @Test func recommendedLimitsArePerFamily() throws {
        let input = try SimulationFixture.input(TopologyFixture.dualStack)
        let simulation = Simulator.run(input)
        let plan = try #require(
            RouterPlanner(input: input, simulation: simulation, environment: Self.environment).plans().first)
        #expect(
            plan.neighbors.map(\.prefixLimits.accepted) == simulation.interfaces.map(\.recommendedMaxPrefixes))
    }

    /// The IPv6 peer left to AWS: the IPv4 session is written, the IPv6 one waits for its address.
    @Test func anIPv6PeerWithoutAddressesIsNotWrittenYet() throws {
        let text = TopologyFixture.dualStackReplacing(
            "            customer_address: 2001:db8:1::1/125\n            amazon_address: 2001:db8:1::2/125\n", with: ""
        )
        let input = try SimulationFixture.input(text)
        let plan = try #require(
            RouterPlanner(input: input, simulation: Simulator.run(input), environment: Self.environment).plans().first)
        #expect(plan.interfaces[0].addresses == [InterfaceAddress("198.51.100.249/30")!])
        #expect(plan.findings.map(\.id) == ["ipv6-peer-unknown"])
        let config = ConfigRenderer.render(plan)
        #expect(config.contains("ip address 198.51.100.249/30"))
        #expect(!config.contains("neighbor 2001:db8"))
    }
}
