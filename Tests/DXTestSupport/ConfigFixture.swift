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

/// Renders the example topologies' router configurations the way the golden and syntax tests need.
package enum ConfigFixture {
    /// The fixed fake key exported for every `env:` key (never a real one).
    package static let key = "dxplan-test-key"

    /// `NAME → key` for every `env:NAME` BGP key of the topology at `url`.
    package static func environment(for url: URL) throws -> [String: String] {
        let topology = try TopologyDecoder.load(path: url.path)
        var environment: [String: String] = [:]
        for (_, vif) in topology.virtualInterfaces {
            for peer in vif.peers {
                if case .environment(let name)? = peer.bgpAuthKey?.value { environment[name] = key }
            }
        }
        return environment
    }

    /// One rendered configuration per router of the topology, with `vendor` forced.
    package static func plans(_ url: URL, vendor: Vendor) throws -> [RouterPlan] {
        var output = CommandOutput()
        let environment = try environment(for: url)
        guard
            let input = SimulationSetup.prepare(
                topologyPath: url.path, ipRanges: nil, environment: [:], output: &output)
        else {
            throw UsageError(.unknownName, output.standardError)
        }
        var planner = RouterPlanner(input: input, simulation: Simulator.run(input), environment: environment)
        planner.interfaceNames = try interfaceMappings(for: url, vendor: vendor)
        return planner.plans(vendor: vendor)
    }

    /// `OLD → NEW` for every connection interface of the topology that `vendor` cannot have: the
    /// vendor's name for a port of the connection's speed, numbered in file order (what a user
    /// passes as `dxplan config --interface OLD=NEW` when rendering for another vendor).
    package static func interfaceMappings(for url: URL, vendor: Vendor) throws -> [String: String] {
        let topology = try TopologyDecoder.load(path: url.path)
        var mappings: [String: String] = [:]
        for connection in topology.connections {
            guard let old = connection.interface?.value, !vendor.isNativeInterfaceName(old), mappings[old] == nil
            else { continue }
            mappings[old] = nativePort(
                vendor, gigabits: connection.speed.value.megabitsPerSecond / 1000, index: mappings.count)
        }
        return mappings
    }

    /// The `--interface OLD=NEW` arguments for ``interfaceMappings(for:vendor:)``, sorted.
    package static func interfaceArguments(for url: URL, vendor: Vendor) throws -> [String] {
        try interfaceMappings(for: url, vendor: vendor).sorted { $0.key < $1.key }.flatMap {
            ["--interface", "\($0.key)=\($0.value)"]
        }
    }

    /// A port name of `vendor` for a port of this speed.
    package static func nativePort(_ vendor: Vendor, gigabits: Int, index: Int) -> String {
        switch vendor {
        case .frr, .bird: "ens\(index + 1)f0"
        case .iosXE:
            (gigabits >= 100 ? "HundredGigE0/0/" : gigabits >= 10 ? "TenGigabitEthernet0/0/" : "GigabitEthernet0/0/")
                + "\(index)"
        case .iosXR:
            (gigabits >= 100 ? "HundredGigE0/0/0/" : gigabits >= 10 ? "TenGigE0/0/0/" : "GigabitEthernet0/0/0/")
                + "\(index)"
        case .junos: (gigabits >= 100 ? "et-0/0/" : gigabits >= 10 ? "xe-0/0/" : "ge-0/0/") + "\(index)"
        case .eos: "Ethernet\(index + 1)"
        }
    }
}
