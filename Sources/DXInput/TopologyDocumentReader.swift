import DXCore
import DXModel
import Foundation

/// Chooses the JSON or YAML reader for a topology file by its extension.
public enum TopologyDocumentReader {
    /// The syntax a file is read with.
    public enum Format: Equatable, Sendable {
        case yaml
        case json
    }

    /// `.json` (any case) is JSON; `.yaml`, `.yml` and everything else is the YAML subset.
    public static func format(forPath path: String) -> Format {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .yaml }
        return name[name.index(after: dot)...].lowercased() == "json" ? .json : .yaml
    }

    /// Parses `bytes` as the format of `file`, which is also the name used in locations.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> YAMLNode {
        switch format(forPath: file) {
        case .json: return try JSONReader.parse(bytes, file: file)
        case .yaml: return try YAMLReader.parse(bytes, file: file)
        }
    }

    /// Parses data read from `file`.
    public static func parse(_ data: Data, file: String) throws(InputError) -> YAMLNode {
        try parse([UInt8](data), file: file)
    }
}
