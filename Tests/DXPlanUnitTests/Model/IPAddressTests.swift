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

@Suite struct IPAddressTests {
    @Test func parsesBothFamilies() {
        #expect(IPAddress("192.0.2.1") == .v4(IPv4Address(192, 0, 2, 1)))
        #expect(IPAddress("192.0.2.1")?.family == .ipv4)
        #expect(IPAddress("2001:db8::1")?.family == .ipv6)
        #expect(IPAddress("2001:DB8::1")?.description == "2001:db8::1")
    }

    @Test(arguments: [
        ("1.2.3", "'1.2.3' is not an IPv4 or IPv6 address (expected 4 dot-separated decimal octets, found 3)"),
        ("foo", "'foo' is not an IPv4 or IPv6 address"),
        ("", "'' is not an IPv4 or IPv6 address (empty text)"),
        (
            "fe80::1%eth0",
            "'fe80::1%eth0' is not an IPv4 or IPv6 address (zone identifier '%eth0' is not allowed; remove it)"
        ),
        ("1.2.3.4%eth0", "'1.2.3.4%eth0' is not an IPv4 or IPv6 address (zone identifiers are not allowed)"),
        (" 1.2.3.4", "' 1.2.3.4' is not an IPv4 or IPv6 address (contains whitespace)"),
        ("1::2::3", "'1::2::3' is not an IPv4 or IPv6 address ('::' may appear only once)"),
    ])
    func rejects(text: String, message: String) {
        #expect(IPAddress(text) == nil)
        // The reason is the contract here: every rejection has the code invalid-address.
        guard case .failure(let error) = IPAddress.parse(text) else {
            Issue.record("accepted '\(text)'")
            return
        }
        #expect(error.code == .invalidAddress)
        #expect(error.message == message)
    }

    @Test func ordersIPv4BeforeIPv6ThenNumerically() {
        let texts = ["0.0.0.0", "10.0.0.1", "255.255.255.255", "::", "::1", "2001:db8::"]
        let sorted = texts.compactMap(IPAddress.init)
        #expect(sorted.count == texts.count)
        #expect(Array(sorted.reversed()).sorted() == sorted)
        #expect(AddressFamily.ipv4 < AddressFamily.ipv6)
        #expect(!(AddressFamily.ipv6 < AddressFamily.ipv4))
        #expect(AddressFamily.ipv4.maxPrefixLength == 32)
        #expect(AddressFamily.ipv6.maxPrefixLength == 128)
        #expect(AddressFamily.allCases == [.ipv4, .ipv6])
    }
}
