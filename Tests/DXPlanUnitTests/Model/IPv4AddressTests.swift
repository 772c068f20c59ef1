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

@Suite struct IPv4AddressTests {
    @Test(arguments: [
        ("0.0.0.0", UInt32(0)),
        ("255.255.255.255", UInt32.max),
        ("198.51.100.249", 0xC633_64F9),
        ("10.0.0.1", 0x0A00_0001),
        ("1.2.3.0", 0x0102_0300),
    ])
    func parsesAndPrints(text: String, value: UInt32) throws {
        let address = try #require(IPv4Address(text))
        #expect(address.value == value)
        #expect(address.description == text)
        #expect(IPv4Address(value).description == text)
    }

    @Test(arguments: [
        ("", "'' is not an IPv4 address (empty text)"),
        ("1.2.3", "'1.2.3' is not an IPv4 address (expected 4 dot-separated decimal octets, found 3)"),
        ("1.2.3.4.5", "'1.2.3.4.5' is not an IPv4 address (expected 4 dot-separated decimal octets, found 5)"),
        ("1.2.3.256", "'1.2.3.256' is not an IPv4 address (octet 256 is out of range (0-255))"),
        ("1.2.3.010", "'1.2.3.010' is not an IPv4 address (octet '010' has a leading zero)"),
        ("1.2.3.00", "'1.2.3.00' is not an IPv4 address (octet '00' has a leading zero)"),
        ("1..3.4", "'1..3.4' is not an IPv4 address (empty octet)"),
        ("1.2.3.4 ", "'1.2.3.4 ' is not an IPv4 address (octet '4 ' is not a decimal number)"),
        ("1.2.3.x", "'1.2.3.x' is not an IPv4 address (octet 'x' is not a decimal number)"),
        ("1.2.3.-1", "'1.2.3.-1' is not an IPv4 address (octet '-1' is not a decimal number)"),
        (
            "1.2.3.99999999999999999999999",
            "'1.2.3.99999999999999999999999' is not an IPv4 address (octet 99999999999999999999999 is out of range (0-255))"
        ),
        ("１.2.3.4", "'１.2.3.4' is not an IPv4 address (octet '１' is not a decimal number)"),
    ])
    func rejects(text: String, message: String) {
        #expect(IPv4Address(text) == nil)
        // The reason is the contract here: every rejection has the code invalid-address.
        guard case .failure(let error) = IPv4Address.parse(text) else {
            Issue.record("accepted '\(text)'")
            return
        }
        #expect(error.code == .invalidAddress)
        #expect(error.message == message)
    }

    @Test func octetsAndOrdering() {
        let a = IPv4Address(192, 0, 2, 1)
        #expect(a.octets == [192, 0, 2, 1])
        #expect(a.description == "192.0.2.1")
        #expect(IPv4Address(10, 0, 0, 0) < IPv4Address(10, 0, 0, 1))
        #expect(IPv4Address(9, 255, 255, 255) < IPv4Address(10, 0, 0, 0))
    }
}
