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

@Suite struct InterfaceAddressTests {
    @Test(arguments: [
        ("198.51.100.249/30", "198.51.100.248/30"),
        ("169.254.255.1/30", "169.254.255.0/30"),
        ("192.0.2.0/31", "192.0.2.0/31"),
        ("2001:db8::1/64", "2001:db8::/64"),
        ("fd00::2/126", "fd00::/126"),
        ("10.0.0.1/0", "0.0.0.0/0"),
    ])
    func parsesWithHostBits(text: String, network: String) throws {
        let value = try #require(InterfaceAddress(text))
        #expect(value.prefix.description == network)
        #expect(value.description == text)
        #expect(InterfaceAddress(value.description) == value)
        #expect(value.prefix.contains(value.address))
    }

    @Test func printsCanonically() {
        #expect(InterfaceAddress("2001:DB8:0::1/64")?.description == "2001:db8::1/64")
    }

    @Test func rejects() {
        #expect(InterfaceAddress.parse("198.51.100.249/33").error?.code == .prefixLengthOutOfRange)
        #expect(InterfaceAddress.parse("198.51.100.249").error?.code == .missingPrefixLength)
        #expect(InterfaceAddress("fe80::1%eth0/64") == nil)
        #expect(InterfaceAddress(address: .v4(IPv4Address(1)), prefixLength: 33) == nil)
        #expect(InterfaceAddress(address: .v4(IPv4Address(1)), prefixLength: 31)?.description == "0.0.0.1/31")
    }

    @Test func ordering() {
        let a = InterfaceAddress("10.0.0.1/30")
        let b = InterfaceAddress("10.0.0.2/30")
        let c = InterfaceAddress("2001:db8::1/64")
        #expect(a! < b!)
        #expect(b! < c!)
        #expect(a?.family == .ipv4 && c?.family == .ipv6)
    }
}
