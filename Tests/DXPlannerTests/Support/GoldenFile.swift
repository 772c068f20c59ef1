import Foundation
import Testing

/// Compares output with a checked-in golden file; `DXPLAN_RECORD=1` rewrites the file instead.
/// A mismatch is reported as a line diff (the first differing lines with their numbers).
enum GoldenFile {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["DXPLAN_RECORD"] == "1" }

    static func check(_ actual: String, against url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(url.path) is missing; record it with DXPLAN_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(url.lastPathComponent) differs (DXPLAN_RECORD=1 re-records):\n\(diff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// Up to `limit` differing lines as `-N: expected` / `+N: actual`.
    static func diff(expected: String, actual: String, limit: Int = 20) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < limit * 2 {
            let left = index < old.count ? old[index] : nil
            let right = index < new.count ? new[index] : nil
            guard left != right else { continue }
            if let left { lines.append("-\(index + 1): \(left)") }
            if let right { lines.append("+\(index + 1): \(right)") }
        }
        return lines.joined(separator: "\n")
    }
}
