import DXCore
import Foundation

/// What a command prints, collected so that the CLI can run in-process in tests.
public struct CommandOutput: Sendable {
    public var standardOutput = ""
    public var standardError = ""
    public var status: ExitStatus = .success
    /// Why the command line could not be run (status 64), for callers that compare codes.
    public var usageError: UsageError?

    public init() {}

    mutating func out(_ text: String) { standardOutput += text }
    mutating func err(_ text: String) { standardError += text }

    /// `Error: message` and then `hint` (the command's one-line usage and where its help is) on
    /// stderr, as swift-argument-parser prints them; exit status 64.
    mutating func fail(_ error: UsageError, hint: String) {
        err("Error: \(error.message)\n\(hint)")
        status = .usage
        usageError = error
    }
}
