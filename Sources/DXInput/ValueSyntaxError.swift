import DXModel

/// Why a piece of text is not a valid value (a prefix, an ASN, a community, a speed…).
///
/// The reason says what was found and what was expected; the caller adds the location.
/// ``code`` is the stable part, and two errors are equal when their codes are.
public struct ValueSyntaxError: Error, Hashable, Sendable {
    public var code: Code
    public var reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    /// A model value's parse error, with its code and message.
    public init(_ error: ValueParseError) {
        self.init(Code(error.code.rawValue), error.message)
    }

    public static func == (lhs: ValueSyntaxError, rhs: ValueSyntaxError) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
