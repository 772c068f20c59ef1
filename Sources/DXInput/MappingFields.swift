import DXCore
import DXModel

/// The entries of one mapping node, looked up by key, after unknown keys have been reported.
struct MappingFields {
    /// Where the mapping starts; missing-key errors point here.
    var location: SourceLocation
    /// What the mapping is, for messages: "connection 'dx-iad-1'".
    var context: String
    private var entries: [String: YAMLMappingEntry]

    init(location: SourceLocation, context: String, entries: [YAMLMappingEntry]) {
        self.location = location
        self.context = context
        self.entries = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The value of `key`, or nil when the key is absent or its value is null.
    subscript(key: String) -> YAMLNode? {
        guard let node = entries[key]?.value else { return nil }
        if case .scalar(let scalar) = node.kind, scalar.isNull { return nil }
        return node
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// Where `key` itself is written, nil when it is absent.
    func keyLocation(_ key: String) -> SourceLocation? { entries[key]?.keyLocation }
}
