import DXCore
import DXInput
import DXModel

/// What one `ranges update` did: its outcome, the lines for standard output and standard error,
/// and the exit status (README "Exit status": 0 current, 1 refused older file, 2 failure).
public struct IPRangesUpdateReport: Sendable {
    public enum Outcome: String, Sendable {
        /// There was no file; it was written.
        case created
        /// The file was replaced by a newer one.
        case updated
        /// HTTP 200 with the same syncToken: the file is kept, the validators are refreshed.
        case unchanged
        /// HTTP 304: the file is current and untouched.
        case notModified
        /// The download is valid but older than the file (a stale mirror or cache); the file is kept.
        case olderRefused
        /// Download, validation or writing failed; the file is untouched.
        case failed
    }

    public var outcome: Outcome
    public var lines: [String] = []
    public var errors: [String] = []

    public init(outcome: Outcome) {
        self.outcome = outcome
    }

    public var status: ExitStatus {
        switch outcome {
        case .created, .updated, .unchanged, .notModified: .success
        case .olderRefused: .checksFailed
        case .failed: .unusableInput
        }
    }

    /// Standard output text.
    public var standardOutput: String { lines.map { $0 + "\n" }.joined() }
    /// Standard error text.
    public var standardError: String { errors.map { $0 + "\n" }.joined() }

    /// `syncToken …, createDate …, N entries`.
    static func stamp(_ ranges: AWSIPRanges) -> String {
        "syncToken \(ranges.syncToken), createDate \(ranges.createDate), \(ranges.entries.count) entr\(ranges.entries.count == 1 ? "y" : "ies")"
    }
}
