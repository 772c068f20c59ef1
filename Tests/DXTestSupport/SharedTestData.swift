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
import Testing

/// Locates `/work/shared/data`-style test inputs and python3, and reports missing ones: a test
/// failure when `CI=true`, otherwise a printed skip reason.
package enum SharedTestData {
    /// `$DXPLAN_SHARED_DATA`, else `<package root>/../shared/data` (a CI checkout), else
    /// `<package root>/../../shared/data` if that exists (a nested working copy).
    package static func directory() -> URL {
        if let override = ProcessInfo.processInfo.environment["DXPLAN_SHARED_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        let root = PackagePaths.root
        let beside = root.deletingLastPathComponent().appendingPathComponent("shared/data", isDirectory: true)
        let above = root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data", isDirectory: true)
        if !FileManager.default.fileExists(atPath: beside.path), FileManager.default.fileExists(atPath: above.path) {
            return above
        }
        return beside
    }

    package static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Records a failure on CI, prints a skip notice elsewhere.
    package static func unavailable(_ reason: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if isCI {
            Issue.record("required test input missing on CI: \(reason)", sourceLocation: sourceLocation)
        } else {
            print("skipping: \(reason)")
        }
    }

    /// The data file `name`, or nil (after reporting) if it does not exist.
    package static func file(_ name: String) -> URL? {
        let url = directory().appendingPathComponent(name)
        if FileManager.default.isReadableFile(atPath: url.path) { return url }
        unavailable("\(url.path) not found (set DXPLAN_SHARED_DATA to the shared data directory)")
        return nil
    }

    /// The python3 executable, or nil (after reporting).
    package static func python() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        unavailable("python3 not found on PATH")
        return nil
    }

    /// Runs `python3 -c script args...` and returns its standard output lines.
    package static func runPython(_ python: URL, script: String, arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailed(status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    package struct PythonFailed: Error {
        package var status: Int32
    }

    /// Every `ip_prefix` and `ipv6_prefix` of an AWS ip-ranges.json file, as written.
    package static func awsPrefixTexts(_ url: URL) throws -> [String] {
        let data = try Data(contentsOf: url)
        let object = try JSONSerialization.jsonObject(with: data)
        guard let root = object as? [String: Any] else { return [] }
        var texts: [String] = []
        for (listKey, itemKey) in [("prefixes", "ip_prefix"), ("ipv6_prefixes", "ipv6_prefix")] {
            for item in root[listKey] as? [[String: Any]] ?? [] {
                if let text = item[itemKey] as? String { texts.append(text) }
            }
        }
        return texts
    }
}
