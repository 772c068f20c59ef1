import DXTestSupport
import Foundation

/// Runs an external program to completion with a bounded wait; output goes through temporary
/// files so a large answer (FRR's 6 MB JSON RIB) cannot fill a pipe and block the child.
enum LabCommand {
    struct Result {
        var status: Int32
        var output: String
        var error: String
        var timedOut: Bool
        var succeeded: Bool { status == 0 && !timedOut }
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// The absolute path of `name` on PATH or in the places Debian puts daemons, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/lib/frr"]
        for directory in directories {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 30) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appendingPathComponent("dxl-out-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent("dxl-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                let grace = Date().addingTimeInterval(2)
                while process.isRunning && Date() < grace { usleep(20_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: output, error: error, timedOut: timedOut)
    }

    /// Runs and throws unless the exit status is 0.
    @discardableResult
    static func check(_ executable: String, _ arguments: [String], timeout: TimeInterval = 30) throws -> String {
        let result = try run(executable, arguments, timeout: timeout)
        guard result.succeeded else {
            throw Failed(
                description:
                    "\(executable) \(arguments.joined(separator: " ")) failed (status \(result.status)\(result.timedOut ? ", timed out" : "")): \(result.error.prefix(2000))\(result.output.prefix(1000))"
            )
        }
        return result.output
    }

    /// Polls `condition` every `interval` until it is true or `timeout` passes; returns its last value.
    static func waitUntil(timeout: TimeInterval, interval: TimeInterval = 0.2, _ condition: () throws -> Bool) rethrows
        -> Bool
    {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if try condition() { return true }
            if Date() > deadline { return false }
            usleep(UInt32(interval * 1_000_000))
        }
    }
}
