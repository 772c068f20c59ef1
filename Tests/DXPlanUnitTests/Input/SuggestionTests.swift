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

@Suite struct SuggestionTests {
    static let keys = ["name", "type", "vlan", "vendor", "address_family", "customer_address", "amazon_address"]

    @Test(arguments: [
        ("vlna", "vlan"),
        ("vendr", "vendor"),
        ("VLAN", "vlan"),
        ("adress_family", "address_family"),
        ("customer_adress", "customer_address"),
        ("amazon_addres", "amazon_address"),
        ("nmae", "name"),
    ])
    func suggestsTheClosestKey(typo: String, expected: String) {
        #expect(Suggestion.closest(to: typo, among: Self.keys) == expected)
    }

    @Test(arguments: ["banana", "x", "", "completely_unrelated_key"])
    func returnsNilWhenTooFar(text: String) {
        #expect(Suggestion.closest(to: text, among: Self.keys) == nil)
    }

    @Test func returnsNilForNoCandidates() {
        #expect(Suggestion.closest(to: "vlan", among: [String]()) == nil)
    }

    @Test func distanceCountsTranspositionsOnce() {
        #expect(Suggestion.distance("vlna", "vlan") == 1)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("abc", "abc") == 0)
        #expect(Suggestion.distance("ABC", "abc") == 3)
    }

    @Test func tiesKeepCandidateOrder() {
        #expect(Suggestion.closest(to: "bat", among: ["cat", "hat"]) == "cat")
        #expect(Suggestion.closest(to: "bat", among: ["hat", "cat"]) == "hat")
        #expect(
            Suggestion.ranked(for: "bat", among: ["hat", "cat", "hat", "bats"], limit: 5) == ["hat", "cat", "bats"])
        #expect(Suggestion.ranked(for: "bat", among: ["hat", "cat"], limit: 1) == ["hat"])
        #expect(Suggestion.ranked(for: "bat", among: ["hat"], limit: 0).isEmpty)
    }

    @Test(arguments: [("", 1), ("ab", 1), ("abcdef", 2), ("abcdefghi", 3), (String(repeating: "a", count: 40), 4)])
    func allowedDistanceGrowsWithLength(text: String, allowed: Int) {
        #expect(Suggestion.maximumDistance(for: text) == allowed)
    }
}
