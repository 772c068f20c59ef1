import DXTestSupport
import Testing

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

@Suite struct SortedPrefixTableTests {
    /// Random prefixes of both families, clustered so that covering and more-specific relations occur.
    static func randomPrefixes(count: Int, seed: UInt64) -> [IPPrefix] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            if Bool.random(using: &generator) {
                let address = IPAddress.v4(IPv4Address(UInt32(truncatingIfNeeded: generator.next() & 0x0F0F_FFFF)))
                return IPPrefix(containing: address, length: Int.random(in: 0...32, using: &generator))!
            }
            let address = IPAddress.v6(
                IPv6Address(
                    high: 0x2600_0000_0000_0000 | (generator.next() & 0x0000_0F00_FF00_0000), low: generator.next()))
            return IPPrefix(containing: address, length: Int.random(in: 0...64, using: &generator))!
        }
    }

    @Test func answersLikeTheTrie() {
        let prefixes = Self.randomPrefixes(count: 3000, seed: 11)
        var trie = PrefixTrie<Int>()
        for (index, prefix) in prefixes.enumerated() { trie.insert(prefix, index) }
        let table = SortedPrefixTable(prefixes.enumerated().map { ($0.element, $0.offset) })
        #expect(table.count == trie.count)
        for query in Self.randomPrefixes(count: 500, seed: 12) + prefixes.prefix(200) {
            #expect(table[exact: query] == trie[exact: query])
            #expect(table.covering(query).map(\.prefix) == trie.covering(query).map(\.prefix), "\(query)")
            #expect(table.covering(query).map(\.value) == trie.covering(query).map(\.value))
            #expect(
                table.moreSpecifics(of: query).map(\.prefix) == trie.moreSpecifics(of: query).map(\.prefix), "\(query)")
        }
    }

    @Test func lastValueWinsAndSortedInputIsKept() {
        let a = IPPrefix("10.0.0.0/8")!
        let b = IPPrefix("10.1.0.0/16")!
        let c = IPPrefix("::/0")!
        let table = SortedPrefixTable(prefixes: [c, b, a, b], values: [1, 2, 3, 4])
        #expect(table.prefixes == [a, b, c])
        #expect(table.values == [3, 4, 1])
        #expect(table.covering(IPPrefix("10.1.2.0/24")!).map(\.prefix) == [b, a])
        #expect(table.moreSpecifics(of: IPPrefix("10.0.0.0/7")!).map(\.prefix) == [a, b])
        #expect(SortedPrefixTable<Int>([]).covering(a).isEmpty)
    }

    /// Default routes given apart answer as if they were in the arrays, first of their family,
    /// and a default route in the arrays wins over them (as an ISP table's own default route).
    @Test func defaultRoutesGivenApartAnswerAsInTheArrays() {
        let sorted = Array(Set(Self.randomPrefixes(count: 2000, seed: 21))).sorted()
        let withoutDefaults = sorted.filter { $0.length > 0 }
        let ownDefault = sorted.filter { $0 == .defaultRoute(.ipv4) }
        for prefixes in [withoutDefaults, withoutDefaults + ownDefault] {
            let values = prefixes.indices.map { $0 + 10 }
            let apart = SortedPrefixTable(
                prefixes: prefixes.sorted(), values: zip(prefixes, values).sorted { $0.0 < $1.0 }.map(\.1),
                defaultRoutes: [(.ipv4, 1), (.ipv6, 1)])
            var entries: [(prefix: IPPrefix, value: Int)] = [(.defaultRoute(.ipv4), 1), (.defaultRoute(.ipv6), 1)]
            entries += zip(prefixes, values).map { ($0, $1) }
            let merged = SortedPrefixTable(entries)
            #expect(apart.count == merged.count)
            for query in Self.randomPrefixes(count: 400, seed: 22) + [.defaultRoute(.ipv4), .defaultRoute(.ipv6)] {
                #expect(apart[exact: query] == merged[exact: query], "\(query)")
                #expect(apart.covering(query).map(\.prefix) == merged.covering(query).map(\.prefix), "\(query)")
                #expect(apart.covering(query).map(\.value) == merged.covering(query).map(\.value), "\(query)")
                #expect(
                    apart.moreSpecifics(of: query).map(\.prefix) == merged.moreSpecifics(of: query).map(\.prefix),
                    "\(query)")
                #expect(
                    apart.moreSpecifics(of: query).map(\.value) == merged.moreSpecifics(of: query).map(\.value),
                    "\(query)")
            }
        }
    }

    /// An ISP table in ascending order is shared with the uplink's routes, not copied.
    @Test func anAscendingTableIsSharedNotCopied() throws {
        let prefixes = Array(Set(Self.randomPrefixes(count: 500, seed: 23))).sorted()
        let table = InternetTable(
            routes: prefixes.map { InternetRoute(prefix: $0, asPath: nil, asPathLength: nil) }, format: .prefixes,
            source: "t")
        let topology = try TopologyFixture.decode(ManyVIFTopology.yaml(2))
        let uplink = UplinkRoutes(
            uplink: topology.internet[0], table: table, assumptions: topology.assumptions)
        let shared = table.prefixes.withUnsafeBufferPointer { mine in
            uplink.routes.prefixes.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress }
        }
        #expect(shared)
        #expect(uplink.pathLength(exactly: prefixes[0]) == topology.assumptions.internetASPathLength)
    }
}
