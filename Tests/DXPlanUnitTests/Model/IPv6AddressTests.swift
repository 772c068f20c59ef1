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

@Suite struct IPv6AddressTests {
    /// Input, RFC 5952 canonical output.
    @Test(arguments: [
        ("::", "::"),
        ("::1", "::1"),
        ("1::", "1::"),
        ("0:0:0:0:0:0:0:0", "::"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("2001:DB8::1", "2001:db8::1"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),  // first of two equal runs (RFC 5952 §4.2.3)
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),  // a single zero group is not compressed (§4.2.2)
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),  // the longest run wins (§4.2.3)
        ("2001:db8::0:1", "2001:db8::1"),
        ("fe80::1:2", "fe80::1:2"),
        ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("1:0:0:0:0:0:0:0", "1::"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"),  // '::' for one group parses; prints without it
        ("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8"),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1"),  // IPv4-mapped, RFC 5952 §5
        ("0:0:0:0:0:ffff:c000:0201", "::ffff:192.0.2.1"),
        ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
        ("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"),
        ("::1.2.3.4", "::102:304"),
        ("2001:db8:aaaa:bbbb:cccc:dddd:eeee:AAAA", "2001:db8:aaaa:bbbb:cccc:dddd:eeee:aaaa"),
    ])
    func canonicalForm(input: String, canonical: String) throws {
        let address = try #require(IPv6Address(input))
        #expect(address.description == canonical)
        #expect(IPv6Address(canonical) == address)
    }

    @Test func groupsAndHalves() throws {
        let address = try #require(IPv6Address("2001:db8::ff00:42:8329"))
        #expect(address.groups == [0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329])
        #expect(address.high == 0x2001_0db8_0000_0000)
        #expect(address.low == 0x0000_ff00_0042_8329)
        #expect(IPv6Address(groups: address.groups) == address)
        #expect(IPv6Address(groups: [1, 2]) == nil)
    }

    @Test(arguments: [
        ("", "empty text"),
        ("fe80::1%eth0", "zone identifier '%eth0' is not allowed; remove it"),
        ("1::2::3", "'::' may appear only once"),
        (":::", "':::' is not allowed"),
        ("1:::2", "':::' is not allowed"),
        ("12345::", "group '12345' has more than 4 hex digits"),
        ("g::", "group 'g' is not hexadecimal"),
        (":1::", "empty group (a single ':' at the start or end, or ':' where '::' was meant)"),
        ("1::2:", "empty group (a single ':' at the start or end, or ':' where '::' was meant)"),
        ("1:2:3:4:5:6:7", "expected 8 groups of hex digits or '::', found 7"),
        ("1:2:3:4:5:6:7:8:9", "more than 8 groups"),
        ("1:2:3:4::5:6:7:8", "too many groups: '::' must stand for at least one zero group"),
        ("1:2:3:4:5:6:7:1.2.3.4", "expected 8 groups of hex digits or '::', found 9"),
        ("::1.2.3", "embedded IPv4 address '1.2.3': expected 4 dot-separated decimal octets, found 3"),
        ("::1.2.3.4:5", "embedded IPv4 address '1.2.3.4' must be the last part"),
        ("1.2.3.4::", "embedded IPv4 address '1.2.3.4' must be the last part"),
        (":: 1", "contains whitespace"),
    ])
    func rejects(text: String, reason: String) {
        #expect(IPv6Address(text) == nil)
        // The reason is the contract here: every rejection has the code invalid-address.
        guard case .failure(let error) = IPv6Address.parse(text) else {
            Issue.record("accepted '\(text)'")
            return
        }
        #expect(error.code == .invalidAddress)
        #expect(error.message == "'\(text)' is not an IPv6 address (\(reason))")
    }

    @Test func ordering() throws {
        let sorted = ["::", "::1", "::ffff:0.0.0.1", "1::", "2001:db8::", "2001:db8::1", "ffff::"].compactMap(
            IPv6Address.init)
        #expect(sorted.count == 7)
        #expect(sorted.shuffled().sorted() == sorted)
    }

    /// Every /16-aligned combination of zero and non-zero groups round-trips through text.
    @Test func exhaustiveZeroPatternsRoundTrip() throws {
        for mask in 0..<256 {
            let groups = (0..<8).map { mask & (1 << $0) != 0 ? UInt16(0xa0 + $0) : 0 }
            let address = try #require(IPv6Address(groups: groups))
            let text = address.description
            #expect(IPv6Address(text) == address, "\(text)")
            #expect(!text.contains(":::"))
        }
    }
}
