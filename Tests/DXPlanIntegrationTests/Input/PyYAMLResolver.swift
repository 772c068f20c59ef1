import DXTestSupport

/// Mirrors PyYAML's YAML 1.1 implicit resolvers (resolver.py) for plain scalars, so our
/// untyped plain scalars can be compared with `yaml.safe_load` output.
///
/// Only null, bool and decimal integers are resolved to values; other typed forms (floats,
/// octal/hex/binary/sexagesimal integers, timestamps, `<<`, `=`) are reported as `.other`.
enum PyYAMLResolver {
    enum Resolved: Equatable {
        case null
        case bool(Bool)
        /// Decimal integer, normalised like Python's `str(int)`.
        case int(String)
        case string(String)
        /// A YAML 1.1 type the comparison does not model (name of the resolver).
        case other(String)
    }

    nonisolated(unsafe) private static let bool = try! Regex(
        "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF")
    nonisolated(unsafe) private static let float = try! Regex(
        #"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"#
    )
    nonisolated(unsafe) private static let int = try! Regex(
        #"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"#
    )
    nonisolated(unsafe) private static let decimal = try! Regex(#"[-+]?(?:0|[1-9][0-9]*)"#)
    nonisolated(unsafe) private static let null = try! Regex("~|null|Null|NULL|")
    nonisolated(unsafe) private static let timestamp = try! Regex(
        #"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"#
    )

    /// What PyYAML's `safe_load` makes of the plain scalar `text`.
    static func resolve(plain text: String) -> Resolved {
        if (try? null.wholeMatch(in: text)) != nil { return .null }
        if (try? bool.wholeMatch(in: text)) != nil {
            return .bool(["yes", "true", "on"].contains(text.lowercased()))
        }
        if (try? int.wholeMatch(in: text)) != nil {
            guard (try? decimal.wholeMatch(in: text)) != nil else { return .other("int") }
            var digits = Substring(text)
            var negative = false
            if digits.first == "+" { digits = digits.dropFirst() }
            if digits.first == "-" {
                negative = true
                digits = digits.dropFirst()
            }
            return .int(negative && digits != "0" ? "-" + digits : String(digits))
        }
        if (try? float.wholeMatch(in: text)) != nil { return .other("float") }
        if (try? timestamp.wholeMatch(in: text)) != nil { return .other("timestamp") }
        if text == "<<" { return .other("merge") }
        if text == "=" { return .other("value") }
        return .string(text)
    }
}
