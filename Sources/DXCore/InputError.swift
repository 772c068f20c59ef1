/// Input that cannot be used: a syntax error, a value of the wrong type, an unreadable file.
///
/// Printed compiler-style as `file:line:col: error: message`; the command exits with status 2.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}
