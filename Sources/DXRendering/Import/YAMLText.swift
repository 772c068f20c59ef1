/// Text from the AWS API spelled safely in YAML: a double-quoted scalar, or a comment, that can
/// never end its line or start another (dxplan-topology-format, Docs/YAMLSubset.md).
///
/// Quotes and backslashes are escaped; control characters, U+0085, the line and paragraph
/// separators and the bidirectional formatting characters become `\uXXXX` escapes (in a scalar)
/// or the same spelling (in a comment), so a name holding a newline stays one line.
package enum YAMLText {
    /// `"text"` with the YAML subset's escapes.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result += visible(scalar)
            }
        }
        return result + "\""
    }

    /// One comment line's text: nothing in it can end the line.
    package static func comment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars { result += visible(scalar) }
        return result
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
            0xFEFF:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return String(scalar)
        }
    }
}
