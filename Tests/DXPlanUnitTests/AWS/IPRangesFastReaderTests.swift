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

/// The fast ip-ranges reader must read every real snapshot exactly as the strict reader does,
/// and on anything else fall back so that `AWSIPRanges.parse` behaves exactly as the strict
/// reader (same entries or the same error).
@Suite struct IPRangesFastReaderTests {
    /// `parse` (fast path first) and `parseStrictly` agree: same content or same error.
    private func expectSameOutcome(
        _ bytes: [UInt8], _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let fast = Result { () throws(InputError) in try AWSIPRanges.parse(bytes, file: "t.json") }
        let strict = Result { () throws(InputError) in try AWSIPRanges.parseStrictly(bytes, file: "t.json") }
        switch (fast, strict) {
        case (.success(let a), .success(let b)):
            #expect(
                a.syncToken == b.syncToken && a.createDate == b.createDate && a.entries == b.entries, comment,
                sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)):
            #expect(a == b, comment, sourceLocation: sourceLocation)
        default:
            Issue.record(
                "fast path and strict reader disagree: \(fast) vs \(strict) \(comment.map { "\($0)" } ?? "")",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["2019-08-30", "2021-08-31", "2023-08-31", "2025-08-31", "2026-08-19", "2026-08-22"])
    func realSnapshotsTakeTheFastPath(date: String) throws {
        guard let url = SharedTestData.file("ip-ranges-\(date).json") else { return }
        let bytes = try [UInt8](Data(contentsOf: url))
        let fast = try #require(IPRangesFastReader.read(bytes), "the published format must not need the fallback")
        let strict = try AWSIPRanges.parseStrictly(bytes, file: url.path)
        #expect(fast.syncToken == strict.syncToken)
        #expect(fast.createDate == strict.createDate)
        #expect(fast.entries.count == strict.entries.count)
        #expect(fast.entries == strict.entries)
    }

    private let sample = """
        {
          "syncToken": "1787411825",
          "createDate": "2026-08-22-15-17-05",
          "prefixes": [
            {"ip_prefix": "3.5.140.0/22", "region": "ap-northeast-2", "service": "AMAZON", "network_border_group": "ap-northeast-2"},
            {"ip_prefix": "15.193.7.0/24", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"}
          ],
          "ipv6_prefixes": [
            {"ipv6_prefix": "2600:f0f2:7100::/40", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"}
          ]
        }
        """

    @Test func sampleTakesTheFastPath() throws {
        let read = try #require(IPRangesFastReader.read(Array(sample.utf8)))
        #expect(read.entries.map(\.prefix.description) == ["3.5.140.0/22", "15.193.7.0/24", "2600:f0f2:7100::/40"])
        #expect(read.entries[1].service == "AMAZON_CONNECT" && read.entries[2].networkBorderGroup == "us-east-1")
        // Field order, compact spacing, a BOM and IPv6 listed first change nothing.
        let variants: [String] = [
            #"{"prefixes":[{"service":"EC2","region":"GLOBAL","ip_prefix":"192.0.2.0/24"}],"createDate":"2026-08-22-15-17-05","syncToken":"1"}"#,
            "\u{FEFF}" + sample,
            #"{"ipv6_prefixes": [], "syncToken": "1", "createDate": "2026-08-22-15-17-05", "prefixes": []}"#,
        ]
        for variant in variants {
            #expect(IPRangesFastReader.read(Array(variant.utf8)) != nil, "\(variant)")
            expectSameOutcome(Array(variant.utf8), "\(variant)")
        }
    }

    /// Valid files the fast path does not take (the strict reader reads them) and invalid ones
    /// (the strict reader explains them): `parse` behaves as the strict reader in each case.
    @Test func unusualFilesFallBack() {
        let cases: [String] = [
            sample.replacingOccurrences(of: "\"syncToken\"", with: "\"extra\": [1, true, null],\n  \"syncToken\""),
            sample.replacingOccurrences(
                of: "\"service\": \"AMAZON\",", with: "\"service\": \"AMAZON\", \"new_field\": \"x\","),
            sample.replacingOccurrences(of: "us-east-1\"}", with: "us-east-\\u0031\"}"),
            sample.replacingOccurrences(of: "ap-northeast-2\"}", with: "ap-northeast-2 é\"}"),
            sample.replacingOccurrences(of: "\"1787411825\"", with: "1787411825"),
            sample.replacingOccurrences(of: "1787411825", with: "17874x1825"),
            sample.replacingOccurrences(of: "2026-08-22-15-17-05", with: "2026-13-22-15-17-05"),
            sample.replacingOccurrences(of: "3.5.140.0/22", with: "3.5.140.1/22"),
            sample.replacingOccurrences(of: "3.5.140.0/22", with: "2600::/40"),
            sample.replacingOccurrences(of: "\"region\": \"us-east-1\"", with: "\"region\": \"us east 1\""),
            sample.replacingOccurrences(of: ", \"region\": \"us-east-1\"", with: ""),
            sample.replacingOccurrences(
                of: "\"service\": \"AMAZON\"", with: "\"service\": \"AMAZON\", \"service\": \"EC2\""),
            sample.replacingOccurrences(of: "\"ipv6_prefixes\"", with: "\"prefixes\""),
            sample.replacingOccurrences(of: "}\n  ],", with: "},\n  ],"),
            sample + " x",
            sample.replacingOccurrences(of: "\"prefixes\": [", with: "\"prefixes\": {").replacingOccurrences(
                of: "}\n  ],", with: "}\n  },"),
            "{}",
            "",
        ]
        for text in cases {
            expectSameOutcome(Array(text.utf8), "\(text)")
        }
    }

    /// Random edits of the sample with JSON's structural characters: whatever the result, the
    /// fast path never accepts a file the strict reader rejects, nor reads one differently.
    @Test func randomEditsMatchTheStrictReader() {
        var rng = SplitMix64(seed: 7)
        let alphabet: [UInt8] = Array(#"{}[]",: \/.-_09azAZ"#.utf8) + [0x0A, 0x09, 0x5C, 0xC3]
        let original = Array(sample.utf8)
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let index = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.remove(at: index)
                case 1: bytes.insert(alphabet.randomElement(using: &rng)!, at: index)
                default: bytes[index] = alphabet.randomElement(using: &rng)!
                }
            }
            expectSameOutcome(bytes, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }
}
