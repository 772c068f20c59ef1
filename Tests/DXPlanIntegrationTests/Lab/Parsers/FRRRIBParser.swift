import DXTestSupport
import Foundation

/// Parses FRR 8.4 `show bgp <afi> unicast json detail`: `routes` maps a prefix to an array whose
/// first element describes the prefix and whose others are paths (Docs/Lab.md: only the
/// `detail` form has communities, with NO_EXPORT spelled `noExport`). Only valid paths are kept.
enum FRRRIBParser {
    static func parse(_ text: String) -> [LearnedRoute] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let routes = object["routes"] as? [String: Any]
        else { return [] }
        var result: [LearnedRoute] = []
        for (prefix, value) in routes {
            for case let path as [String: Any] in value as? [Any] ?? [] where path["aspath"] != nil {
                guard path["valid"] as? Bool == true else { continue }
                let peer = (path["peer"] as? [String: Any])?["peerId"] as? String ?? ""
                let list = ((path["community"] as? [String: Any])?["list"] as? [String]) ?? []
                let communities = list.map(normalize).sorted()
                let length = (path["aspath"] as? [String: Any])?["length"] as? Int ?? 0
                let best = (path["bestpath"] as? [String: Any])?["overall"] as? Bool ?? false
                result.append(
                    LearnedRoute(
                        prefix: prefix, source: peer, localPreference: path["locPrf"] as? Int, communities: communities,
                        asPathLength: length, isBest: best))
            }
        }
        return result
    }

    /// FRR's JSON names for well-known communities, in dxplan's spelling.
    static func normalize(_ community: String) -> String {
        switch community {
        case "noExport": "no-export"
        case "noAdvertise": "no-advertise"
        case "localAs": "no-export-subconfed"
        case "noPeer": "no-peer"
        case "blackhole": "blackhole"
        case "gracefulShutdown": "graceful-shutdown"
        default: community
        }
    }
}
