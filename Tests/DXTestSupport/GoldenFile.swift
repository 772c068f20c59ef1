import Foundation
import Testing

/// Compares text with a file under `Tests/DXPlanCLITests/Golden`; `DXPLAN_RECORD=1` rewrites the
/// file instead. A mismatch is reported as a line diff.
package enum GoldenFile {
    package static var directory: URL {
        PackagePaths.root.appendingPathComponent("Tests/DXPlanCLITests/Golden")
    }

    package static var recording: Bool { ProcessInfo.processInfo.environment["DXPLAN_RECORD"] == "1" }

    /// Checks `actual` against the golden file at `path` (relative to the Golden folder).
    package static func check(_ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    {
        check(actual, against: directory.appendingPathComponent(path), sourceLocation: sourceLocation)
    }

    /// Checks `actual` against the golden file at `url`.
    package static func check(
        _ actual: String, against url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let name =
            url.path.hasPrefix(directory.path + "/") ? String(url.path.dropFirst(directory.path.count + 1)) : url.path
        if recording {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "golden file \(name) is missing; run the tests with DXPLAN_RECORD=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record(
            "\(name) differs (re-record with DXPLAN_RECORD=1 if intended):\n\(diff(expected: expected, actual: actual))",
            sourceLocation: sourceLocation)
    }

    /// A short line diff: each differing line number with the expected (-) and actual (+) text.
    package static func diff(expected: String, actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let left = index < old.count ? String(old[index]) : nil
            let right = index < new.count ? String(new[index]) : nil
            guard left != right else { continue }
            if lines.count >= limit * 2 {
                lines.append("... more differences")
                break
            }
            lines.append("\(index + 1)- \(left ?? "<no line>")")
            lines.append("\(index + 1)+ \(right ?? "<no line>")")
        }
        return lines.joined(separator: "\n")
    }
}
