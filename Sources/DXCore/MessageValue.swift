/// How input text appears inside an error message: at most ``maximumLength`` characters, then an
/// ellipsis, with control, line-separator and bidirectional formatting characters escaped, so a
/// message is always one short printable line whatever the input holds (a 1 MB value gives an
/// 80-character quote, a right-to-left override shows as `\u{202e}`).
///
/// Every error that repeats a value from a file or the command line goes through this helper.
/// It lives with the model types, and depends on nothing, so every parser can use it.
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
            if count == maximumLength { return escaped(kept) + ellipsis }
            kept.append(scalar)
            count += 1
        }
        return escaped(kept)
    }

    /// ``shown(_:)`` in single quotes: `'value'`.
    public static func quoted(_ text: some StringProtocol) -> String {
        "'" + shown(text) + "'"
    }

    /// Bytes of unknown encoding (invalid UTF-8 is shown as U+FFFD), as ``shown(_:)``.
    public static func shown(bytes: some Collection<UInt8>) -> String {
        shown(String(decoding: bytes.prefix(maximumLength * 4 + 4), as: UTF8.self))
    }

    /// `\n`, `\r`, `\t`; other control characters, U+2028, U+2029 and the bidirectional
    /// formatting characters (Unicode UAX #9 §2, "Trojan Source", CVE-2021-42574) as `\u{hex}`.
    static func escaped(_ scalars: String.UnicodeScalarView) -> String {
        var result = ""
        for scalar in scalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
