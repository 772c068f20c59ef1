/// Why a piece of text is not a valid address, prefix, ASN or community.
///
/// `message` is a complete sentence fragment naming the offending text and what is wrong with it,
/// e.g. `'198.51.100.1/24' has host bits set (did you mean 198.51.100.0/24?)`, ready to be wrapped
/// in an ``InputError`` with the location of the scalar it came from. ``code`` is the stable part:
/// two errors are equal when their codes are, so tests compare codes, not prose.
public struct ValueParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Code
    /// The text that was rejected, exactly as given.
    public var input: String
    /// What is wrong, mentioning the input.
    public var message: String

    public init(_ code: Code, input: String, message: String) {
        self.code = code
        self.input = input
        self.message = message
    }

    public var description: String { message }

    public static func == (lhs: ValueParseError, rhs: ValueParseError) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
