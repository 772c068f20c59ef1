/// Input that cannot be used: a syntax error, a value of the wrong type, an unreadable file.
///
/// Printed compiler-style as `file:line:col: error: message`; the command exits with status 2.
/// ``code`` names what is wrong and is stable; two errors are equal when their codes and
/// locations are (as swift-certificates' `CertificateError` compares codes), so tests compare
/// those and leave the prose free to improve.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Code
    public var location: SourceLocation
    public var message: String

    public init(_ code: Code, _ message: String, at location: SourceLocation) {
        self.code = code
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }

    public static func == (lhs: InputError, rhs: InputError) -> Bool {
        lhs.code == rhs.code && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(location)
    }
}
