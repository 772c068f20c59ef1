/// A command line that cannot be run: printed as `Error: ...` followed by the command's usage (exit 64).
///
/// ``code`` names what is wrong and is stable; ``message`` is the sentence for people. Like
/// swift-certificates' `CertificateError`, two errors are equal when their codes are, so tests
/// compare codes, not prose.
public struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "UsageError.\(code): \(message)" }

    public static func == (lhs: UsageError, rhs: UsageError) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
