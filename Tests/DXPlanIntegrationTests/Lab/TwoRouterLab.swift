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

/// The two-router lab (Docs/Lab.md): every router of the topology runs FRR in its own namespace
/// with the file `dxplan config --output-dir` wrote for it, unmodified (iBGP full mesh over the
/// router_id loopbacks, the VIF sessions, the ISP session); ONE GoBGP plays AWS with a session per
/// VIF and the routes `simulate` says AWS advertises, one GoBGP per ISP sends the default route.
/// The lab supplies what the customer's network would: the links (one veth per VIF, per ISP and
/// per pair of routers) and the routes that reach the other routers' loopbacks.
///
/// Then, for the base case and (with `eachFailure`) after each single failure `simulate
/// --each-failure` lists, applied in the lab (a VIF, connection or location: its links set down; a
/// router: its daemons stopped; an ISP: its link set down) and undone afterwards:
/// - every running router's kernel FIB, followed from router to router, sends each segment of the
///   Connect media and signaling ranges where `simulate --format json` says: Direct Connect on
///   that VIF, the Internet via that ISP, or nowhere;
/// - GoBGP's best path (as AWS) to each agent source leaves on a VIF of `returnPath[].preferred`.
/// Every wait is a bounded poll.
struct TwoRouterLab {
    /// The MD5 key exported for every `env:` key of the topology; punctuation on purpose.
    static let key = "dx!lab#key;1"

    /// The topology text to run.
    var text: String
    /// Also run every single failure of `simulate --each-failure` (else the base case only).
    var eachFailure: Bool

    /// Where traffic leaves the network.
    enum Exit: Hashable, Comparable, CustomStringConvertible {
        case directConnect(String)
        case internet(String)
        /// No route, a discard route, or a router whose daemons are stopped.
        case none
        /// Anything the lab did not expect (an unknown device, a forwarding loop).
        case unexpected(String)

        var description: String {
            switch self {
            case .directConnect(let vif): "direct-connect \(vif)"
            case .internet(let uplink): "internet \(uplink)"
            case .none: "none"
            case .unexpected(let what): "unexpected (\(what))"
            }
        }
    }

    /// One element of `simulate --format json` (with `--each-failure`, one per run).
    struct Prediction {
        var failed: [String]
        /// Every segment of the media and signaling ranges, with its exits (several: multipath).
        var segments: [(prefix: IPPrefix, exits: Set<Exit>)]
        var returnPath: [(agentSource: IPPrefix, preferred: [String])]
        /// The VIFs simulate has down (`interfaces[].live` false): failed themselves or by their
        /// connection, location or router.
        var downVirtualInterfaces: Set<String>
        var label: String { failed.isEmpty ? "base case" : "--fail \(failed.joined(separator: " --fail "))" }
    }

    /// One router of the lab.
    final class Router {
        let plan: RouterPlan
        let namespace: LabNamespace
        let frr: FRRDaemon
        let config: URL
        /// What each device of the namespace leads to.
        var devices: [String: Hop] = [:]
        var running = false

        init(plan: RouterPlan, namespace: LabNamespace, frr: FRRDaemon, config: URL) {
            self.plan = plan
            self.namespace = namespace
            self.frr = frr
            self.config = config
        }

        var name: String { plan.routerName }

        func start() throws {
            try frr.start()
            try frr.apply(config)
            running = true
        }

        func stop() {
            frr.stop()
            running = false
        }
    }

    /// What the lab does for a failure: routers whose daemons it stops, links it sets down.
    struct LabAction: Equatable {
        struct Link: Hashable {
            var router: String
            var device: String
        }
        var stoppedRouters: Set<String>
        var downLinks: Set<Link> = []
    }

    /// A device's far end: a VIF (AWS), an ISP, or another router.
    enum Hop {
        case virtualInterface(String)
        case uplink(String)
        case router(String)
    }

    /// Figures for the report.
    struct Report: CustomStringConvertible {
        var name = ""
        var states = 0
        var segments = 0
        var agentSources = 0
        /// Base case, per agent source: the VIFs simulate prefers and the one GoBGP chose.
        var baseReturnPath: [(agentSource: IPPrefix, preferred: [String], gobgpBest: String?)] = []
        var bringUp = 0.0
        var slowestConvergence = 0.0
        var total = 0.0
        var description: String {
            String(
                format:
                    "lab %@: %d state(s) checked (%d media/signaling segments, %d agent sources each); up in %.1fs, slowest convergence %.1fs, total %.1fs",
                name, states, segments, agentSources, bringUp, slowestConvergence, total)
        }
    }

    @discardableResult
    func run(tools: LabRequirements.Tools) throws -> Report {
        let started = Date()
        var report = Report(name: eachFailure ? "two-router, each failure" : "two-router, base case")
        let directory = try PackagePaths.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let topologyURL = directory.appendingPathComponent("two-router-lab.yaml")
        try text.write(to: topologyURL, atomically: true, encoding: .utf8)

        // dxplan's side, as an operator runs it: the config files and the simulation as JSON.
        var output = CommandOutput()
        let setup = try #require(
            SimulationSetup.prepare(topologyPath: topologyURL.path, ipRanges: nil, environment: [:], output: &output),
            "\(output.standardError)")
        var environment: [String: String] = [:]
        for peer in setup.topology.virtualInterfaces.flatMap(\.1.peers) {
            if case .environment(let name)? = peer.bgpAuthKey?.value { environment[name] = Self.key }
        }
        let configs = directory.appendingPathComponent("configs")
        let config = try #require(
            try DXPlanProcess.run(
                ["config", topologyURL.path, "--output-dir", configs.path], in: directory, environment: environment,
                timeout: 120))
        try #require(config.status == 0, "dxplan config: status \(config.status): \(config.standardError)")
        let simulate = try #require(
            try DXPlanProcess.run(
                ["simulate", topologyURL.path, "--format", "json"] + (eachFailure ? ["--each-failure"] : []),
                in: directory, timeout: 120))
        try #require(
            simulate.status != 2 && !simulate.standardOutput.isEmpty,
            "dxplan simulate: status \(simulate.status): \(simulate.standardError)")
        let predictions = try Self.predictions(simulate.standardOutput)
        try #require(predictions.first?.failed == [], "the first simulate run is the base case")
        let base = predictions[0]
        report.segments = base.segments.count
        report.agentSources = base.returnPath.count
        try #require(!base.segments.isEmpty && !base.returnPath.isEmpty)

        // The same plans `config` wrote, for the addresses of every session.
        let simulation = Simulator.run(setup)
        let plans = RouterPlanner(input: setup, simulation: simulation, environment: environment).plans(vendor: .frr)
        try #require(plans.count >= 2, "the two-router lab needs two routers")
        // What AWS advertises: the same routes with the same communities on every VIF (all homed
        // in one Region), so one GoBGP speaker with one RIB can play AWS on all of them.
        let rib = Simulator.rib(setup, scenario: .none)
        var awsRoutes: [MRTWriter.Route]?
        for neighbor in plans.flatMap(\.neighbors) where neighbor.peerAddress != nil {
            try #require(neighbor.family == .ipv4, "the two-router lab runs IPv4 VIFs")
            let context = try #require(
                rib.interfaces.first { $0.name == neighbor.virtualInterface && $0.family == neighbor.family })
            let routes = rib.aws.prefixes.filter { $0.prefix.family == .ipv4 }.map { prefix in
                let route = rib.awsRoute(prefix, on: context)
                return MRTWriter.Route(prefix: route.prefix, communities: route.communities, asPath: [7224, 16509])
            }
            if let awsRoutes {
                try #require(
                    routes.map { "\($0.prefix) \($0.communities)" }
                        == awsRoutes.map { "\($0.prefix) \($0.communities)" },
                    "AWS advertises different routes on \(neighbor.virtualInterface): home every VIF in one Region")
            }
            awsRoutes = routes
        }

        // The lab.
        var namespaces: [LabNamespace] = []
        var routers: [Router] = []
        var speakers: [GoBGPSpeaker] = []
        defer {
            for speaker in speakers { speaker.stop() }
            for router in routers { router.stop() }
            for namespace in namespaces { namespace.delete() }
        }
        let aws = try LabNamespace(role: "aws", ip: tools("ip"))
        namespaces.append(aws)
        let isp = try LabNamespace(role: "isp", ip: tools("ip"))
        namespaces.append(isp)
        for (index, plan) in plans.enumerated() {
            let namespace = try LabNamespace(role: "r\(index + 1)", ip: tools("ip"))
            namespaces.append(namespace)
            let frr = try FRRDaemon(
                namespace: namespace, directory: directory.appendingPathComponent("router\(index + 1)"), tools: tools)
            routers.append(
                Router(
                    plan: plan, namespace: namespace, frr: frr,
                    config: configs.appendingPathComponent("\(plan.routerName).conf")))
        }
        var awsNeighbors: [GoBGPSpeaker.Neighbor] = []
        var awsSessions: [(router: Router, vif: String, address: IPAddress)] = []
        var ispSessions: [(router: Router, plan: ISPNeighborPlan)] = []
        for router in routers {
            for neighbor in router.plan.neighbors {
                guard let peer = neighbor.peerAddress, let local = neighbor.localAddress else { continue }
                let device = Vendor.frr.subinterface(neighbor.interface.parent, vlan: neighbor.interface.vlan)
                try router.namespace.addVeth(device, peer: aws, peerName: "aws\(awsNeighbors.count)")
                try router.namespace.addAddress(
                    InterfaceAddressText(text: local.description, isIPv6: false), device: device)
                try aws.addAddress(
                    InterfaceAddressText(text: "\(peer)/\(local.prefixLength)", isIPv6: false),
                    device: "aws\(awsNeighbors.count)")
                router.devices[device] = .virtualInterface(neighbor.virtualInterface)
                var password: String?
                if case .value(let key)? = neighbor.authKey { password = key.text }
                awsSessions.append((router, neighbor.virtualInterface, local.address))
                awsNeighbors.append(
                    GoBGPSpeaker.Neighbor(
                        address: local.address, localAddress: peer, asn: router.plan.localASN, password: password))
            }
            for session in router.plan.ispNeighbors {
                let device = "isp\(ispSessions.count)"
                let length = Self.sharedLength(session.localAddress, session.peerAddress)
                try router.namespace.addVeth(device, peer: isp, peerName: "up\(ispSessions.count)")
                try router.namespace.addAddress(
                    InterfaceAddressText(text: "\(session.localAddress)/\(length)", isIPv6: session.family == .ipv6),
                    device: device)
                try isp.addAddress(
                    InterfaceAddressText(text: "\(session.peerAddress)/\(length)", isIPv6: session.family == .ipv6),
                    device: "up\(ispSessions.count)")
                router.devices[device] = .uplink(session.uplink)
                ispSessions.append((router, session))
            }
        }
        // The customer's own network: one link per pair of routers (192.0.2.128/25, a /31 each) and
        // a route to each other router's loopback over it, as an IGP would provide.
        var link = 0
        for first in routers.indices {
            for second in routers.indices where second > first {
                let a = routers[first]
                let b = routers[second]
                let addressA = "192.0.2.\(128 + 2 * link)"
                let addressB = "192.0.2.\(129 + 2 * link)"
                try a.namespace.addVeth("core\(second + 1)", peer: b.namespace, peerName: "core\(first + 1)")
                try a.namespace.addAddress(
                    InterfaceAddressText(text: "\(addressA)/31", isIPv6: false), device: "core\(second + 1)")
                try b.namespace.addAddress(
                    InterfaceAddressText(text: "\(addressB)/31", isIPv6: false), device: "core\(first + 1)")
                a.devices["core\(second + 1)"] = .router(b.name)
                b.devices["core\(first + 1)"] = .router(a.name)
                let loopbackA = try #require(a.plan.routerID, "\(a.name) has no router_id")
                let loopbackB = try #require(b.plan.routerID, "\(b.name) has no router_id")
                try a.namespace.addRoute(["\(loopbackB)/32", "via", addressB, "dev", "core\(second + 1)"])
                try b.namespace.addRoute(["\(loopbackA)/32", "via", addressA, "dev", "core\(first + 1)"])
                link += 1
            }
        }
        for router in routers { try router.start() }

        // GoBGP as AWS (one speaker, a session per VIF) and one GoBGP per ISP session.
        let awsSpeaker = try GoBGPSpeaker(
            namespace: aws, directory: directory.appendingPathComponent("aws"), tools: tools,
            localAddress: awsNeighbors[0].localAddress, peerAddress: awsNeighbors[0].address)
        speakers.append(awsSpeaker)
        try awsSpeaker.start(
            routerID: awsNeighbors[0].localAddress.description, asn: 7224, neighbors: awsNeighbors, holdTime: 3)
        var ispSpeakers: [GoBGPSpeaker] = []
        for (index, session) in ispSessions.enumerated() {
            let speaker = try GoBGPSpeaker(
                namespace: isp, directory: directory.appendingPathComponent("isp\(index)"), tools: tools,
                localAddress: session.plan.peerAddress, peerAddress: session.plan.localAddress)
            speakers.append(speaker)
            ispSpeakers.append(speaker)
            try speaker.start(
                routerID: session.plan.family == .ipv4
                    ? session.plan.peerAddress.description : "192.0.2.\(100 + index)",
                asn: session.plan.remoteASN.value,
                neighbors: [
                    GoBGPSpeaker.Neighbor(
                        address: session.plan.localAddress, localAddress: session.plan.peerAddress,
                        asn: session.router.plan.localASN, password: nil)
                ], holdTime: 3)
            if session.plan.acceptsDefaultRoute {
                _ = try speaker.gobgp(
                    ["global", "rib", "add", "-a", speaker.afi, IPPrefix.defaultRoute(session.plan.family).description])
            }
        }

        // Everything Established, then AWS's routes loaded.
        func sessionProblems(_ prediction: Prediction) throws -> [String] {
            let scenario = try Self.scenario(prediction.failed, setup: setup)
            var problems: [String] = []
            for router in routers where router.running {
                let summary = try router.frr.summary("ipv4")
                var want: [String: Bool] = [:]
                for neighbor in router.plan.neighbors {
                    guard let peer = neighbor.peerAddress else { continue }
                    want[peer.description] = !prediction.downVirtualInterfaces.contains(neighbor.virtualInterface)
                }
                for neighbor in router.plan.internalNeighbors {
                    want[neighbor.peerAddress.description] =
                        routers.first { $0.name == neighbor.routerName }?.running ?? false
                }
                for session in router.plan.ispNeighbors {
                    want[session.peerAddress.description] = !scenario.downUplinks.contains(session.uplink)
                }
                for (peer, up) in want where (summary[peer]?.state == "Established") != up {
                    problems.append(
                        "\(router.name): session \(peer) \(summary[peer]?.state ?? "absent"), want \(up ? "Established" : "down")"
                    )
                }
            }
            for session in awsSessions {
                let up = session.router.running && !prediction.downVirtualInterfaces.contains(session.vif)
                let state = try awsSpeaker.state(of: session.address)
                if (state == "established" || state == "6") != up {
                    problems.append("AWS session on \(session.vif): \(state), want \(up ? "established" : "down")")
                }
            }
            for (index, session) in ispSessions.enumerated() {
                let up = session.router.running && !scenario.downUplinks.contains(session.plan.uplink)
                let state = try ispSpeakers[index].state()
                if (state == "established" || state == "6") != up {
                    problems.append("ISP session \(session.plan.uplink): \(state), want \(up ? "established" : "down")")
                }
            }
            return problems
        }
        var problems: [String] = []
        let up = try LabCommand.waitUntil(timeout: 40, interval: 0.25) {
            problems = try sessionProblems(base)
            return problems.isEmpty
        }
        try #require(
            up, "sessions not Established in 40 s: \(problems) \(routers.map(\.frr.logTail)) \(awsSpeaker.logTail)")
        try awsSpeaker.load(try #require(awsRoutes))
        report.bringUp = Date().timeIntervalSince(started)

        // One state: sessions as the failure leaves them, then every FIB and AWS's return path as
        // simulate predicts, twice in a row (0.5 s apart) within 60 s.
        let customerPrefixes = setup.topology.customer.prefixes.map(\.value)
        var lastReturnPath: [(agentSource: IPPrefix, preferred: [String], gobgpBest: String?)] = []
        func check(_ prediction: Prediction) throws {
            let checkStart = Date()
            var mismatches: [String] = []
            var matches = 0
            let settled = try LabCommand.waitUntil(timeout: 60, interval: 0.5) {
                mismatches = try sessionProblems(prediction)
                if mismatches.isEmpty {
                    mismatches = try Self.fibMismatches(prediction, routers: routers)
                    let returnPath = try Self.returnPath(
                        prediction, speaker: awsSpeaker, customerPrefixes: customerPrefixes,
                        vifs: Dictionary(
                            uniqueKeysWithValues: routers.flatMap(\.plan.neighbors).compactMap { neighbor in
                                neighbor.localAddress.map { ($0.address.description, neighbor.virtualInterface) }
                            }))
                    lastReturnPath = returnPath.observed
                    mismatches += returnPath.mismatches
                }
                matches = mismatches.isEmpty ? matches + 1 : 0
                return matches >= 2
            }
            let seconds = Date().timeIntervalSince(checkStart)
            report.slowestConvergence = max(report.slowestConvergence, seconds)
            report.states += 1
            print(
                String(
                    format: "two-router lab: %@ %@ after %.1fs", prediction.label,
                    settled ? "matched simulate" : "still differs", seconds))
            guard !settled else { return }
            // What the daemons hold for the first differing prefix, to tell which side is wrong.
            var evidence = ""
            if let first = mismatches.first?.split(separator: " ").first {
                for router in routers where router.running {
                    evidence += "\n\(router.name): " + ((try? router.frr.bgp("show bgp ipv4 unicast \(first)")) ?? "?")
                    evidence += (try? router.frr.bgp("show bgp ipv4 unicast summary")) ?? "?"
                }
            }
            Issue.record(
                "\(prediction.label): \(mismatches.count) difference(s) from simulate after 60 s, e.g. \(mismatches.prefix(8))\(evidence.prefix(6000))"
            )
        }
        try check(base)
        report.baseReturnPath = lastReturnPath
        // Failures that the lab applies the same way (a VIF, its connection, its location) share
        // one lab state, checked against each of their predictions.
        var groups: [(action: LabAction, predictions: [Prediction])] = []
        for prediction in predictions.dropFirst() {
            let scenario = try Self.scenario(prediction.failed, setup: setup)
            var action = LabAction(stoppedRouters: Set(prediction.failed).intersection(routers.map(\.name)))
            for router in routers where !action.stoppedRouters.contains(router.name) {
                for (device, hop) in router.devices {
                    switch hop {
                    case .virtualInterface(let vif) where prediction.downVirtualInterfaces.contains(vif),
                        .uplink(let vif) where scenario.downUplinks.contains(vif):
                        action.downLinks.insert(LabAction.Link(router: router.name, device: device))
                    default: break
                    }
                }
            }
            if let index = groups.firstIndex(where: { $0.action == action }) {
                groups[index].predictions.append(prediction)
            } else {
                groups.append((action, [prediction]))
            }
        }
        for (index, group) in groups.enumerated() {
            for router in routers where group.action.stoppedRouters.contains(router.name) { router.stop() }
            for link in group.action.downLinks {
                try routers.first { $0.name == link.router }!.namespace.setLink(link.device, up: false)
            }
            for prediction in group.predictions { try check(prediction) }
            guard index < groups.count - 1 else { break }
            // Undone, and back to the base case before the next failure.
            for link in group.action.downLinks {
                try routers.first { $0.name == link.router }!.namespace.setLink(link.device, up: true)
            }
            for router in routers where !router.running { try router.start() }
            try check(base)
        }
        report.total = Date().timeIntervalSince(started)
        print(report)
        return report
    }

    /// What a failure name list takes down, as simulate resolves it.
    static func scenario(_ names: [String], setup: SimulationInput) throws -> FailureScenario {
        switch FailureScenario.resolve(names, in: setup.resolved) {
        case .success(let scenario): return scenario
        case .failure(let error): throw LabCommand.Failed(description: "\(names): \(error)")
        }
    }

    /// The prefix length of the smallest subnet holding both ends of an ISP link (at most /30 or
    /// /126, so that neither is the network address).
    static func sharedLength(_ a: IPAddress, _ b: IPAddress) -> Int {
        let maximum = a.family == .ipv4 ? 30 : 126
        var length = maximum
        while length > 0, IPPrefix(containing: a, length: length) != IPPrefix(containing: b, length: length) {
            length -= 1
        }
        return length
    }

    /// Reads `simulate --format json` (one object, or an array with `--each-failure`).
    static func predictions(_ json: String) throws -> [Prediction] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let runs = (object as? [[String: Any]]) ?? [(object as? [String: Any]) ?? [:]]
        return runs.map { run in
            let connect = run["connect"] as? [String: Any] ?? [:]
            var segments: [(prefix: IPPrefix, exits: Set<Exit>)] = []
            for destination in connect["destinations"] as? [[String: Any]] ?? [] {
                guard ["media", "signaling"].contains(destination["role"] as? String ?? "") else { continue }
                for segment in destination["segments"] as? [[String: Any]] ?? [] {
                    guard let prefix = IPPrefix(segment["prefix"] as? String ?? "") else { continue }
                    let via = (segment["via"] as? String ?? "").split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                    let exits: Set<Exit> =
                        switch segment["kind"] as? String {
                        case "direct-connect": Set(via.map { .directConnect($0) })
                        case "internet": Set(via.map { .internet($0) })
                        default: [.none]
                        }
                    segments.append((prefix, exits))
                }
            }
            let returnPath = (connect["returnPath"] as? [[String: Any]] ?? []).compactMap {
                path -> (agentSource: IPPrefix, preferred: [String])? in
                guard let source = IPPrefix(path["agentSource"] as? String ?? "") else { return nil }
                return (source, path["preferred"] as? [String] ?? [])
            }
            let down = (run["interfaces"] as? [[String: Any]] ?? []).filter { ($0["live"] as? Bool) == false }
                .compactMap { $0["name"] as? String }
            return Prediction(
                failed: run["failed"] as? [String] ?? [], segments: segments, returnPath: returnPath,
                downVirtualInterfaces: Set(down))
        }
    }

    /// Every segment whose exits, followed through the kernel FIBs of the running routers from
    /// each running router, differ from the prediction.
    static func fibMismatches(_ prediction: Prediction, routers: [Router]) throws -> [String] {
        var fibs: [String: [IPPrefix: KernelRouteParser.Route]] = [:]
        for router in routers where router.running {
            let routes = KernelRouteParser.parse(try router.namespace.routes())
            fibs[router.name] = Dictionary(routes.map { ($0.prefix, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let byName = Dictionary(uniqueKeysWithValues: routers.map { ($0.name, $0) })
        /// The longest FIB route covering `prefix` on `router`, followed to where traffic leaves.
        func exits(_ prefix: IPPrefix, from router: String, hops: Int) -> Set<Exit> {
            guard let fib = fibs[router], let device = byName[router]?.devices else { return [.none] }
            var route: KernelRouteParser.Route?
            for length in stride(from: prefix.length, through: 0, by: -1) {
                if let covering = IPPrefix(containing: prefix.network, length: length), let found = fib[covering] {
                    route = found
                    break
                }
            }
            guard let route, route.type == "unicast" else { return [.none] }
            var result: Set<Exit> = []
            for hop in route.nextHops {
                switch hop.device.flatMap({ device[$0] }) {
                case .virtualInterface(let vif): result.insert(.directConnect(vif))
                case .uplink(let uplink): result.insert(.internet(uplink))
                case .router(let next):
                    result.formUnion(
                        hops < 4 ? exits(prefix, from: next, hops: hops + 1) : [.unexpected("forwarding loop")])
                case nil: result.insert(.unexpected("\(router) \(route.prefix) dev \(hop.device ?? "?")"))
                }
            }
            return result.isEmpty ? [.unexpected("\(router) \(route.prefix) without next hop")] : result
        }
        var mismatches: [String] = []
        for segment in prediction.segments {
            for router in routers where router.running {
                let got = exits(segment.prefix, from: router.name, hops: 0)
                if got != segment.exits {
                    mismatches.append(
                        "\(segment.prefix) from \(router.name): FIB \(got.sorted()), simulate \(segment.exits.sorted())"
                    )
                }
            }
        }
        return mismatches
    }

    /// GoBGP's best path to each agent source (on the longest covering prefix, as AWS forwards),
    /// and every agent source where it is not on a VIF of `returnPath[].preferred`.
    static func returnPath(
        _ prediction: Prediction, speaker: GoBGPSpeaker, customerPrefixes: [IPPrefix], vifs: [String: String]
    ) throws -> (
        mismatches: [String], observed: [(agentSource: IPPrefix, preferred: [String], gobgpBest: String?)]
    ) {
        var rib: [IPPrefix: [(vif: String, best: Bool)]] = [:]
        for prefix in customerPrefixes where prefix.family == .ipv4 {
            let text = try speaker.gobgp(["-j", "global", "rib", "-a", "ipv4", prefix.description, "longer-prefixes"])
            rib.merge(try ReturnPathLab.parseRIB(text, peers: vifs)) { first, _ in first }
        }
        var mismatches: [String] = []
        var observed: [(agentSource: IPPrefix, preferred: [String], gobgpBest: String?)] = []
        for path in prediction.returnPath {
            let covering = rib.keys.filter { $0.contains(path.agentSource) && !(rib[$0] ?? []).isEmpty }
                .max { $0.length < $1.length }
            let paths = covering.flatMap { rib[$0] } ?? []
            let best = paths.first { $0.best }?.vif
            observed.append((path.agentSource, path.preferred, best))
            if path.preferred.isEmpty ? best != nil : !path.preferred.contains(best ?? "") {
                mismatches.append(
                    "return to \(path.agentSource): GoBGP best \(best ?? "none") via \(covering?.description ?? "no route") (paths \(paths.map(\.vif).sorted())), simulate preferred \(path.preferred)"
                )
            }
        }
        return (mismatches, observed)
    }
}
