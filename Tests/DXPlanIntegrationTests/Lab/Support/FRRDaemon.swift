import DXTestSupport
import Foundation

/// FRR 8.4 in a namespace as plain child processes (zebra, staticd, bfdd, bgpd), sockets and pid
/// files in a directory owned by user `frr` (zebra always drops to it), started with an empty
/// config and then configured with `vtysh -f GENERATED.conf`, as an operator would (Docs/Lab.md).
final class FRRDaemon {
    let namespace: LabNamespace
    let directory: URL
    let tools: LabRequirements.Tools
    private(set) var daemons: [LabDaemon] = []

    init(namespace: LabNamespace, directory: URL, tools: LabRequirements.Tools) throws {
        self.namespace = namespace
        self.directory = directory.appendingPathComponent("frr")
        self.tools = tools
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes(
            [.ownerAccountName: "frr", .groupOwnerAccountName: "frr"], ofItemAtPath: self.directory.path)
    }

    /// Starts the four daemons and waits (bounded) for their vty sockets; the sockets of an
    /// earlier run (a router restarted by the two-router lab) are removed first.
    func start() throws {
        let dir = directory.path
        for file in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        where file.hasSuffix(".vty") || file.hasSuffix(".api") || file.hasSuffix(".sock") {
            try? FileManager.default.removeItem(atPath: "\(dir)/\(file)")
        }
        let common = ["-z", "\(dir)/zserv.api", "--vty_socket", dir, "-P", "0", "-f", "/dev/null"]
        for daemon in ["zebra", "staticd", "bfdd", "bgpd"] {
            var arguments = common + ["-i", "\(dir)/\(daemon).pid", "--log", "file:\(dir)/\(daemon).log"]
            if daemon == "bgpd" { arguments.append("-S") }
            if daemon == "bfdd" { arguments += ["--bfdctl", "\(dir)/bfdd.sock"] }
            let started = try LabDaemon(
                name: daemon, executable: tools("ip"), arguments: namespace.exec(tools(daemon), arguments),
                logURL: directory.appendingPathComponent("\(daemon).out"))
            daemons.append(started)
            let socket = daemon == "zebra" ? "\(dir)/zserv.api" : "\(dir)/\(daemon).vty"
            guard
                LabCommand.waitUntil(
                    timeout: 10,
                    {
                        FileManager.default.fileExists(atPath: socket)
                            && FileManager.default.fileExists(atPath: "\(dir)/\(daemon).vty")
                    })
            else {
                throw LabCommand.Failed(description: "\(daemon) did not open its sockets in 10 s: \(started.logTail)")
            }
        }
    }

    /// Applies an integrated configuration file with vtysh.
    func apply(_ config: URL) throws {
        let result = try LabCommand.run(
            tools("ip"), namespace.exec(tools("vtysh"), ["--vty_socket", directory.path, "-f", config.path]),
            timeout: 180)
        guard result.succeeded, !result.output.contains("Unknown command"), !result.error.contains("Unknown command")
        else {
            throw LabCommand.Failed(
                description:
                    "vtysh -f failed (status \(result.status)): \(result.output.prefix(2000)) \(result.error.prefix(2000))"
            )
        }
    }

    /// One vtysh command against bgpd.
    func bgp(_ command: String, timeout: TimeInterval = 30) throws -> String {
        try LabCommand.check(
            tools("ip"), namespace.exec(tools("vtysh"), ["--vty_socket", directory.path, "-d", "bgpd", "-c", command]),
            timeout: timeout)
    }

    /// Accepted-prefix count per neighbor address from `show bgp <afi> unicast summary json`, with its state.
    func summary(_ family: String) throws -> [String: (state: String, accepted: Int)] {
        let text = try bgp("show bgp \(family) unicast summary json")
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let peers = object["peers"] as? [String: Any]
        else { return [:] }
        var result: [String: (state: String, accepted: Int)] = [:]
        for (address, value) in peers {
            guard let peer = value as? [String: Any] else { continue }
            result[address] = (peer["state"] as? String ?? "", peer["pfxRcd"] as? Int ?? 0)
        }
        return result
    }

    func stop() {
        for daemon in daemons.reversed() { daemon.stop() }
        daemons = []
    }

    var logTail: String { daemons.map { "\($0.name): \($0.logTail)" }.joined(separator: "\n") }
}
