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

@Suite struct AWSIPRangesTests {
    static func parse(_ json: String) throws(InputError) -> AWSIPRanges {
        try AWSIPRanges.parse(Array(json.utf8), file: "r.json")
    }

    static let valid = """
        {"syncToken": "1787411825", "createDate": "2026-08-22-15-17-05",
         "prefixes": [{"ip_prefix": "15.193.6.0/24", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"}],
         "ipv6_prefixes": [{"ipv6_prefix": "2600:f0f2:7101::/48", "region": "us-east-1", "service": "EC2", "network_border_group": "us-east-1"}]}
        """

    @Test func parsesBothFamilies() throws {
        let ranges = try Self.parse(Self.valid)
        #expect(ranges.syncToken == "1787411825")
        #expect(ranges.entries.map(\.prefix.description) == ["15.193.6.0/24", "2600:f0f2:7101::/48"])
        #expect(ranges.entries[0].networkBorderGroup == "us-east-1")
        #expect(ranges.provenance == "ip-ranges.json syncToken 1787411825, createDate 2026-08-22-15-17-05")
    }

    @Test(
        arguments: [
            (
                #"{"createDate": "2026-08-22-15-17-05", "prefixes": []}"#,
                "r.json:1:1: error: the file: missing 'syncToken'"
            ),
            (
                #"{"syncToken": "x1", "createDate": "2026-08-22-15-17-05", "prefixes": []}"#,
                "r.json:1:15: error: syncToken 'x1' is not a Unix time (expected digits)"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-13-22-15-17-05", "prefixes": []}"#,
                "r.json:1:34: error: createDate '2026-13-22-15-17-05' is not a date (expected YYYY-MM-DD-hh-mm-ss)"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-08-22-15-17-05"}"#,
                "r.json:1:1: error: missing 'prefixes' in ip-ranges.json"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-08-22-15-17-05", "prefixes": [{"ip_prefix": "1.2.3.0/24", "service": "EC2"}]}"#,
                "r.json:1:70: error: prefixes[0]: missing 'region'"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-08-22-15-17-05", "prefixes": [{"ip_prefix": "1.2.3.4/24", "region": "x", "service": "EC2"}]}"#,
                "r.json:1:84: error: prefixes[0].ip_prefix: '1.2.3.4/24' has host bits set (did you mean 1.2.3.0/24?)"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-08-22-15-17-05", "prefixes": [{"ip_prefix": "::/0", "region": "x", "service": "EC2"}]}"#,
                "r.json:1:84: error: prefixes[0].ip_prefix: ::/0 is not an IPv4 prefix"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-08-22-15-17-05", "prefixes": [{"ip_prefix": "1.2.3.0/24", "region": 5, "service": "EC2"}]}"#,
                "r.json:1:108: error: prefixes[0]: 'region' must be a string"
            ),
            (
                #"{"syncToken": "1", "createDate": "2026-08-22-15-17-05", "prefixes": {}}"#,
                "r.json:1:69: error: 'prefixes' must be an array"
            ),
            (#"[1]"#, "r.json:1:1: error: expected a JSON object at the top of ip-ranges.json"),
            (#"{"syncToken": "1", "#, "r.json:1:20: error: "),
        ] as [(String, String)])
    func malformedFilesNameTheEntryAndField(json: String, expected: String) {
        do {
            _ = try Self.parse(json)
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test func loadsTheRealSnapshotsIncludingLegacyFiles() throws {
        guard let new = SharedTestData.file("ip-ranges-2026-08-22.json"),
            let old = SharedTestData.file("ip-ranges-2019-08-30.json")
        else { return }
        let current = try AWSIPRanges.load(path: new.path)
        #expect(current.entries.count == 10668 + 6160)
        #expect(current.entries(service: "AMAZON_CONNECT").count == 36)
        let legacy = try AWSIPRanges.load(path: old.path)
        #expect(legacy.entries.count == 1760 + 554)
        #expect(legacy.entries.allSatisfy { $0.networkBorderGroup == nil })
    }

    @Test func embeddedSnapshotIsTheNewestRealFile() throws {
        let embedded = try IPRangesSource.embedded()
        #expect(embedded.source == "embedded snapshot")
        #expect(embedded.createDate == "2026-08-22-15-17-05")
        #expect(embedded.entries.count == 16828)
    }

    @Test func optionBeatsEnvironmentBeatsEmbedded() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("r.json")
        try Self.valid.write(to: file, atomically: true, encoding: .utf8)
        #expect(
            try IPRangesSource.load(option: file.path, environment: ["DXPLAN_IP_RANGES": "/nonexistent"]).entries.count
                == 2)
        #expect(try IPRangesSource.load(option: nil, environment: ["DXPLAN_IP_RANGES": file.path]).entries.count == 2)
        #expect(try IPRangesSource.load(option: nil, environment: [:]).entries.count == 16828)
    }
}

@Suite struct UTCDateTests {
    @Test(
        arguments: [
            ("2026-08-22-15-17-05", 30, "2026-09-21"),
            ("2024-02-15-00-00-00", 30, "2024-03-16"),
            ("2023-12-20-23-59-59", 14, "2024-01-03"),
            ("2000-02-28-00-00-00", 1, "2000-02-29"),
            ("1900-02-28-00-00-00", 1, "1900-03-01"),
        ] as [(String, Int, String)])
    func addsDaysAcrossMonthsAndLeapYears(start: String, days: Int, expected: String) throws {
        let date = try #require(UTCDate(createDate: start))
        #expect(date.adding(days: days).dayText == expected)
    }

    @Test(arguments: [
        "2026-02-30-00-00-00", "2026-08-22", "2026-08-22-24-00-00", "26-08-22-15-17-05", "2026-08-22-15-17-0x", "",
    ])
    func rejectsInvalidDates(text: String) {
        #expect(UTCDate(createDate: text) == nil)
    }

    /// `ranges query` and `explain` list the same entries: most specific first, then entry order.
    @Test func entriesContainingAreMostSpecificFirst() throws {
        let ranges = try IPRangesSource.embedded()
        let target = try #require(IPPrefix("15.193.0.10/32"))
        let entries = ranges.entries(containing: target)
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.prefix.contains(target) })
        #expect(entries.map(\.prefix.length) == entries.map(\.prefix.length).sorted(by: >))
        #expect(entries.count == ranges.entries.filter { $0.prefix.contains(target) }.count)
        #expect(ranges.entries(containing: try #require(IPPrefix("192.0.2.0/24"))).isEmpty)
    }
}
