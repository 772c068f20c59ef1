/// Why a piece of text is not a valid value (a prefix, an ASN, a community, a speed…).
///
/// The reason says what was found and what was expected; the caller adds the location.
public struct ValueSyntaxError: Error, Equatable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
