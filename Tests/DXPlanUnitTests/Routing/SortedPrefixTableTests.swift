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
}
