import DXCore
import Foundation

/// Reads strict RFC 8259 JSON into the same `YAMLNode` tree as the YAML reader.
///
/// Objects become mappings (duplicate keys are errors), arrays sequences, strings
/// double-quoted scalars, and numbers, `true`, `false`, `null` plain scalars with their literal text.
public enum JSONReader {
    /// Deepest nesting of arrays and objects accepted.
    public static let maxDepth = 200

    /// Parses UTF-8 bytes; errors carry the line and column (in Unicode scalars).
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> YAMLNode {
        var parser = JSONParser(bytes: bytes, file: file, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// Parses UTF-8 data, as read from a file.
    public static func parse(_ data: Data, file: String) throws(InputError) -> YAMLNode {
        try parse([UInt8](data), file: file)
    }

    /// Parses text already decoded as a Swift string.
    public static func parse(_ text: String, file: String) throws(InputError) -> YAMLNode {
        try parse(Array(text.utf8), file: file)
    }
}
