import DXTestSupport
import Foundation

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

/// Writes an MRT TABLE_DUMP_V2 file (RFC 6396 §4.3) with one RIB entry per route, for
/// `gobgp mrt inject global FILE`: thousands of routes in one call instead of one process per route.
enum MRTWriter {
    struct Route: Sendable {
        var prefix: IPPrefix
        var communities: [BGPCommunity]
        var asPath: [UInt32]
    }

    static func data(_ routes: [Route], nextHop: IPAddress, timestamp: UInt32 = 1_700_000_000) -> Data {
        var file = Data()
        // PEER_INDEX_TABLE: collector id, empty view name, one peer (IPv4 address, 4-byte AS).
        var index = Data()
        index.append(be32(0xC000_0201))
        index.append(be16(0))
        index.append(be16(1))
        index.append(0x02)
        index.append(be32(0xC000_0201))
        index.append(contentsOf: [192, 0, 2, 1])
        index.append(be32(7224))
        file.append(record(type: 13, subtype: 1, body: index, timestamp: timestamp))
        for (sequence, route) in routes.enumerated() {
            let isIPv6 = route.prefix.family == .ipv6
            var body = Data()
            body.append(be32(UInt32(sequence)))
            body.append(UInt8(route.prefix.length))
            body.append(contentsOf: route.prefix.networkBytes.prefix((route.prefix.length + 7) / 8))
            body.append(be16(1))
            body.append(be16(0))
            body.append(be32(timestamp))
            var attributes = Data()
            attributes.append(attribute(flags: 0x40, type: 1, value: Data([2])))
            var path = Data([2, UInt8(route.asPath.count)])
            for asn in route.asPath { path.append(be32(asn)) }
            attributes.append(attribute(flags: 0x40, type: 2, value: path))
            if isIPv6 {
                let hop = nextHop.family == .ipv6 ? nextHop.bytes : [UInt8](repeating: 0, count: 16)
                // The full RFC 4760 form (AFI 2, SAFI 1, next hop, reserved, NLRI): GoBGP's MRT
                // reader does not take RFC 6396's abbreviated next-hop-only form.
                let nlri =
                    [UInt8(route.prefix.length)] + route.prefix.networkBytes.prefix((route.prefix.length + 7) / 8)
                attributes.append(attribute(flags: 0x80, type: 14, value: Data([0, 2, 1, 16] + hop + [0] + nlri)))
            } else {
                attributes.append(attribute(flags: 0x40, type: 3, value: Data(nextHop.bytes)))
            }
            if !route.communities.isEmpty {
                var value = Data()
                for community in route.communities { value.append(be32(community.value)) }
                attributes.append(attribute(flags: 0xC0, type: 8, value: value))
            }
            body.append(be16(UInt16(attributes.count)))
            body.append(attributes)
            file.append(record(type: 13, subtype: isIPv6 ? 4 : 2, body: body, timestamp: timestamp))
        }
        return file
    }

    private static func record(type: UInt16, subtype: UInt16, body: Data, timestamp: UInt32) -> Data {
        var data = Data()
        data.append(be32(timestamp))
        data.append(be16(type))
        data.append(be16(subtype))
        data.append(be32(UInt32(body.count)))
        data.append(body)
        return data
    }

    private static func attribute(flags: UInt8, type: UInt8, value: Data) -> Data {
        var data = Data()
        if value.count > 255 {
            data.append(contentsOf: [flags | 0x10, type])
            data.append(be16(UInt16(value.count)))
        } else {
            data.append(contentsOf: [flags, type, UInt8(value.count)])
        }
        data.append(value)
        return data
    }

    private static func be16(_ value: UInt16) -> Data { Data([UInt8(value >> 8), UInt8(value & 0xFF)]) }
    private static func be32(_ value: UInt32) -> Data {
        Data([UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}

extension IPAddress {
    /// Network-order bytes: 4 for IPv4, 16 for IPv6 (from the left-aligned 128-bit form).
    var bytes: [UInt8] {
        let all =
            (0..<8).map { UInt8(truncatingIfNeeded: bits.hi >> (56 - 8 * UInt64($0))) }
            + (0..<8).map { UInt8(truncatingIfNeeded: bits.lo >> (56 - 8 * UInt64($0))) }
        return family == .ipv4 ? Array(all.prefix(4)) : all
    }
}

extension IPPrefix {
    /// The network address in network-order bytes.
    var networkBytes: [UInt8] { network.bytes }
}
