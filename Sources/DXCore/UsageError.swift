/// A command line that cannot be run: printed as `Error: ...` followed by the command's usage (exit 64).
public struct UsageError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
