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

@Suite struct PrefixTrieTests {
    private func p(_ text: String) -> IPPrefix { IPPrefix(text)! }
    private func a(_ text: String) -> IPAddress { IPAddress(text)! }

    @Test func emptyTrie() {
        let trie = PrefixTrie<Int>()
        #expect(trie.isEmpty && trie.count == 0)
        #expect(trie.longestMatch(a("1.2.3.4")) == nil)
        #expect(trie.longestMatch(a("::1")) == nil)
        #expect(trie.longestMatch(p("0.0.0.0/0")) == nil)
        #expect(trie[exact: p("0.0.0.0/0")] == nil)
        #expect(trie.covering(p("10.0.0.0/8")).isEmpty)
        #expect(trie.moreSpecifics(of: p("::/0")).isEmpty)
        #expect(Array(trie).isEmpty)
    }

    @Test func basicLookups() {
        var trie = PrefixTrie<String>()
        for text in [
            "0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3/32", "192.0.2.0/24",
            "::/0", "2001:db8::/32", "2001:db8:1::/48", "2001:db8:1::1/128",
        ] {
            trie.insert(p(text), text)
        }
        #expect(trie.count == 10)
        #expect(trie.longestMatch(a("10.1.2.3"))?.value == "10.1.2.3/32")
        #expect(trie.longestMatch(a("10.1.2.4"))?.value == "10.1.2.0/24")
        #expect(trie.longestMatch(a("10.1.3.4"))?.prefix == p("10.1.0.0/16"))
        #expect(trie.longestMatch(a("10.2.0.0"))?.value == "10.0.0.0/8")
        #expect(trie.longestMatch(a("11.0.0.0"))?.value == "0.0.0.0/0")
        #expect(trie.longestMatch(a("2001:db8:1::1"))?.value == "2001:db8:1::1/128")
        #expect(trie.longestMatch(a("2001:db8:1::2"))?.value == "2001:db8:1::/48")
        #expect(trie.longestMatch(a("2001:db9::"))?.value == "::/0")
        #expect(trie.longestMatch(p("10.1.2.0/25"))?.value == "10.1.2.0/24")
        #expect(trie.longestMatch(p("10.1.2.0/24"))?.value == "10.1.2.0/24")
        #expect(trie.longestMatch(p("10.0.0.0/7"))?.value == "0.0.0.0/0")
        #expect(trie[exact: p("10.1.0.0/16")] == "10.1.0.0/16")
        #expect(trie[exact: p("10.1.0.0/17")] == nil)
        #expect(
            trie.covering(p("10.1.2.3/32")).map(\.value) == [
                "10.1.2.3/32", "10.1.2.0/24", "10.1.0.0/16", "10.0.0.0/8", "0.0.0.0/0",
            ])
        #expect(trie.covering(p("2001:db8:1::/64")).map(\.value) == ["2001:db8:1::/48", "2001:db8::/32", "::/0"])
        #expect(
            trie.moreSpecifics(of: p("10.0.0.0/8")).map(\.value) == [
                "10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3/32",
            ])
        #expect(trie.moreSpecifics(of: p("10.1.2.0/23")).map(\.value) == ["10.1.2.0/24", "10.1.2.3/32"])
        #expect(trie.moreSpecifics(of: p("10.1.3.0/24")).isEmpty)
        #expect(
            trie.moreSpecifics(of: p("2001:db8::/31")).map(\.value) == [
                "2001:db8::/32", "2001:db8:1::/48", "2001:db8:1::1/128",
            ])
        #expect(trie.map(\.value) == trie.prefixes.map(\.description))
        #expect(trie.prefixes == trie.prefixes.sorted())
        #expect(trie.prefixes.first == p("0.0.0.0/0") && trie.prefixes.last == p("2001:db8:1::1/128"))
    }

    @Test func replaceMergeAndRemove() {
        var trie = PrefixTrie<Int>()
        trie.insert(p("10.0.0.0/8"), 1)
        trie.insert(p("10.0.0.0/8"), 2)
        #expect(trie.count == 1 && trie[exact: p("10.0.0.0/8")] == 2)
        trie.insert(p("10.0.0.0/8"), 5, merging: +)
        #expect(trie[exact: p("10.0.0.0/8")] == 7)
        trie[exact: p("10.1.0.0/16")] = 3
        trie[exact: p("::/0")] = 9
        #expect(trie.count == 3)
        #expect(trie.longestMatch(a("10.1.0.1"))?.value == 3)
        trie[exact: p("10.1.0.0/16")] = nil
        #expect(trie.count == 2)
        #expect(trie.longestMatch(a("10.1.0.1"))?.value == 7)
        #expect(trie.removeValue(for: p("10.0.0.0/8")) == 7)
        #expect(trie.removeValue(for: p("10.0.0.0/8")) == nil)
        #expect(trie.longestMatch(a("10.1.0.1")) == nil)
        #expect(trie.removeValue(for: p("::/0")) == 9)
        #expect(trie.isEmpty)
        trie.insert(p("10.0.0.0/8"), 4)
        #expect(trie.longestMatch(a("10.1.0.1"))?.value == 4)
    }

    @Test func valueSemantics() {
        var original = PrefixTrie<Int>()
        original.insert(p("10.0.0.0/8"), 1)
        var copy = original
        copy.insert(p("10.1.0.0/16"), 2)
        copy[exact: p("10.0.0.0/8")] = nil
        #expect(original.count == 1 && original.longestMatch(a("10.1.0.0"))?.value == 1)
        #expect(copy.count == 1 && copy.longestMatch(a("10.1.0.0"))?.value == 2)
    }

    /// Random prefixes (clustered so they nest) against a linear scan, with removals.
    @Test(arguments: [AddressFamily.ipv4, .ipv6])
    func matchesBruteForce(family: AddressFamily) {
        var rng = SplitMix64(seed: family == .ipv4 ? 1 : 2)
        func randomAddress() -> IPAddress { ClusteredAddresses.next(family, using: &rng) }
        func randomPrefix() -> IPPrefix {
            let length = Int.random(in: 0...family.maxPrefixLength, using: &rng)
            return IPPrefix(containing: randomAddress(), length: length)!
        }
        var trie = PrefixTrie<Int>()
        var reference: [IPPrefix: Int] = [:]
        for index in 0..<1500 {
            let prefix = randomPrefix()
            trie.insert(prefix, index)
            reference[prefix] = index
            if index % 5 == 0, let victim = reference.keys.sorted().randomElement(using: &rng) {
                #expect(trie.removeValue(for: victim) == reference.removeValue(forKey: victim))
            }
        }
        #expect(trie.count == reference.count)
        #expect(trie.prefixes == reference.keys.sorted())
        for (prefix, value) in trie { #expect(reference[prefix] == value) }

        for _ in 0..<2000 {
            let address = randomAddress()
            let expected = reference.filter { $0.key.contains(address) }.max { $0.key.length < $1.key.length }
            let actual = trie.longestMatch(address)
            #expect(actual?.prefix == expected?.key, "\(address)")
            #expect(actual?.value == expected?.value)

            let query = randomPrefix()
            let covering = reference.filter { $0.key.contains(query) }.sorted { $0.key.length > $1.key.length }
            #expect(trie.covering(query).map(\.prefix) == covering.map(\.key))
            #expect(trie.longestMatch(query)?.prefix == covering.first?.key)
            let inside = reference.filter { query.contains($0.key) }.map(\.key).sorted()
            #expect(trie.moreSpecifics(of: query).map(\.prefix) == inside)
            #expect(trie[exact: query] == reference[query])
        }
    }

    /// Host routes at both ends of the IPv4 space and a default route added last.
    @Test func boundaryAddresses() {
        var trie = PrefixTrie<Int>()
        trie.insert(p("255.255.255.255/32"), 1)
        trie.insert(p("0.0.0.0/32"), 2)
        trie.insert(p("255.255.255.0/25"), 3)
        trie.insert(p("0.0.0.0/0"), 4)
        #expect(trie.longestMatch(a("255.255.255.255"))?.value == 1)
        #expect(trie.longestMatch(a("255.255.255.254"))?.value == 4)
        #expect(trie.longestMatch(a("255.255.255.1"))?.value == 3)
        #expect(trie.longestMatch(a("0.0.0.0"))?.value == 2)
        #expect(trie.longestMatch(a("0.0.0.1"))?.value == 4)
        trie.removeValue(for: p("0.0.0.0/0"))
        #expect(trie.longestMatch(a("0.0.0.1")) == nil)
        #expect(trie.longestMatch(a("255.255.255.1"))?.value == 3)
        #expect(trie.longestMatch(a("255.255.255.255"))?.value == 1)
        var trie6 = PrefixTrie<Int>()
        trie6.insert(p("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"), 1)
        trie6.insert(p("::/128"), 2)
        #expect(trie6.longestMatch(a("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))?.value == 1)
        #expect(trie6.longestMatch(a("::"))?.value == 2)
        #expect(trie6.longestMatch(a("::1")) == nil)
    }

    /// The AWS ip-ranges prefixes: every prefix is its own longest match, and iteration is sorted.
    @Test func awsIPRanges() throws {
        guard let url = SharedTestData.file("ip-ranges-2026-08-22.json") else { return }
        let prefixes = try SharedTestData.awsPrefixTexts(url).compactMap(IPPrefix.init)
        var trie = PrefixTrie<Int>()
        for (index, prefix) in prefixes.enumerated() { trie.insert(prefix, index) }
        let unique = Set(prefixes)
        #expect(trie.count == unique.count)
        #expect(trie.prefixes == unique.sorted())
        for prefix in unique {
            #expect(trie.longestMatch(prefix)?.prefix == prefix)
            #expect(trie.longestMatch(prefix.lastAddress).map { prefix.contains($0.prefix) } == true)
        }
    }
}
