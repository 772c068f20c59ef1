/// How input text appears inside an error message: at most ``maximumLength`` characters, then an
/// ellipsis, with control, line-separator and bidirectional formatting characters escaped, so a
/// message is always one short printable line whatever the input holds (a 1 MB value gives an
/// 80-character quote, a right-to-left override shows as `\u{202e}`).
///
/// Every error that repeats a value from a file or the command line goes through this helper.
public enum MessageValue {
    /// Characters (Unicode scalars) of a value kept in a message.
    public static let maximumLength = 80
    /// Appended when a value was cut.
    public static let ellipsis = "…"

    /// `text` cut to ``maximumLength`` scalars (plus ``ellipsis`` when cut) and escaped.
    public static func shown(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        var kept = String.UnicodeScalarView()
        var count = 0
        for scalar in scalars {
            if count == maximumLength { return String(kept).debugEscaped + ellipsis }
            kept.append(scalar)
            count += 1
        }
        return String(kept).debugEscaped
    }

    /// ``shown(_:)`` in single quotes: `'value'`.
    public static func quoted(_ text: some StringProtocol) -> String {
        "'" + shown(text) + "'"
    }

    /// Bytes of unknown encoding (invalid UTF-8 is shown as U+FFFD), as ``shown(_:)``.
    public static func shown(bytes: some Collection<UInt8>) -> String {
        shown(String(decoding: bytes.prefix(maximumLength * 4 + 4), as: UTF8.self))
    }
}
