import DXTestSupport
import Foundation

/// BIRD 2.0 in a namespace as a foreground child process with the generated configuration and a
/// control socket in the test's directory (Docs/Lab.md).
final class BIRDDaemon {
    let namespace: LabNamespace
    let directory: URL
    let tools: LabRequirements.Tools
    private var daemon: LabDaemon?

    init(namespace: LabNamespace, directory: URL, tools: LabRequirements.Tools) {
        self.namespace = namespace
        self.directory = directory
        self.tools = tools
    }

    var socket: String { directory.appendingPathComponent("bird.ctl").path }

    func start(config: URL) throws {
        let arguments = [
            "-f", "-c", config.path, "-s", socket, "-P", directory.appendingPathComponent("bird.pid").path,
        ]
        let started = try LabDaemon(
            name: "bird", executable: tools("ip"), arguments: namespace.exec(tools("bird"), arguments),
            logURL: directory.appendingPathComponent("bird.out"))
        daemon = started
        guard LabCommand.waitUntil(timeout: 10, { FileManager.default.fileExists(atPath: socket) }) else {
            throw LabCommand.Failed(description: "bird did not open its control socket in 10 s: \(started.logTail)")
        }
    }

    func command(_ words: [String], timeout: TimeInterval = 30) throws -> String {
        try LabCommand.check(tools("birdc"), ["-s", socket] + words, timeout: timeout)
    }

    /// Routes a protocol has in its table now (`show route protocol P count`).
    func routeCount(protocol name: String) throws -> Int {
        let text = try command(["show", "route", "protocol", name, "count"])
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count > 2, words[1] == "of", let count = Int(words[0]) { return count }
        }
        return 0
    }

    /// "Established" etc. from `show protocols NAME`.
    func state(protocol name: String) throws -> String {
        let text = try command(["show", "protocols", name])
        return text.split(separator: "\n").last.map(String.init) ?? ""
    }

    func stop() {
        daemon?.stop()
        daemon = nil
    }

    var logTail: String { daemon?.logTail ?? "" }
}
