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

@Suite struct IPPrefixTests {
    @Test(arguments: [
        ("0.0.0.0/0", "0.0.0.0/0"),
        ("10.0.0.0/8", "10.0.0.0/8"),
        ("198.51.100.0/24", "198.51.100.0/24"),
        ("198.51.100.249/32", "198.51.100.249/32"),
        ("::/0", "::/0"),
        ("2001:DB8::/32", "2001:db8::/32"),
        ("2001:0db8:0000::/48", "2001:db8::/48"),
        ("2001:db8::1/128", "2001:db8::1/128"),
        ("::ffff:0.0.0.0/96", "::ffff:0.0.0.0/96"),
    ])
    func parsesCanonically(text: String, canonical: String) throws {
        let prefix = try #require(IPPrefix(text))
        #expect(prefix.description == canonical)
        #expect(IPPrefix(canonical) == prefix)
    }

    @Test(
        arguments: [
            ("198.51.100.1/24", .hostBitsSet),
            ("2001:db8::1/32", .hostBitsSet),
            ("0.0.0.1/0", .hostBitsSet),
            ("10.0.0.0/33", .prefixLengthOutOfRange),
            ("::/129", .prefixLengthOutOfRange),
            ("10.0.0.0/99999999999999999999", .prefixLengthOutOfRange),
            ("1.2.3/24", .invalidAddress),
            ("foo/24", .invalidAddress),
            ("/24", .invalidAddress),
            ("10.0.0.0", .missingPrefixLength),
            ("10.0.0.0/", .missingPrefixLength),
            ("10.0.0.0/8/8", .invalidPrefixLength),
            ("10.0.0.0/x", .invalidPrefixLength),
            ("10.0.0.0/-1", .invalidPrefixLength),
            ("10.0.0.0/08", .invalidPrefixLength),
            ("10.0.0.0 /8", .whitespace),
            ("fe80::%eth0/64", .invalidAddress),
            ("", .empty),
        ] as [(String, ValueParseError.Code)])
    func rejects(text: String, code: ValueParseError.Code) {
        #expect(IPPrefix(text) == nil)
        guard case .failure(let error) = IPPrefix.parse(text) else {
            Issue.record("accepted '\(text)'")
            return
        }
        #expect(error.code == code, "\(error.message)")
        #expect(error.input == text)
    }

    /// The suggestion is part of the message users act on.
    @Test func hostBitsMessageSuggestsTheNetwork() {
        let message = IPPrefix.parse("198.51.100.1/24").error?.message
        #expect(message == "'198.51.100.1/24' has host bits set (did you mean 198.51.100.0/24?)")
    }

    @Test func edgePrefixes() throws {
        let all4 = try #require(IPPrefix("0.0.0.0/0"))
        #expect(all4 == IPPrefix.defaultRoute(.ipv4))
        #expect(all4.firstAddress.description == "0.0.0.0")
        #expect(all4.lastAddress.description == "255.255.255.255")
        #expect(all4.addressCount == 4_294_967_296)
        #expect(all4.netmask.description == "0.0.0.0")
        #expect(all4.supernet == nil)
        let host4 = try #require(IPPrefix("192.0.2.7/32"))
        #expect(host4.firstAddress == host4.lastAddress)
        #expect(host4.addressCount == 1)
        #expect(host4.subnets() == nil)
        #expect(host4.netmask.description == "255.255.255.255")
        let all6 = try #require(IPPrefix("::/0"))
        #expect(all6 == IPPrefix.defaultRoute(.ipv6))
        #expect(all6.lastAddress.description == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
        #expect(all6.addressCount == 0x1p128)
        #expect(all6.hostBitCount == 128)
        let host6 = try #require(IPPrefix("2001:db8::1/128"))
        #expect(host6.lastAddress == host6.firstAddress)
        #expect(host6.subnets() == nil)
        #expect(host6.hostBitCount == 0)
    }

    @Test func masksAndRanges() throws {
        let p = try #require(IPPrefix("198.51.100.248/30"))
        #expect(p.netmask.description == "255.255.255.252")
        #expect(p.hostmask.description == "0.0.0.3")
        #expect(p.lastAddress.description == "198.51.100.251")
        #expect(p.addressCount == 4)
        let q = try #require(IPPrefix("2001:db8:1234::/48"))
        #expect(q.lastAddress.description == "2001:db8:1234:ffff:ffff:ffff:ffff:ffff")
        #expect(q.netmask.description == "ffff:ffff:ffff::")
        let r = try #require(IPPrefix("2001:db8::/65"))
        #expect(r.lastAddress.description == "2001:db8::7fff:ffff:ffff:ffff")
    }

    @Test func containmentAndOverlap() throws {
        let p8 = try #require(IPPrefix("10.0.0.0/8"))
        let p24 = try #require(IPPrefix("10.1.2.0/24"))
        let other = try #require(IPPrefix("11.0.0.0/8"))
        let v6 = try #require(IPPrefix("::/0"))
        #expect(p8.contains(p24))
        #expect(!p24.contains(p8))
        #expect(p8.contains(p8))
        #expect(!p8.contains(other))
        #expect(p8.overlaps(p24) && p24.overlaps(p8))
        #expect(!p8.overlaps(other))
        #expect(!v6.contains(p8))
        #expect(!v6.overlaps(p8))
        #expect(p8.contains(try #require(IPAddress("10.255.255.255"))))
        #expect(!p8.contains(try #require(IPAddress("11.0.0.0"))))
        #expect(!p8.contains(try #require(IPAddress("::a00:1"))))
        #expect(v6.contains(try #require(IPAddress("::"))))
        #expect(IPPrefix.defaultRoute(.ipv4).contains(try #require(IPAddress("255.255.255.255"))))
    }

    @Test func subnetsAndSupernet() throws {
        let p = try #require(IPPrefix("198.51.100.0/24"))
        let halves = try #require(p.subnets())
        #expect(halves.lower.description == "198.51.100.0/25")
        #expect(halves.upper.description == "198.51.100.128/25")
        #expect(halves.upper.supernet == p)
        let q = try #require(IPPrefix("2001:db8::/64"))
        let q2 = try #require(q.subnets())
        #expect(q2.upper.description == "2001:db8:0:0:8000::/65")
        let q3 = try #require(IPPrefix("::/63")?.subnets())
        #expect(q3.upper.description == "0:0:0:1::/64")
        #expect(IPPrefix("0.0.0.0/0")?.subnets()?.upper.description == "128.0.0.0/1")
    }

    @Test func constructors() throws {
        let address = try #require(IPAddress("198.51.100.249"))
        #expect(IPPrefix(network: address, length: 30) == nil)
        #expect(IPPrefix(network: address, length: 32)?.description == "198.51.100.249/32")
        #expect(IPPrefix(network: address, length: 33) == nil)
        #expect(IPPrefix(network: address, length: -1) == nil)
        #expect(IPPrefix(containing: address, length: 30)?.description == "198.51.100.248/30")
        #expect(IPPrefix(containing: address, length: 0)?.description == "0.0.0.0/0")
        #expect(IPPrefix(containing: address, length: 40) == nil)
    }

    /// Sorted like Python's `sorted(ipaddress.ip_network(...))` per family: network, then length.
    @Test func ordering() {
        let expected = [
            "0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "10.0.1.0/24", "10.1.0.0/16",
            "192.0.2.0/24", "::/0", "::/1", "2001:db8::/32", "2001:db8::/48", "2001:db8:1::/48",
        ]
        let prefixes = expected.compactMap(IPPrefix.init)
        #expect(prefixes.count == expected.count)
        #expect(prefixes.reversed().sorted().map(\.description) == expected)
    }
}
