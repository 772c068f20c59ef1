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
import DXTestSupport

@Suite struct ASNTests {
    @Test(arguments: [
        ("7224", UInt32(7224)),
        ("AS7224", 7224),
        ("as64496", 64496),
        ("As65000", 65000),
        ("1", 1),
        ("65535", 65535),
        ("4200000000", 4_200_000_000),
        ("4294967294", 4_294_967_294),
    ])
    func parsesAsplain(text: String, value: UInt32) throws {
        let asn = try #require(ASN(text))
        #expect(asn.value == value)
        #expect(asn.description == String(value))
        #expect(ASN(value) == asn)
    }

    @Test(arguments: [
        ("0", "AS 0 is reserved and cannot be used in BGP (RFC 7607)"),
        ("AS0", "AS 0 is reserved and cannot be used in BGP (RFC 7607)"),
        ("23456", "AS 23456 is AS_TRANS, a placeholder for 4-byte ASNs, not a real AS number (RFC 6793)"),
        ("4294967295", "AS 4294967295 is reserved and cannot be used (RFC 7300)"),
        ("4294967296", "AS number 4294967296 is out of range (1-4294967294)"),
        ("99999999999999999999999", "AS number 99999999999999999999999 is out of range (1-4294967294)"),
        ("", "empty text is not an AS number"),
        ("AS", "'AS' has no digits after 'AS'"),
        ("-1", "'-1' is not an AS number (expected decimal digits)"),
        ("AS 7224", "'AS 7224' is not an AS number (expected decimal digits)"),
        ("07224", "AS number '07224' has a leading zero"),
        ("1.10", "'1.10' is in asdot notation, which is not supported; write it as 65546 (RFC 5396 asplain)"),
        ("1.2.3", "'1.2.3' is not an AS number (expected decimal digits)"),
    ])
    func rejects(text: String, message: String) {
        #expect(ASN(text) == nil)
        #expect(ASN.parse(text) == .failure(ValueParseError(input: text, message: message)))
    }

    @Test func rejectsReservedValues() {
        #expect(ASN(UInt32(0)) == nil)
        #expect(ASN(UInt32(23456)) == nil)
        #expect(ASN(UInt32.max) == nil)
    }

    @Test(arguments: [
        (UInt32(64511), false, true, false),
        (64496, false, true, false),
        (64512, true, false, false),
        (65534, true, false, false),
        (65535, false, false, false),
        (65536, false, true, true),
        (65551, false, true, true),
        (65552, false, false, true),
        (4_199_999_999, false, false, true),
        (4_200_000_000, true, false, true),
        (4_294_967_294, true, false, true),
        (7224, false, false, false),
    ])
    func classification(value: UInt32, isPrivate: Bool, isDocumentation: Bool, isFourByte: Bool) throws {
        let asn = try #require(ASN(value))
        #expect(asn.isPrivate == isPrivate)
        #expect(asn.isDocumentation == isDocumentation)
        #expect(asn.isFourByte == isFourByte)
    }

    @Test func ordering() {
        #expect(ASN(UInt32(1))! < ASN(UInt32(65536))!)
    }
}
