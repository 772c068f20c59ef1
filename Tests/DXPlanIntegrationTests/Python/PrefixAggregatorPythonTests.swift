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

@Suite struct PrefixAggregatorPythonTests {
    /// Random mixed prefixes (both families, clustered so merges happen) against Python's
    /// `ipaddress.collapse_addresses`.
    @Test func matchesPythonOnRandomPrefixes() throws {
        guard let python = SharedTestData.python() else { return }
        var rng = SplitMix64(seed: 42)
        var texts: [String] = []
        for _ in 0..<3000 {
            let base = UInt32(0xC633_6400) | UInt32.random(in: 0...0xFFF, using: &rng)
            let length = Int.random(in: 18...32, using: &rng)
            texts.append(IPPrefix(containing: .v4(IPv4Address(base)), length: length)!.description)
        }
        for _ in 0..<2000 {
            let high = UInt64(0x2001_0db8_0000_0000) | UInt64.random(in: 0...0xFF, using: &rng) << 16
            let low = UInt64.random(in: 0...3, using: &rng)
            let length = [32, 40, 44, 46, 47, 48, 56, 64, 127, 128].randomElement(using: &rng)!
            texts.append(IPPrefix(containing: .v6(IPv6Address(high: high, low: low)), length: length)!.description)
        }
        texts += ["0.0.0.0/32", "255.255.255.255/32", "::/128"]
        try compareWithPython(python, texts: texts)
    }

    @Test(arguments: ["ip-ranges-2026-08-22.json", "ip-ranges-2019-08-30.json"])
    func matchesPythonOnAWSIPRanges(file: String) throws {
        guard let url = SharedTestData.file(file), let python = SharedTestData.python() else { return }
        let texts = try SharedTestData.awsPrefixTexts(url)
        #expect(texts.count > 1000)
        #expect(texts.contains { $0.contains(":") })
        try compareWithPython(python, texts: texts)
    }

    private func compareWithPython(_ python: URL, texts: [String]) throws {
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("dxplan-collapse-\(UUID().uuidString).txt")
        try (texts.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let script = """
            import ipaddress, sys
            nets = [ipaddress.ip_network(l.strip()) for l in open(sys.argv[1]) if l.strip()]
            for version in (4, 6):
                for n in ipaddress.collapse_addresses([n for n in nets if n.version == version]):
                    print(n)
            """
        let expected = try SharedTestData.runPython(python, script: script, arguments: [input.path])
        let parsed = texts.compactMap(IPPrefix.init)
        #expect(parsed.count == texts.count, "every input prefix parses")
        let actual = PrefixAggregator.collapse(parsed).map(\.description)
        #expect(actual.count == expected.count)
        #expect(actual == expected)
        if actual != expected,
            let index = zip(actual, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
        {
            Issue.record("first difference at \(index): \(actual[index]) vs python \(expected[index])")
        }
    }
}
