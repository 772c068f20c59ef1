import Foundation
import Testing

/// Golden (snapshot) files beside the tests: compared byte for byte, re-recorded with
/// `DXPLAN_RECORD=1`, and shown as a readable line diff on mismatch.
enum GoldenFile {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["DXPLAN_RECORD"] == "1" }

    /// Checks `actual` against the file at `path` (relative to Tests/DXPlannerTests).
    static func check(_ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = PackagePaths.root.appendingPathComponent("Tests/DXPlannerTests").appendingPathComponent(path)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot record \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(path) is missing: run DXPLAN_RECORD=1 swift test --filter ReportGoldenTests", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(path) differs (re-record with DXPLAN_RECORD=1 if intended):\n\(diff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// The differing lines with their numbers: `-` expected, `+` actual; at most `limit` blocks.
    static func diff(expected: String, actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        var shown = 0
        for index in 0..<max(old.count, new.count) {
            let left = index < old.count ? String(old[index]) : nil
            let right = index < new.count ? String(new[index]) : nil
            guard left != right else { continue }
            shown += 1
            if shown > limit {
                lines.append("… more differences")
                break
            }
            lines.append("line \(index + 1):")
            if let left { lines.append("- \(left)") }
            if let right { lines.append("+ \(right)") }
        }
        return lines.joined(separator: "\n")
    }
}
