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

/// One lab run (Docs/Lab.md): two namespaces (`aws`, `cust`), one veth pair per VIF with the customer
/// end named like the subinterface (no 802.1Q here; a dual-stack VIF puts both families' addresses
/// on its one veth), one GoBGP per BGP session playing AWS with exactly
/// the routes `dxplan simulate` says AWS advertises, and FRR or BIRD running the generated config.
/// Then the daemon's RIB must equal the simulated learned routes, prefix for prefix, with the
/// plan's local-pref, and GoBGP must receive exactly the advertised prefixes with their
/// communities and prepends. Everything is stopped and deleted in `defer`, also on failure.
struct LabScenario {
    /// The MD5 key exported for every `env:` key of the topology; punctuation on purpose.
    static let key = "dx!lab#key;1"

    var topology: URL
    var vendor: Vendor
    var router: String? = nil

    /// One BGP session of the router under test.
    struct Session {
        var neighbor: NeighborPlan
        var subinterface: String
        var awsRoutes: [MRTWriter.Route]
        var expected: [String: CandidateRoute]
        /// How the daemon names the session: the peer address (FRR) or the protocol (BIRD).
        var source: String
    }

    /// Figures for the report.
    struct Report: CustomStringConvertible {
        var name: String
        var sessions = 0
        var advertised = 0
        var learned = 0
        var ribAdds = 0
        var established = 0.0
        var load = 0.0
        var converge = 0.0
        var total = 0.0
        var description: String {
            String(
                format:
                    "lab %@: %d session(s), %d AWS routes sent, %d learned, %d by rib add; established %.1fs, load %.1fs, converged %.1fs, total %.1fs",
                name, sessions, advertised, learned, ribAdds, established, load, converge, total)
        }
    }

    @discardableResult
    func run(tools: LabRequirements.Tools) throws -> Report {
        let started = Date()
        var report = Report(name: "\(topology.deletingPathExtension().lastPathComponent)/\(vendor.rawValue)")
        // dxplan's side: simulation with routes, plan, config.
        var environment: [String: String] = [:]
        var output = CommandOutput()
        let setup = try #require(
            SimulationSetup.prepare(topologyPath: topology.path, ipRanges: nil, environment: [:], output: &output),
            "\(output.standardError)")
        for peer in setup.topology.virtualInterfaces.flatMap(\.1.peers) {
            if case .environment(let name)? = peer.bgpAuthKey?.value { environment[name] = Self.key }
        }
        let simulation = Simulator.run(setup, options: SimulationOptions(includeRoutes: true))
        let plan = try #require(
            RouterPlanner(input: setup, simulation: simulation, environment: environment).plans(
                router: router, vendor: vendor
            ).first)
        #expect(!plan.findings.hasErrors, "\(plan.findings.map(\.formatted))")
        let config = ConfigRenderer.render(plan)
        #expect(!config.contains("DXPLAN-SET-"))
        let rib = Simulator.rib(setup, scenario: .none)
        let symbols = BIRDConfigRenderer.symbolTable(router: plan.routerName, plan.neighbors.map(\.virtualInterface))
        var sessions: [Session] = []
        for neighbor in plan.neighbors where neighbor.peerAddress != nil && neighbor.localAddress != nil {
            // The session's VIF and family: a dual-stack VIF has one context and one result per family.
            let vif = neighbor.interface.virtualInterface
            let context = try #require(rib.interfaces.first { $0.name == vif && $0.family == neighbor.family })
            let routes = rib.aws.prefixes.filter { $0.prefix.family == neighbor.family }.map { prefix in
                let route = rib.awsRoute(prefix, on: context)
                return MRTWriter.Route(prefix: route.prefix, communities: route.communities, asPath: [7224, 16509])
            }
            let learned =
                simulation.interfaces.first { $0.name == vif && $0.family == neighbor.family }?.routes ?? []
            sessions.append(
                Session(
                    neighbor: neighbor,
                    subinterface: vendor.subinterface(neighbor.interface.parent, vlan: neighbor.interface.vlan),
                    awsRoutes: routes,
                    expected: Dictionary(
                        learned.map { ($0.prefix.description, $0) }, uniquingKeysWith: { first, _ in first }),
                    source: vendor == .bird
                        ? "dx_\(symbols[neighbor.virtualInterface]!)" : neighbor.peerAddress!.description))
        }
        try #require(!sessions.isEmpty, "no session with both addresses in \(topology.lastPathComponent)")
        report.sessions = sessions.count
        report.advertised = sessions.map(\.awsRoutes.count).reduce(0, +)

        // The lab.
        let directory = try PackagePaths.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        var namespaces: [LabNamespace] = []
        var speakers: [GoBGPSpeaker] = []
        var frr: FRRDaemon?
        var bird: BIRDDaemon?
        defer {
            for speaker in speakers { speaker.stop() }
            frr?.stop()
            bird?.stop()
            for namespace in namespaces { namespace.delete() }
            try? FileManager.default.removeItem(at: directory)
        }
        let aws = try LabNamespace(role: "aws", ip: tools("ip"))
        namespaces.append(aws)
        let customer = try LabNamespace(role: "cust", ip: tools("ip"))
        namespaces.append(customer)
        var awsEnds: [String: String] = [:]
        for session in sessions {
            // One veth per subinterface: the sessions of a dual-stack VIF share it.
            let awsEnd = awsEnds[session.subinterface] ?? "aws\(awsEnds.count)"
            if awsEnds[session.subinterface] == nil {
                try customer.addVeth(session.subinterface, peer: aws, peerName: awsEnd)
                awsEnds[session.subinterface] = awsEnd
            }
            let local = session.neighbor.localAddress!
            let peer = session.neighbor.peerAddress!
            try customer.addAddress(
                InterfaceAddressText(text: local.description, isIPv6: local.family == .ipv6),
                device: session.subinterface)
            try aws.addAddress(
                InterfaceAddressText(text: "\(peer)/\(local.prefixLength)", isIPv6: peer.family == .ipv6),
                device: awsEnd)
        }
        let configURL = directory.appendingPathComponent(vendor == .frr ? "frr.conf" : "bird.conf")
        try config.write(to: configURL, atomically: true, encoding: .utf8)
        switch vendor {
        case .frr:
            let daemon = try FRRDaemon(namespace: customer, directory: directory, tools: tools)
            frr = daemon
            try daemon.start()
            try daemon.apply(configURL)
        case .bird:
            let daemon = BIRDDaemon(namespace: customer, directory: directory, tools: tools)
            bird = daemon
            try daemon.start(config: configURL)
        default:
            Issue.record("the lab runs FRR or BIRD, not \(vendor.rawValue)")
            return report
        }
        for (index, session) in sessions.enumerated() {
            let peer = session.neighbor.peerAddress!
            let speaker = try GoBGPSpeaker(
                namespace: aws, directory: directory.appendingPathComponent("gobgp\(index)"), tools: tools,
                localAddress: peer, peerAddress: session.neighbor.localAddress!.address)
            speakers.append(speaker)
            let routerID = peer.family == .ipv4 ? peer.description : "192.0.2.\(index + 1)"
            var password: String?
            if case .value(let key)? = session.neighbor.authKey { password = key.text }
            try speaker.start(routerID: routerID, peerASN: plan.localASN, password: password)
        }
        let establishedStart = Date()
        let up = try LabCommand.waitUntil(timeout: 30, interval: 0.25) {
            try speakers.allSatisfy {
                let state = try $0.state()
                return state == "established" || state == "6"
            }
        }
        let states = speakers.map { (try? $0.state()) ?? "?" }
        try #require(
            up,
            "sessions not Established in 30 s: \(states) \(frr?.logTail ?? bird?.logTail ?? "") \(speakers.map(\.logTail))"
        )
        report.established = Date().timeIntervalSince(establishedStart)

        let loadStart = Date()
        let adds = Failures()
        let loadErrors = Failures()
        let loaders = speakers
        let routeSets = sessions.map(\.awsRoutes)
        DispatchQueue.concurrentPerform(iterations: loaders.count) { index in
            do {
                let count = try loaders[index].load(routeSets[index])
                adds.add(String(count))
            } catch {
                loadErrors.add("\(error)")
            }
        }
        try #require(loadErrors.items.isEmpty, "\(loadErrors.items)")
        report.ribAdds = adds.items.compactMap(Int.init).reduce(0, +)
        report.load = Date().timeIntervalSince(loadStart)

        let convergeStart = Date()
        let expectedCounts = Dictionary(uniqueKeysWithValues: sessions.map { ($0.source, $0.expected.count) })
        func counts() throws -> [String: Int] {
            if let frr {
                var result: [String: Int] = [:]
                for family in Set(sessions.map(\.neighbor.family)) {
                    for (address, value) in try frr.summary(family.rawValue) { result[address] = value.accepted }
                }
                return result
            }
            var result: [String: Int] = [:]
            for session in sessions { result[session.source] = try bird!.routeCount(protocol: session.source) }
            return result
        }
        var lastCounts: [String: Int] = [:]
        var stableSince = Date()
        let converged = try LabCommand.waitUntil(timeout: 60, interval: 0.5) {
            let now = try counts()
            if now != lastCounts {
                lastCounts = now
                stableSince = Date()
            }
            if expectedCounts.allSatisfy({ now[$0.key] == $0.value }) { return true }
            return Date().timeIntervalSince(stableSince) > 8
        }
        report.converge = Date().timeIntervalSince(convergeStart)
        #expect(converged, "customer RIB did not settle: \(lastCounts) vs expected \(expectedCounts)")

        // Compare the daemon's RIB with the simulation, prefix for prefix.
        var learned: [LearnedRoute] = []
        if let frr {
            for family in Set(sessions.map(\.neighbor.family)).sorted() {
                learned += FRRRIBParser.parse(
                    try frr.bgp("show bgp \(family.rawValue) unicast json detail", timeout: 60))
            }
        } else if let bird {
            learned = BIRDRIBParser.parse(try bird.command(["show", "route", "all"], timeout: 60))
        }
        for session in sessions {
            let name = session.neighbor.virtualInterface
            let routes = learned.filter { $0.source == session.source }
            let got = Set(routes.map(\.prefix))
            let want = Set(session.expected.keys)
            report.learned += got.count
            #expect(
                got == want,
                "\(name): \(got.subtracting(want).count) unexpected, e.g. \(got.subtracting(want).sorted().prefix(5)); \(want.subtracting(got).count) missing, e.g. \(want.subtracting(got).sorted().prefix(5))"
            )
            let wrongPreference = routes.filter { $0.localPreference != session.neighbor.importPolicy.localPreference }
            #expect(
                wrongPreference.isEmpty,
                "\(name): local-pref differs from \(session.neighbor.importPolicy.localPreference) on \(wrongPreference.prefix(3))"
            )
            let wrongAttributes = routes.filter { route in
                guard let expected = session.expected[route.prefix] else { return false }
                return route.communities != expected.communities.map(\.description).sorted()
                    || route.asPathLength != expected.asPathLength
            }
            #expect(
                wrongAttributes.isEmpty,
                "\(name): communities or AS_PATH length differ from simulate on \(wrongAttributes.prefix(3))")
        }

        // What AWS received from the customer.
        for (index, session) in sessions.enumerated() {
            let entries = session.neighbor.exportPolicy.entries
            var received: [GoBGPAdjInParser.Path] = []
            _ = try LabCommand.waitUntil(timeout: 10, interval: 0.25) {
                received = try speakers[index].adjIn()
                return received.count >= entries.count
            }
            let want = Set(
                entries.map { entry in
                    GoBGPAdjInParser.Path(
                        prefix: entry.prefix.description,
                        asPath: Array(repeating: plan.localASN.value, count: 1 + entry.prepend),
                        communities: entry.communities.map { "\($0.asn):\($0.local)" }.sorted())
                })
            #expect(
                Set(received) == want,
                "\(session.neighbor.virtualInterface): AWS received \(received), expected \(want)")
        }
        report.total = Date().timeIntervalSince(started)
        print(report)
        return report
    }
}
