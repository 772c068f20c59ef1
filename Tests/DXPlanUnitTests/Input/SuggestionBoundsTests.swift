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

/// Suggestions skip candidates whose length rules them out and stop a comparison once it is
/// beyond the allowed distance (issue 17 #5); the suggestions must be those of the full search.
@Suite struct SuggestionBoundsTests {
    /// The full search: every candidate's full distance.
    static func reference(_ text: String, _ candidates: [String], limit: Int = 3) -> [String] {
        let allowed = min(4, max(1, text.count / 3))
        var seen = Set<String>()
        var scored: [(Int, Int, String)] = []
        for (index, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            let distance = Suggestion.distance(text.lowercased(), candidate.lowercased())
            if distance <= allowed { scored.append((distance, index, candidate)) }
        }
        scored.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return scored.prefix(limit).map(\.2)
    }

    @Test func sameSuggestionsAsTheFullSearch() {
        var random = SplitMix64(seed: 5)
        let letters = Array("abcdeÉé-")
        func word(_ length: Int) -> String {
            String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
        }
        for _ in 0..<2_000 {
            let candidates = (0..<6).map { _ in word(Int(random.next() % 10)) }
            var text = candidates[Int(random.next() % 6)]
            for _ in 0..<Int(random.next() % 4) where !text.isEmpty {
                text.remove(at: text.index(text.startIndex, offsetBy: Int(random.next() % UInt64(text.count))))
            }
            text += word(Int(random.next() % 3))
            #expect(
                Suggestion.ranked(for: text, among: candidates) == Self.reference(text, candidates),
                "\(text) \(candidates)")
        }
    }

    @Test func maximumDistanceIsUnchanged() {
        for length in 0...40 {
            let text = String(repeating: "é", count: length)
            #expect(Suggestion.maximumDistance(for: text) == min(4, max(1, length / 3)))
        }
    }

    /// A megabyte-long unknown value gets no suggestion (and is not compared with anything);
    /// a typo next to it still gets one.
    @Test func megabyteValuesGetNoSuggestion() {
        let long = String(repeating: "eqdc2", count: 200_000)
        #expect(Suggestion.closest(to: long, among: ["EqDC2", "us-east-1"]) == nil)
        #expect(DirectConnectLocationCatalog.suggestions(for: long).isEmpty)
        #expect(DirectConnectLocationCatalog.suggestions(for: "EqDC3").contains("Equinix DC2/DC11, Ashburn, VA"))
        #expect(Suggestion.closest(to: "us-esat-1", among: ["us-east-1", "us-east-2"]) == "us-east-1")
    }
}

/// Location names are normalized byte by byte when ASCII; the result must be the general one's.
@Suite struct LocationNormalizationTests {
    @Test func asciiPathEqualsTheGeneralPath() {
        var random = SplitMix64(seed: 9)
        let pieces = [
            " ", "\t", "\r\n", "\n", "\u{0B}", "\u{0C}", "\u{1C}", "A", "z", "Q", "5", ",", "/", "-", "é", "\u{2003}",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            let general = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(DirectConnectLocationCatalog.normalized(text) == general, "\(Array(text.unicodeScalars))")
        }
        #expect(DirectConnectLocationCatalog.matches("  eqdc2 \n").count == 1)
        #expect(DirectConnectLocationCatalog.matches(String(repeating: "x", count: 1_000_000)).isEmpty)
    }
}
