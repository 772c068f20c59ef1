import DXTestSupport
import Foundation
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

@Suite struct AllowListRenderingTests {
    static let hostile = AllowListFixture.hostile

    static func hostileList() throws -> AllowList { try AllowListFixture.hostileList() }

    static func injectedLines(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2028}" }).filter {
            $0.hasPrefix("table ip evil") || $0.hasPrefix("=cmd")
        }
    }

    @Test func textEscapesHostileValues() throws {
        let text = AllowListText.render(try Self.hostileList())
        #expect(Self.injectedLines(text).isEmpty)
        #expect(text.contains("x\"\\n}\\ntable ip evil"))
        #expect(!text.contains("\r"))
        #expect(!text.contains("\u{2028}"))
    }

    @Test func csvQuotesAndNeutralizesHostileValues() throws {
        let list = try Self.hostileList()
        let csv = AllowListCSV.render(list)
        let records = AllowListFixture.csvRecords(csv)
        #expect(records.allSatisfy { $0.count == AllowListCSV.header.count })
        #expect(records[0] == AllowListCSV.header)
        #expect(records[1][4] == Self.hostile)
        #expect(records[1][7] == Self.hostile)
        #expect(AllowListCSV.cell("=1+2") == "'=1+2")
        #expect(AllowListCSV.cell("a,b") == "\"a,b\"")
        #expect(AllowListCSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(AllowListCSV.cell("-x,y") == "\"'-x,y\"")
        #expect(AllowListCSV.cell("15.193.0.0/19") == "15.193.0.0/19")
    }

    @Test func csvRowsCarryTheStampAndOneRowPerPrefix() throws {
        let list = try AllowListFixture.plan(try AllowListFixture.topology(), option: .ipRanges)
        let records = AllowListFixture.csvRecords(AllowListCSV.render(list))
        let outbound = records.dropFirst().filter { $0[0] == "outbound" }
        #expect(outbound.count == list.outbound.compactMap(\.prefixSet).reduce(0) { $0 + $1.prefixes.count })
        #expect(
            records.dropFirst().allSatisfy { $0[13] == list.ipRangesSyncToken && $0[14] == list.ipRangesCreateDate })
        #expect(
            outbound.first == [
                "outbound", "outbound", "UDP", "3478", "15.193.0.0/19", "ipv4", "connect_media_v4",
                "softphone media (TURN)", "", "", "", "connect-ccp-networking (Option 2: IP address ranges)",
                AllowListCitation.ipRanges.url, list.ipRangesSyncToken, list.ipRangesCreateDate,
            ])
    }

    @Test func jsonKeepsHostileValuesAsData() throws {
        let list = try Self.hostileList()
        let text = AllowListJSON.value(list).serialized
        #expect(Self.injectedLines(text).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["topology"] as? String == Self.hostile)
        #expect(object["instance"] as? String == Self.hostile)
    }

    @Test func jsonIsByteIdenticalAcrossRuns() throws {
        guard let old = SharedTestData.file("ip-ranges-2026-08-19.json") else { return }
        let since = try AWSIPRanges.load(path: old.path)
        let topology = try AllowListFixture.topology(
            region: "ca-central-1", bucket: "example-att", firewall: "firewall:\n  stateful: false\n")
        for option in FirewallSettings.AllowListStyle.allCases {
            let first = AllowListJSON.value(try AllowListFixture.plan(topology, option: option, since: since))
                .serialized
            let second = AllowListJSON.value(try AllowListFixture.plan(topology, option: option, since: since))
                .serialized
            #expect(first == second)
            #expect(first.contains("\"syncToken\": \"1787411825\""))
            #expect(first.contains("\"allowBy\": \"2026-09-21\""))
        }
    }

    @Test func nftablesNamesAreSafeAndCommentsSanitized() throws {
        let text = AllowListNftables.render(try Self.hostileList())
        #expect(Self.injectedLines(text).isEmpty)
        #expect(text.components(separatedBy: "table inet dxplan_connect {").count == 2)
        #expect(!text.contains("table ip evil {"))
        #expect(AllowListNftables.comment("a\"b\nc;d{e}$f#g\\h") == "a_b_c_d_e__f_g_h")
        #expect(AllowListNftables.isIdentifier("connect_media_v4"))
        #expect(!AllowListNftables.isIdentifier("x y"))
        #expect(!AllowListNftables.isIdentifier("a-b"))
    }

    @Test func nftablesStructure() throws {
        let stateless = try AllowListFixture.topology(firewall: "firewall:\n  stateful: false\n")
        let text = AllowListNftables.render(try AllowListFixture.plan(stateless, option: .ipRanges))
        #expect(
            text.contains(
                "\tset connect_media_v4 {\n\t\ttype ipv4_addr\n\t\tflags interval\n\t\telements = {\n\t\t\t15.193.0.0/19,\n\t\t\t52.55.191.224/27\n\t\t}\n\t}\n"
            ))
        #expect(
            text.contains(
                "\t\tip daddr @connect_media_v4 udp dport 3478 counter accept comment \"softphone media (TURN) AMAZON_CONNECT\"\n"
            ))
        #expect(text.contains("\t\tip6 daddr @connect_cloudfront_v6 tcp dport 443 counter accept"))
        #expect(
            text.contains(
                "\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n\t\tip saddr @connect_media_v4 udp dport 49152-65535 counter accept"
            ))
        #expect(text.contains("# ip-ranges.json syncToken 1787411825, createDate 2026-08-22-15-17-05"))
        let stateful = AllowListNftables.render(
            try AllowListFixture.plan(try AllowListFixture.topology(), option: .ipRanges))
        #expect(!stateful.contains("chain input"))
        #expect(stateful.contains("\t# ip saddr @connect_media_v4 udp dport 32768-61000"))
    }
}
