import DXCore
import Foundation

/// Reads the YAML subset of Docs/YAMLSubset.md into a `YAMLNode` tree.
///
/// Scalars are not typed. Unsupported YAML features are errors at `file:line:col`;
/// columns count Unicode scalars. See Docs/YAMLSubset.md.
public enum YAMLReader {
    /// Deepest nesting of collections accepted; deeper input is an error, never a stack overflow.
    public static let maxDepth = 200

    /// Parses text already decoded as a Swift string.
    public static func parse(_ text: String, file: String) throws(InputError) -> YAMLNode {
        try parse(Array(text.utf8), file: file)
    }

    /// Parses UTF-8 bytes; invalid UTF-8 is an error at the offending byte's line and column.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> YAMLNode {
        let source = try YAMLSourceText(bytes: bytes, file: file)
        var parser = YAMLParser(source: source, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// Parses UTF-8 data, as read from a file.
    public static func parse(_ data: Data, file: String) throws(InputError) -> YAMLNode {
        try parse([UInt8](data), file: file)
    }
}
