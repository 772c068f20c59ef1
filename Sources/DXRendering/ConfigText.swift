import DXInput
import DXModel

/// Helpers shared by the configuration renderers.
public enum ConfigText {
    /// Free text made safe for a one-line comment in any vendor's syntax: printable ASCII only,
    /// no comment terminators or quotes, at most 120 characters.
    public static func comment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20 && scalar.value < 0x7F && !"\"'\\;{}*/#!".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_"
            }
        }
        return String(result.prefix(120))
    }
}
