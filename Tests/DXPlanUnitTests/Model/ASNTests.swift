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

    @Test(
        arguments: [
            ("0", .reservedASN),
            ("AS0", .reservedASN),
            ("23456", .reservedASN),
            ("4294967295", .reservedASN),
            ("4294967296", .asnOutOfRange),
            ("99999999999999999999999", .asnOutOfRange),
            ("", .empty),
            ("AS", .invalidASN),
            ("-1", .invalidASN),
            ("AS 7224", .invalidASN),
            ("07224", .invalidASN),
            ("1.10", .asdotNotation),
            ("1.2.3", .invalidASN),
        ] as [(String, ValueParseError.Code)])
    func rejects(text: String, code: ValueParseError.Code) {
        #expect(ASN(text) == nil)
        guard case .failure(let error) = ASN.parse(text) else {
            Issue.record("accepted '\(text)'")
            return
        }
        #expect(error.code == code, "\(error.message)")
        #expect(error.input == text)
    }

    /// The asplain rewrite is part of the message users act on.
    @Test func asdotMessageGivesTheAsplainNumber() {
        let message = ASN.parse("1.10").error?.message
        #expect(message == "'1.10' is in asdot notation, which is not supported; write it as 65546 (RFC 5396 asplain)")
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
