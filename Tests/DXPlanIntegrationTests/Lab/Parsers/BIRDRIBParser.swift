import DXTestSupport
import Foundation

/// Parses BIRD 2.0 `show route all` (BIRD 2.0 has no JSON output, Docs/Lab.md): a route line
/// starts with the network (or with spaces for a further route of the same network) and names its
/// protocol in brackets; attribute lines follow, indented with a tab.
enum BIRDRIBParser {
    static func parse(_ text: String) -> [LearnedRoute] {
        var routes: [LearnedRoute] = []
        var network = ""
        var current: LearnedRoute?
        func flush() {
            if let route = current { routes.append(route) }
            current = nil
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(raw)
            if line.hasPrefix("\t") {
                let attribute = line.trimmingCharacters(in: .whitespaces)
                if attribute.hasPrefix("BGP.local_pref: ") {
                    current?.localPreference = Int(attribute.dropFirst("BGP.local_pref: ".count))
                } else if attribute.hasPrefix("BGP.community: ") {
                    current?.communities = communities(String(attribute.dropFirst("BGP.community: ".count)))
                } else if attribute.hasPrefix("BGP.as_path: ") {
                    current?.asPathLength = attribute.dropFirst("BGP.as_path: ".count).split(separator: " ").count
                }
                continue
            }
            guard let open = line.firstIndex(of: "["), line.contains("]") else { continue }
            flush()
            let head = line[..<open]
            let words = head.split(separator: " ")
            if !line.hasPrefix(" "), let first = words.first, first.contains("/") { network = String(first) }
            let protocolName = line[line.index(after: open)...].split(separator: " ").first.map(String.init) ?? ""
            current = LearnedRoute(
                prefix: network, source: protocolName, localPreference: nil, communities: [], asPathLength: 0,
                isBest: line.contains("] * ("))
        }
        flush()
        return routes
    }

    /// `(7224,8100) (65535,65281)` → `["7224:8100", "no-export"]`, sorted.
    static func communities(_ text: String) -> [String] {
        text.split(separator: " ").map { pair -> String in
            let numbers = pair.trimmingCharacters(in: CharacterSet(charactersIn: "()")).split(separator: ",")
            guard numbers.count == 2, let high = UInt32(numbers[0]), let low = UInt32(numbers[1]) else {
                return String(pair)
            }
            if high == 65535 && low == 65281 { return "no-export" }
            return "\(high):\(low)"
        }.sorted()
    }
}
