import DXPlanning

/// HCL native syntax for the values of a Terraform configuration (`hcl-native-syntax`,
/// Docs/Sources.md): quoted strings with every escape HCL defines, so no topology text can end
/// a string, start an interpolation or a directive, or add a line.
package enum HCLText {
    /// `text` as a quoted HCL string: `\` and `"` escaped, `${` and `%{` doubled to `$${` and
    /// `%%{` (literal, not a template), newline, carriage return and tab as `\n`, `\r`, `\t`, and
    /// every other character outside printable ASCII as `\uNNNN` or `\UNNNNNNNN`, so the output is
    /// ASCII and shows no invisible or reordering character.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "{":
                // `${` / `%{` would start a template sequence; HCL's literal form doubles the sign.
                if let previous, previous == "$" || previous == "%" { result.unicodeScalars.append(previous) }
                result += "{"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFFFF {
                    result += "\\u" + hex(scalar.value, width: 4)
                } else {
                    result += "\\U" + hex(scalar.value, width: 8)
                }
            }
            previous = scalar
        }
        return result + "\""
    }

    /// A value as HCL; lists put one element a line at `indent` + 2 spaces.
    package static func value(_ value: TerraformValue, indent: String) -> String {
        switch value {
        case .string(let text): quoted(text)
        case .number(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .reference(let expression): expression
        case .list(let elements):
            elements.isEmpty
                ? "[]"
                : "[\n" + elements.map { indent + "  " + Self.value($0, indent: indent + "  ") + ",\n" }.joined()
                    + indent + "]"
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
