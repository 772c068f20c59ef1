import DXTestSupport
import Foundation

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

/// GoBGP playing AWS (AS 7224) on one VIF: its own gobgpd bound to the Amazon address, MD5 key,
/// next-hop self on export (BIRD drops an UPDATE whose next hop is off the subnet, RFC 7606), and
/// an API on a unix socket. Routes are loaded with `gobgp mrt inject`, then checked and completed
/// with `gobgp global rib add` because the inject drops the tail of the stream (Docs/Lab.md).
final class GoBGPSpeaker: @unchecked Sendable {
    let namespace: LabNamespace
    let directory: URL
    let tools: LabRequirements.Tools
    let localAddress: IPAddress
    let peerAddress: IPAddress
    private var daemon: LabDaemon?

    init(
        namespace: LabNamespace, directory: URL, tools: LabRequirements.Tools, localAddress: IPAddress,
        peerAddress: IPAddress
    ) throws {
        self.namespace = namespace
        self.directory = directory
        self.tools = tools
        self.localAddress = localAddress
        self.peerAddress = peerAddress
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var target: String { "unix://" + directory.appendingPathComponent("gobgp.sock").path }
    var afi: String { peerAddress.family == .ipv4 ? "ipv4" : "ipv6" }

    /// One BGP session of the speaker: the peer, the address the speaker binds to for it, the
    /// peer's AS and the MD5 key.
    struct Neighbor {
        var address: IPAddress
        var localAddress: IPAddress
        var asn: ASN
        var password: String?
    }

    /// AS 7224 with the one neighbor given at `init`.
    func start(routerID: String, peerASN: ASN, password: String?) throws {
        try start(
            routerID: routerID, asn: 7224,
            neighbors: [Neighbor(address: peerAddress, localAddress: localAddress, asn: peerASN, password: password)])
    }

    /// Starts gobgpd as AS `asn` with a session per neighbor (each bound to its own local address),
    /// next hop self on export, and, when given, a short hold time so that a link set down in the
    /// lab ends the session within seconds on this side too (the customer side sees the link go
    /// down at once). Between equal eBGP paths the lower BGP identifier wins
    /// (`external-compare-router-id`), not the older path, so a tie never depends on which session
    /// came up first.
    func start(routerID: String, asn: UInt32, neighbors: [Neighbor], holdTime: Int? = nil) throws {
        var locals: [String] = []
        for neighbor in neighbors where !locals.contains("\"\(neighbor.localAddress)\"") {
            locals.append("\"\(neighbor.localAddress)\"")
        }
        var toml = """
            [global.config]
              as = \(asn)
              router-id = "\(routerID)"
              port = 179
              local-address-list = [\(locals.joined(separator: ", "))]
            [global.apply-policy.config]
              export-policy-list = ["dx-next-hop-self"]
              default-export-policy = "accept-route"
            [global.route-selection-options.config]
              external-compare-router-id = true

            """
        for neighbor in neighbors {
            toml += """
                [[neighbors]]
                  [neighbors.config]
                    neighbor-address = "\(neighbor.address)"
                    peer-as = \(neighbor.asn)

                """
            if let password = neighbor.password { toml += "    auth-password = \"\(password)\"\n" }
            toml += """
                  [neighbors.transport.config]
                    local-address = "\(neighbor.localAddress)"
                  [neighbors.timers.config]
                    connect-retry = 1
                    idle-hold-time-after-reset = 1

                """
            if let holdTime {
                toml += "    hold-time = \(holdTime)\n    keepalive-interval = \(max(1, holdTime / 3))\n"
            }
            toml += """
                  [[neighbors.afi-safis]]
                    [neighbors.afi-safis.config]
                      afi-safi-name = "\(neighbor.address.family == .ipv4 ? "ipv4" : "ipv6")-unicast"

                """
        }
        toml += """
            [[policy-definitions]]
              name = "dx-next-hop-self"
              [[policy-definitions.statements]]
                name = "self"
                [policy-definitions.statements.actions.bgp-actions]
                  set-next-hop = "self"

            """
        let config = directory.appendingPathComponent("gobgpd.toml")
        try toml.write(to: config, atomically: true, encoding: .utf8)
        let arguments = ["-f", config.path, "-t", "toml", "-p", "--api-hosts", target, "--pprof-disable"]
        let started = try LabDaemon(
            name: "gobgpd", executable: tools("ip"), arguments: namespace.exec(tools("gobgpd"), arguments),
            logURL: directory.appendingPathComponent("gobgpd.log"))
        daemon = started
        let socket = directory.appendingPathComponent("gobgp.sock").path
        guard
            LabCommand.waitUntil(
                timeout: 10,
                {
                    FileManager.default.fileExists(atPath: socket)
                        && ((try? LabCommand.run(tools("gobgp"), ["--target", target, "global"], timeout: 5))?.succeeded
                            ?? false)
                })
        else {
            throw LabCommand.Failed(description: "gobgpd did not answer on its API socket in 10 s: \(started.logTail)")
        }
    }

    func gobgp(_ arguments: [String], timeout: TimeInterval = 60) throws -> String {
        try LabCommand.check(tools("gobgp"), ["--target", target] + arguments, timeout: timeout)
    }

    /// Prefixes in the global RIB.
    func globalPrefixes() throws -> Set<String> {
        let text = try gobgp(["-j", "global", "rib", "-a", afi])
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
        return Set(object.keys)
    }

    /// Loads `routes` (all of this speaker's family) and returns how many needed `rib add`.
    @discardableResult
    func load(_ routes: [MRTWriter.Route]) throws -> Int {
        let file = directory.appendingPathComponent("routes.mrt")
        // Padding: the tail of the stream is dropped, so the first routes are repeated at the end (an
        // identical re-announcement changes nothing); whatever is still missing is added one by one.
        let padding = Array(routes.prefix(min(routes.count, 2000)))
        try MRTWriter.data(routes + padding, nextHop: localAddress).write(to: file)
        _ = try gobgp(["mrt", "inject", "global", file.path], timeout: 120)
        var present: Set<String> = []
        // The inject returns before the last updates are in the RIB: wait for the count to settle.
        var previous = -1
        _ = try LabCommand.waitUntil(timeout: 20, interval: 0.5) {
            present = try globalPrefixes()
            defer { previous = present.count }
            return present.count == routes.count || present.count == previous
        }
        let missing = routes.filter { !present.contains($0.prefix.description) }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for (index, route) in missing.enumerated() where index % 4 == worker {
                var arguments = ["global", "rib", "add", "-a", afi, route.prefix.description]
                if !route.communities.isEmpty {
                    arguments += ["community", route.communities.map(\.description).joined(separator: ",")]
                }
                arguments += ["aspath", route.asPath.map(String.init).joined(separator: ",")]
                if (try? gobgp(arguments, timeout: 30)) == nil { failures.add(route.prefix.description) }
            }
        }
        if !failures.items.isEmpty {
            throw LabCommand.Failed(description: "gobgp rib add failed for \(failures.items.prefix(5))")
        }
        return missing.count
    }

    /// Session state as GoBGP reports it ("established", …).
    func state() throws -> String { try state(of: peerAddress) }

    /// The state of the session with `peer`.
    func state(of peer: IPAddress) throws -> String {
        let text = try gobgp(["-j", "neighbor", peer.description])
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let state = object["state"] as? [String: Any]
        else { return "" }
        return "\(state["session_state"] ?? "")"
    }

    /// What the customer sent: `gobgp -j neighbor PEER adj-in -a AFI`.
    func adjIn() throws -> [GoBGPAdjInParser.Path] {
        try GoBGPAdjInParser.parse(gobgp(["-j", "neighbor", peerAddress.description, "adj-in", "-a", afi]))
    }

    func stop() {
        daemon?.stop()
        daemon = nil
    }

    var logTail: String { daemon?.logTail ?? "" }
}

/// Thread-safe collection of failures from concurrent workers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [String] = []
    func add(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }
}
