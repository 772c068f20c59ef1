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

/// The return-path lab (Docs/Lab.md): ONE GoBGP plays AWS with a session on each VIF of the
/// router under test, FRR runs the configuration dxplan generates, and GoBGP's best path to each
/// agent source prefix must leave on one of the VIFs `simulate` names in `returnPath[].preferred`.
///
/// GoBGP compares what AWS's public-VIF policy compares first (`dx-routing-policies`): longest
/// prefix, then AS_PATH length with the prepends the customer sent; equal paths are the
/// multipath case, where either preferred VIF is right. GoBGP does not model AWS's preference for
/// the home Region, so the lab topologies home every VIF in the Connect Region: that step never
/// decides here (unit tests cover it).
struct ReturnPathLab {
    /// The MD5 key exported for every `env:` key of the topology.
    static let key = "dx!lab#key;1"

    /// The topology text to run.
    var text: String
    var router = "edge-1"

    /// What the run found: per agent source, the VIFs simulate prefers and the VIF GoBGP chose.
    struct Outcome {
        var agentSource: IPPrefix
        var preferred: [String]
        var gobgpBest: String?
        /// Every VIF GoBGP has a path on for the covering prefix.
        var gobgpPaths: [String]
    }

    func run(tools: LabRequirements.Tools) throws -> [Outcome] {
        let directory = try PackagePaths.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        let topologyURL = directory.appendingPathComponent("return-path.yaml")
        try text.write(to: topologyURL, atomically: true, encoding: .utf8)

        // dxplan's side: simulation, plan, config.
        var output = CommandOutput()
        let setup = try #require(
            SimulationSetup.prepare(topologyPath: topologyURL.path, ipRanges: nil, environment: [:], output: &output),
            "\(output.standardError)")
        var environment: [String: String] = [:]
        for vif in setup.topology.virtualInterfaces.map(\.1) {
            if case .environment(let name)? = vif.bgpAuthKey?.value { environment[name] = Self.key }
        }
        let simulation = Simulator.run(setup)
        let plan = try #require(
            RouterPlanner(input: setup, simulation: simulation, environment: environment).plans(
                router: router, vendor: .frr
            ).first)
        #expect(!plan.findings.hasErrors, "\(plan.findings.map(\.formatted))")
        let neighbors = plan.neighbors.filter { $0.peerAddress != nil && $0.localAddress != nil }
        try #require(neighbors.count >= 2, "the return-path lab needs two sessions")

        var namespaces: [LabNamespace] = []
        var frr: FRRDaemon?
        var gobgpd: GoBGPSpeaker?
        defer {
            gobgpd?.stop()
            frr?.stop()
            for namespace in namespaces { namespace.delete() }
            try? FileManager.default.removeItem(at: directory)
        }
        let aws = try LabNamespace(role: "aws", ip: tools("ip"))
        namespaces.append(aws)
        let customer = try LabNamespace(role: "cust", ip: tools("ip"))
        namespaces.append(customer)
        for (index, neighbor) in neighbors.enumerated() {
            let subinterface = Vendor.frr.subinterface(neighbor.interface.parent, vlan: neighbor.interface.vlan)
            try customer.addVeth(subinterface, peer: aws, peerName: "aws\(index)")
            let local = neighbor.localAddress!
            try customer.addAddress(InterfaceAddressText(text: local.description, isIPv6: false), device: subinterface)
            try aws.addAddress(
                InterfaceAddressText(text: "\(neighbor.peerAddress!)/\(local.prefixLength)", isIPv6: false),
                device: "aws\(index)")
        }
        let configURL = directory.appendingPathComponent("frr.conf")
        try ConfigRenderer.render(plan).write(to: configURL, atomically: true, encoding: .utf8)
        let daemon = try FRRDaemon(namespace: customer, directory: directory, tools: tools)
        frr = daemon
        try daemon.start()
        try daemon.apply(configURL)

        // One GoBGP, AS 7224, one neighbor per VIF, each bound to its Amazon address.
        let speaker = try GoBGPSpeaker(
            namespace: aws, directory: directory.appendingPathComponent("gobgp"), tools: tools,
            localAddress: neighbors[0].peerAddress!, peerAddress: neighbors[0].localAddress!.address)
        gobgpd = speaker
        try speaker.start(
            routerID: neighbors[0].peerAddress!.description, asn: 7224,
            neighbors: neighbors.map { neighbor in
                var password: String?
                if case .value(let key)? = neighbor.authKey { password = key.text }
                return GoBGPSpeaker.Neighbor(
                    address: neighbor.localAddress!.address, localAddress: neighbor.peerAddress!, asn: plan.localASN,
                    password: password)
            })
        func gobgp(_ arguments: [String]) throws -> String { try speaker.gobgp(arguments, timeout: 30) }

        // Every session Established, then every VIF's advertisement in GoBGP's RIB.
        let peers = Dictionary(
            uniqueKeysWithValues: neighbors.map { ($0.localAddress!.address.description, $0.virtualInterface) })
        let up = try LabCommand.waitUntil(timeout: 30, interval: 0.25) {
            try neighbors.allSatisfy { ["established", "6"].contains(try speaker.state(of: $0.localAddress!.address)) }
        }
        try #require(up, "sessions not Established in 30 s: \(daemon.logTail) \(speaker.logTail)")
        let exported = Set(neighbors.flatMap { $0.exportPolicy.entries.map(\.prefix) })
        var rib: [IPPrefix: [(vif: String, best: Bool)]] = [:]
        _ = try LabCommand.waitUntil(timeout: 20, interval: 0.25) {
            rib = try Self.parseRIB(try gobgp(["-j", "global", "rib", "-a", "ipv4"]), peers: peers)
            return exported.allSatisfy { prefix in
                let vifs = Set(rib[prefix]?.map(\.vif) ?? [])
                return neighbors.allSatisfy { neighbor in
                    !neighbor.exportPolicy.entries.contains { $0.prefix == prefix }
                        || vifs.contains(neighbor.virtualInterface)
                }
            }
        }

        return simulation.returnPath.map { path in
            // GoBGP's longest match for the agent source, as AWS's forwarding would look it up.
            let covering = rib.keys.filter { $0.contains(path.agentSource) }.max { $0.length < $1.length }
            let paths = covering.flatMap { rib[$0] } ?? []
            return Outcome(
                agentSource: path.agentSource, preferred: path.preferred,
                gobgpBest: paths.first { $0.best }?.vif, gobgpPaths: paths.map(\.vif).sorted())
        }
    }

    /// `gobgp -j global rib`: prefix → paths, each named by the VIF of its neighbor, with `best`.
    static func parseRIB(_ text: String, peers: [String: String]) throws -> [IPPrefix: [(vif: String, best: Bool)]] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        var rib: [IPPrefix: [(vif: String, best: Bool)]] = [:]
        for (key, value) in object {
            guard let prefix = IPPrefix(key), let paths = value as? [[String: Any]] else { continue }
            rib[prefix] = paths.compactMap { path in
                let neighbor = "\(path["neighbor-ip"] ?? path["source-id"] ?? "")"
                guard let vif = peers[neighbor] else { return nil }
                return (vif, (path["best"] as? Bool) ?? false)
            }
        }
        return rib
    }
}
