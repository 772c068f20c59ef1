import DXCore
import Foundation

/// What a command prints, collected so that the CLI can run in-process in tests.
public struct CommandOutput: Sendable {
    public var standardOutput = ""
    public var standardError = ""
    public var status: ExitStatus = .success

    public init() {}

    mutating func out(_ text: String) { standardOutput += text }
    mutating func err(_ text: String) { standardError += text }
}
