import DXCore
import DXModel

/// Escaping for text placed in HTML and inline SVG (HTML Living Standard §13.1, XML 1.0 §2.4):
/// `& < > " '` become character references and control characters (except tab and newline),
/// which XML forbids, and bidirectional controls become spaces. Every topology string goes through it.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FFFE}"
                    || scalar == "\u{FFFF}" || scalar.isBidiControl
                {
                    output += " "
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
