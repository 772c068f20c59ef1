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

@Suite struct LongestMatchTableTests {
    private func p(_ text: String) -> IPPrefix { IPPrefix(text)! }
    private func a(_ text: String) -> IPAddress { IPAddress(text)! }

    /// Every address, one at a time and batched, gets the same answer from the table as from
    /// the trie it was built from.
    private func expectSameAnswers(_ table: LongestMatchTable<Int>, _ trie: PrefixTrie<Int>, _ addresses: [IPAddress]) {
        for address in addresses {
            let expected = trie.longestMatch(address)
            let actual = table.longestMatch(address)
            #expect(actual?.prefix == expected?.prefix, "\(address)")
            #expect(actual?.value == expected?.value, "\(address)")
        }
        let v4 = addresses.compactMap { if case .v4(let v4) = $0 { v4 } else { nil } }
        let v6 = addresses.compactMap { if case .v6(let v6) = $0 { v6 } else { nil } }
        var positions: [Int] = []
        table.forEachLongestMatch(v4) { position, match in
            positions.append(position)
            let expected = trie.longestMatch(.v4(v4[position]))
            #expect(match?.prefix == expected?.prefix && match?.value == expected?.value, "\(v4[position])")
        }
        #expect(positions == Array(v4.indices))
        positions = []
        table.forEachLongestMatch(v6) { position, match in
            positions.append(position)
            let expected = trie.longestMatch(.v6(v6[position]))
            #expect(match?.prefix == expected?.prefix && match?.value == expected?.value, "\(v6[position])")
        }
        #expect(positions == Array(v6.indices))
    }

    @Test func emptyTable() throws {
        let table = try #require(LongestMatchTable(PrefixTrie<Int>()))
        #expect(table.count == 0)
        #expect(table.longestMatch(a("192.0.2.1")) == nil)
        #expect(table.longestMatch(a("2001:db8::1")) == nil)
        var called = 0
        table.forEachLongestMatch([IPv4Address(0), IPv4Address(.max)]) { _, match in
            #expect(match == nil)
            called += 1
        }
        #expect(called == 2)
    }

    /// Default routes, host routes at both ends, and nesting at every stride boundary (16, 24,
    /// and for IPv6 every 8 bits down to /128).
    @Test func boundariesAndStrides() throws {
        var trie = PrefixTrie<Int>()
        let texts = [
            "0.0.0.0/0", "0.0.0.0/32", "255.255.255.255/32", "255.255.255.0/25", "10.0.0.0/8", "10.0.0.0/15",
            "10.0.0.0/16", "10.0.0.0/17", "10.0.0.0/23", "10.0.0.0/24", "10.0.0.0/25", "10.0.0.128/31", "10.0.0.129/32",
            "10.1.255.0/24", "10.255.255.254/31",
            "::/0", "::/128", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "2001:db8::/32", "2001:db8::/48",
            "2001:db8::/64", "2001:db8::/65", "2001:db8::/120", "2001:db8::80/121", "2001:db8::ff/128",
            "2001:db8:0:0:8000::/65", "2001:db8:ffff::/48", "2001:db8:0:ff00::/56",
        ]
        for (index, text) in texts.enumerated() { trie.insert(p(text), index) }
        let table = try #require(LongestMatchTable(trie))
        #expect(table.count == texts.count)
        #expect(table.longestMatch(a("10.0.0.129"))?.prefix == p("10.0.0.129/32"))
        #expect(table.longestMatch(a("10.0.0.128"))?.prefix == p("10.0.0.128/31"))
        #expect(table.longestMatch(a("10.0.0.130"))?.prefix == p("10.0.0.0/24"))
        #expect(table.longestMatch(a("10.0.1.0"))?.prefix == p("10.0.0.0/23"))
        #expect(table.longestMatch(a("10.1.0.1"))?.prefix == p("10.0.0.0/15"))
        #expect(table.longestMatch(a("192.0.2.1"))?.prefix == p("0.0.0.0/0"))
        #expect(table.longestMatch(a("2001:db8::ff"))?.prefix == p("2001:db8::ff/128"))
        #expect(table.longestMatch(a("2001:db8::fe"))?.prefix == p("2001:db8::80/121"))
        #expect(table.longestMatch(a("2001:db8::1:0"))?.prefix == p("2001:db8::/65"))
        #expect(table.longestMatch(a("2001:db8:0:1::"))?.prefix == p("2001:db8::/48"))
        #expect(table.longestMatch(a("2001:db8:1::"))?.prefix == p("2001:db8::/32"))
        #expect(table.longestMatch(a("3fff::"))?.prefix == p("::/0"))

        var addresses: [IPAddress] = []
        for text in texts {
            let prefix = p(text)
            addresses += [prefix.network, prefix.lastAddress]
            switch prefix.lastAddress {
            case .v4(let last) where last.value < .max:
                addresses.append(.v4(IPv4Address(last.value + 1)))
            case .v6(let last) where last.low < .max:
                addresses.append(.v6(IPv6Address(high: last.high, low: last.low + 1)))
            default:
                break
            }
        }
        expectSameAnswers(table, trie, addresses)
    }

    /// A /16 full of /24s (and an IPv6 /40 full of /48s) is a dense node, stored plainly; a
    /// longer prefix inside one of its cells hangs a compressed child below the plain node.
    @Test func denseNodesAreStoredPlainly() throws {
        var trie = PrefixTrie<Int>()
        for third in 0..<256 { trie.insert(p("10.20.\(third).0/24"), third) }
        trie.insert(p("10.20.7.128/25"), 1000)
        trie.insert(p("10.20.7.192/32"), 1001)
        trie.insert(p("10.21.0.0/17"), 1002)
        for byte in 0..<256 { trie.insert(p("2001:db8:\(String(byte, radix: 16)):0000::/48"), 2000 + byte) }
        trie.insert(p("2001:db8:7:8000::/49"), 3000)
        let table = try #require(LongestMatchTable(trie))
        let root4 = table.table4.root[0x0A14]
        let root6 = table.table6.root[0x2001]
        #expect(root4 & CompressedStrideTable.pointerFlag != 0 && root4 & CompressedStrideTable.plainFlag != 0)
        #expect(table.table4.root[0x0A15] & CompressedStrideTable.plainFlag == 0, "a sparse node stays compressed")
        #expect(root6 & CompressedStrideTable.pointerFlag != 0)
        #expect(table.longestMatch(a("10.20.7.192"))?.value == 1001)
        #expect(table.longestMatch(a("10.20.7.193"))?.value == 1000)
        #expect(table.longestMatch(a("10.20.7.1"))?.value == 7)
        #expect(table.longestMatch(a("10.20.255.255"))?.value == 255)
        #expect(table.longestMatch(a("2001:db8:7:8000::1"))?.value == 3000)
        #expect(table.longestMatch(a("2001:db8:ff::1"))?.value == 2255)
        var addresses: [IPAddress] = []
        for prefix in trie.prefixes { addresses += [prefix.network, prefix.lastAddress] }
        for word in stride(from: 0, through: 0xFFFF, by: 97) {
            addresses.append(.v4(IPv4Address(0x0A14_0000 | UInt32(word))))
            addresses.append(.v6(IPv6Address(high: 0x2001_0db8_0000_0000 | UInt64(word) << 16, low: UInt64(word))))
        }
        expectSameAnswers(table, trie, addresses)
    }

    /// Random nested prefixes: the table answers exactly as the trie, one at a time and batched
    /// (batches of more than 256 addresses, so that several batches and a partial one run).
    @Test(arguments: [AddressFamily.ipv4, .ipv6])
    func matchesTrie(family: AddressFamily) throws {
        var rng = SplitMix64(seed: family == .ipv4 ? 11 : 12)
        func randomAddress() -> IPAddress { ClusteredAddresses.next(family, using: &rng) }
        var trie = PrefixTrie<Int>()
        var entries: [(prefix: IPPrefix, value: Int)] = []
        for index in 0..<3000 {
            let prefix = IPPrefix(
                containing: randomAddress(), length: Int.random(in: 0...family.maxPrefixLength, using: &rng))!
            trie.insert(prefix, index)
            entries.append((prefix, index))
        }
        let table = try #require(LongestMatchTable(trie))
        #expect(table.count == trie.count)
        let addresses =
            (0..<3000).map { _ in randomAddress() } + trie.prefixes.flatMap { [$0.network, $0.lastAddress] }
        expectSameAnswers(table, trie, addresses)

        // Built from unsorted entries with repeats, the last value of a prefix wins, as in the trie.
        let shuffled = try #require(LongestMatchTable(entries))
        #expect(shuffled.count == trie.count)
        expectSameAnswers(shuffled, trie, addresses)
    }

    /// The full AWS ip-ranges snapshot (both families): the first and last address of every
    /// prefix, against the trie.
    @Test func awsIPRanges() throws {
        guard let url = SharedTestData.file("ip-ranges-2026-08-22.json") else { return }
        let prefixes = try SharedTestData.awsPrefixTexts(url).compactMap(IPPrefix.init)
        var trie = PrefixTrie<Int>()
        for (index, prefix) in prefixes.enumerated() { trie.insert(prefix, index) }
        let table = try #require(LongestMatchTable(trie))
        #expect(table.count == trie.count)
        #expect(table.storageBytes > 0)
        expectSameAnswers(table, trie, trie.prefixes.flatMap { [$0.network, $0.lastAddress] })
    }

    /// Bits taken across the two 64-bit halves, and at both ends.
    @Test func chunkExtraction() {
        let bits = Bits128(hi: 0x0123_4567_89AB_CDEF, lo: 0xFEDC_BA98_7654_3210)
        #expect(CompressedStrideTable.chunk(bits, from: 0, count: 16) == 0x0123)
        #expect(CompressedStrideTable.chunk(bits, from: 56, count: 8) == 0xEF)
        #expect(CompressedStrideTable.chunk(bits, from: 60, count: 8) == 0xFF)
        #expect(CompressedStrideTable.chunk(bits, from: 64, count: 8) == 0xFE)
        #expect(CompressedStrideTable.chunk(bits, from: 120, count: 8) == 0x10)
    }
}
