/// The BGP MD5 key of a VIF (RFC 2385). AWS always enables MD5 on Direct Connect sessions
/// (AWS DX User Guide, "What is Direct Connect?"; the API's `authKey` is 6–80 characters).
///
/// `description` never shows a literal key: secrets must not reach reports or logs.
public enum BGPAuthKey: Equatable, Sendable, CustomStringConvertible {
    /// `env:NAME`: read from the environment when a configuration is rendered.
    case environment(String)
    /// A key written in the topology file itself; allowed, but reported as a finding.
    case literal(String)

    /// Whether a key may hold `scalar`: printable ASCII other than space, `"`, `'` and `\`, so a
    /// key can be written unquoted into every vendor's configuration syntax. The one character
    /// rule for keys: the decoder applies it to literal keys, ``SafeBGPKey`` to every key.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "'" && scalar != "\\"
    }

    public var description: String {
        switch self {
        case .environment(let name): "env:\(name)"
        case .literal: "<literal key, redacted>"
        }
    }
}
