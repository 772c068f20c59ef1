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

    /// `Error: message`, a blank line and `help` on stderr; exit status 64.
    mutating func fail(_ error: UsageError, help: String) {
        err("Error: \(error.message)\n\n\(help)")
        status = .usage
        usageError = error
    }
}
