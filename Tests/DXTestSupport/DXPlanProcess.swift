import DXCore
import DXPlan
import Foundation
import Testing

/// Runs the built `dxplan` executable as a child process, for what in-process runs cannot show:
/// a relative `-o` name (the working directory), `/dev/stdout`, standard input, a crash signal.
/// A run that takes longer than `timeout` is killed and reported with status -1 (a hang).
package enum DXPlanProcess {
    package struct Result {
        package var status: Int32
        package var standardOutput: String
        package var standardError: String
    }

    /// The `dxplan` executable next to the test bundle (`swift build` / `swift test` build it).
    package static var binary: URL? {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates.compactMap({ $0 }) {
            let url = folder.appendingPathComponent("dxplan")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    package static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        input: Data? = nil, timeout: Double = 30
    ) throws -> Result? {
        guard let binary else {
            SharedTestData.unavailable(
                "the dxplan executable is not built next to the test bundle (run `swift build` first)")
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let deadline = DispatchTime.now() + timeout
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        let hung = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM
        return Result(
            status: hung
                ? -1
                : process.terminationReason == .uncaughtSignal
                    ? 128 + process.terminationStatus : process.terminationStatus,
            standardOutput: String(decoding: stdout, as: UTF8.self),
            standardError: String(decoding: stderr, as: UTF8.self))
    }
}
