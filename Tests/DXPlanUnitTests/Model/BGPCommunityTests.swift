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

@Suite struct BGPCommunityTests {
    @Test(arguments: [
        ("7224:8100", UInt32(0x1C38_1FA4), "7224:8100"),
        ("0:0", 0, "0:0"),
        ("65535:65535", 0xFFFF_FFFF, "65535:65535"),
        ("no-export", 0xFFFF_FF01, "no-export"),
        ("NO_EXPORT", 0xFFFF_FF01, "no-export"),
        ("No-Export", 0xFFFF_FF01, "no-export"),
        ("no-advertise", 0xFFFF_FF02, "no-advertise"),
        ("NO_EXPORT_SUBCONFED", 0xFFFF_FF03, "no-export-subconfed"),
        ("local-as", 0xFFFF_FF03, "no-export-subconfed"),
        ("LOCAL_AS", 0xFFFF_FF03, "no-export-subconfed"),
        ("no-peer", 0xFFFF_FF04, "no-peer"),
        ("NOPEER", 0xFFFF_FF04, "no-peer"),
        ("blackhole", 0xFFFF_029A, "blackhole"),
        ("65535:666", 0xFFFF_029A, "blackhole"),
        ("graceful-shutdown", 0xFFFF_0000, "graceful-shutdown"),
        ("GRACEFUL_SHUTDOWN", 0xFFFF_0000, "graceful-shutdown"),
        ("65535:0", 0xFFFF_0000, "graceful-shutdown"),
        ("65535:65281", 0xFFFF_FF01, "no-export"),
    ])
    func parsesAndPrints(text: String, value: UInt32, printed: String) throws {
        let community = try #require(BGPCommunity(text))
        #expect(community.value == value)
        #expect(community.description == printed)
        #expect(BGPCommunity(printed) == community)
    }

    @Test(
        arguments: [
            ("", .empty),
            ("7224", .invalidCommunity),
            ("no export", .invalidCommunity),
            ("65536:1", .communityOutOfRange),
            ("1:65536", .communityOutOfRange),
            ("1:99999999999999999999", .communityOutOfRange),
            (":1", .invalidCommunity),
            ("1:", .invalidCommunity),
            ("a:1", .invalidCommunity),
            ("1:-1", .invalidCommunity),
            ("01:1", .invalidCommunity),
            ("1:2:3", .largeCommunity),
            ("1:2:3:4", .invalidCommunity),
        ] as [(String, ValueParseError.Code)])
    func rejects(text: String, code: ValueParseError.Code) {
        #expect(BGPCommunity(text) == nil)
        guard case .failure(let error) = BGPCommunity.parse(text) else {
            Issue.record("accepted '\(text)'")
            return
        }
        #expect(error.code == code, "\(error.message)")
        #expect(error.input == text)
    }

    @Test func awsCommunities() {
        #expect(BGPCommunity.awsLocalRegion.description == "7224:8100")
        #expect(BGPCommunity.awsContinent.description == "7224:8200")
        #expect(BGPCommunity.customerLocalRegion.description == "7224:9100")
        #expect(BGPCommunity.customerContinent.description == "7224:9200")
        #expect(BGPCommunity.customerGlobal.description == "7224:9300")
        #expect(BGPCommunity.localPreferenceLow.description == "7224:7100")
        #expect(BGPCommunity.localPreferenceMedium.description == "7224:7200")
        #expect(BGPCommunity.localPreferenceHigh.description == "7224:7300")
        #expect(BGPCommunity.customerGlobal.isAWSReserved)
        #expect(!BGPCommunity(asn: 7225, local: 8100).isAWSReserved)
        #expect(BGPCommunity.noExport.asn == 0xFFFF && BGPCommunity.noExport.local == 0xFF01)
        #expect(BGPCommunity.noExport.wellKnownName == "no-export")
        #expect(BGPCommunity.awsLocalRegion.wellKnownName == nil)
    }

    @Test func ordering() {
        let sorted: [BGPCommunity] = [
            BGPCommunity(asn: 1, local: 2), .awsLocalRegion, .customerGlobal, .gracefulShutdown, .noExport,
        ]
        #expect(sorted.reversed().sorted() == sorted)
    }
}
