import DXTestSupport
import Foundation

@testable import DXModel

/// Reads `ip -j route show` (the kernel FIB of one namespace): each route's destination, type
/// (`unicast`, `blackhole`, `unreachable`, …) and next hops, one per ECMP member.
enum KernelRouteParser {
    struct Route: Equatable {
        var prefix: IPPrefix
        var type: String
        var protocolName: String
        var nextHops: [NextHop]
    }

    struct NextHop: Equatable {
        var gateway: String?
        var device: String?
    }

    static func parse(_ text: String, family: AddressFamily = .ipv4) -> [Route] {
        guard let entries = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            return []
        }
        return entries.compactMap { entry in
            let destination = entry["dst"] as? String ?? ""
            let prefix: IPPrefix?
            if destination == "default" {
                prefix = IPPrefix.defaultRoute(family)
            } else if destination.contains("/") {
                prefix = IPPrefix(destination)
            } else {
                prefix = IPPrefix(destination + (family == .ipv4 ? "/32" : "/128"))
            }
            guard let prefix else { return nil }
            var hops: [NextHop] = []
            if let members = entry["nexthops"] as? [[String: Any]] {
                hops = members.map { NextHop(gateway: $0["gateway"] as? String, device: $0["dev"] as? String) }
            } else if entry["gateway"] != nil || entry["dev"] != nil {
                hops = [NextHop(gateway: entry["gateway"] as? String, device: entry["dev"] as? String)]
            }
            return Route(
                prefix: prefix, type: entry["type"] as? String ?? "unicast",
                protocolName: "\(entry["protocol"] ?? "")", nextHops: hops)
        }
    }
}
