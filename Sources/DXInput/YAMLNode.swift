import DXCore
import DXModel

/// One node of a parsed YAML-subset or JSON document, with the location where it starts.
///
/// The reader does not type scalars: `true`, `42` and `~` are all scalars here, and the
/// topology decoder decides what they mean (Docs/YAMLSubset.md).
public struct YAMLNode: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case scalar(YAMLScalar)
        /// Keys in document order; the reader rejects duplicate keys.
        case mapping([YAMLMappingEntry])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A scalar as written: its text after unquoting, and how it was quoted.
public struct YAMLScalar: Equatable, Sendable {
    public enum Style: Equatable, Sendable {
        /// Unquoted YAML scalar, or a JSON number, `true`, `false` or `null`.
        case plain
        case singleQuoted
        /// Double-quoted YAML scalar or JSON string.
        case doubleQuoted
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// A plain `~`, `null` or empty scalar: YAML's null. Quoted text is never null.
    public var isNull: Bool {
        style == .plain && (text.isEmpty || text == "~" || text == "null")
    }
}

/// One `key: value` pair of a mapping; the key keeps its own location for unknown-key errors.
public struct YAMLMappingEntry: Equatable, Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode

    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
