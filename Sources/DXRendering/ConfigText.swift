import DXInput
import DXModel

/// Helpers shared by the configuration renderers.
public enum ConfigText {
    /// Free text made safe for a one-line comment, a description or a quoted string in any
    /// vendor's syntax, keeping ordinary punctuation (`'`, `/`, `:`, `!`, `#`, `,`, `(`, `)`):
    /// control characters become a space (no line can be added), non-ASCII characters `_`, `"`
    /// becomes `'` and `\` becomes `/` (no quoted string can end early), `?` is dropped (IOS and
    /// EOS open CLI help on it when the text is pasted), `;`, `{` and `}` become `,`, `(` and `)`
    /// (no statement or block can end early in Junos or BIRD), and `/*` or `*/` is split (no
    /// block comment can open or close). At most `limit` characters (nil: no limit).
    public static func comment(_ text: String, limit: Int? = 120) -> String {
        var result = ""
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            var out: String
            switch scalar {
            case "\"": out = "'"
            case "\\": out = "/"
            case "?": out = ""
            case ";": out = ","
            case "{": out = "("
            case "}": out = ")"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out = " "
            case _ where scalar.value > 0x7F: out = "_"
            default: out = String(scalar)
            }
            if (previous == "/" && out == "*") || (previous == "*" && out == "/") { out = " " + out }
            if let last = out.unicodeScalars.last { previous = last }
            result += out
        }
        guard let limit else { return result }
        return String(result.prefix(limit))
    }
}
