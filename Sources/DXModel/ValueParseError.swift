/// Why a piece of text is not a valid address, prefix, ASN or community.
///
/// `message` is a complete sentence fragment naming the offending text and what is wrong with it,
/// e.g. `'198.51.100.1/24' has host bits set (did you mean 198.51.100.0/24?)`, ready to be wrapped
/// in an ``InputError`` with the location of the scalar it came from.
public struct ValueParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was rejected, exactly as given.
    public var input: String
    /// What is wrong, mentioning the input.
    public var message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    public var description: String { message }
}
