import DXTestSupport
import Foundation

/// Parses `gobgp -j neighbor PEER adj-in -a AFI`: prefix → paths, attributes by type code
/// (2 AS_PATH with `as_paths[].asns`, 8 COMMUNITIES as 32-bit values, RFC 1997).
enum GoBGPAdjInParser {
    struct Path: Hashable {
        var prefix: String
        var asPath: [UInt32]
        /// `asn:local` text, sorted.
        var communities: [String]
    }

    static func parse(_ text: String) throws -> [Path] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
        var result: [Path] = []
        for (prefix, value) in object {
            for case let path as [String: Any] in value as? [Any] ?? [] {
                var asPath: [UInt32] = []
                var communities: [String] = []
                for case let attribute as [String: Any] in path["attrs"] as? [Any] ?? [] {
                    switch attribute["type"] as? Int {
                    case 2:
                        for case let segment as [String: Any] in attribute["as_paths"] as? [Any] ?? [] {
                            asPath += (segment["asns"] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.uint32Value }
                        }
                    case 8:
                        communities = (attribute["communities"] as? [Any] ?? []).compactMap {
                            ($0 as? NSNumber)?.uint32Value
                        }.map { "\($0 >> 16):\($0 & 0xFFFF)" }.sorted()
                    default:
                        break
                    }
                }
                result.append(Path(prefix: prefix, asPath: asPath, communities: communities))
            }
        }
        return result
    }
}
