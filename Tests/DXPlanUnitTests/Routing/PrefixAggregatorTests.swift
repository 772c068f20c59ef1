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

@Suite struct PrefixAggregatorTests {
    private func prefixes(_ texts: [String]) -> [IPPrefix] {
        texts.map { IPPrefix($0)! }
    }

    @Test(arguments: [
        ([String](), [String]()),
        (["10.0.0.0/24", "10.0.1.0/24"], ["10.0.0.0/23"]),
        (["10.0.1.0/24", "10.0.2.0/24"], ["10.0.1.0/24", "10.0.2.0/24"]),  // adjacent but not siblings
        (["10.0.0.0/8", "10.1.0.0/16", "10.0.0.0/8"], ["10.0.0.0/8"]),
        (["10.0.0.0/25", "10.0.0.128/26", "10.0.0.192/26", "10.0.1.0/24"], ["10.0.0.0/23"]),
        (["0.0.0.0/1", "128.0.0.0/1"], ["0.0.0.0/0"]),
        (["0.0.0.0/0", "1.2.3.4/32", "::/0", "2001:db8::/32"], ["0.0.0.0/0", "::/0"]),
        (["2001:db8::/33", "2001:db8:8000::/33", "10.0.0.0/32", "10.0.0.1/32"], ["10.0.0.0/31", "2001:db8::/32"]),
        (["255.255.255.255/32", "255.255.255.254/32"], ["255.255.255.254/31"]),
        (
            ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"],
            ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"]
        ),
        (["::/128", "::1/128", "::2/127"], ["::/126"]),
        (["192.0.2.0/24", "10.0.0.0/8"], ["10.0.0.0/8", "192.0.2.0/24"]),
    ])
    func collapses(input: [String], expected: [String]) {
        #expect(PrefixAggregator.collapse(prefixes(input)).map(\.description) == expected)
    }

    @Test(arguments: [
        ("10.0.0.0/8", [String](), ["10.0.0.0/8"]),
        ("10.0.0.0/8", ["10.0.0.0/8"], []),
        ("10.0.0.0/8", ["0.0.0.0/0"], []),
        ("10.0.0.0/8", ["11.0.0.0/8", "::/0"], ["10.0.0.0/8"]),
        ("10.0.0.0/30", ["10.0.0.1/32"], ["10.0.0.0/32", "10.0.0.2/31"]),
        ("10.0.0.0/24", ["10.0.0.0/26", "10.0.0.128/25"], ["10.0.0.64/26"]),
        ("10.0.0.0/24", ["10.0.0.0/26", "10.0.0.64/26"], ["10.0.0.128/25"]),
        (
            "0.0.0.0/0", ["10.0.0.0/8"],
            [
                "0.0.0.0/5", "8.0.0.0/7", "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4",
                "32.0.0.0/3", "64.0.0.0/2", "128.0.0.0/1",
            ]
        ),
        ("2001:db8::/32", ["2001:db8::/34", "2001:db8:c000::/34"], ["2001:db8:4000::/34", "2001:db8:8000::/34"]),
        ("::/0", ["::/1"], ["8000::/1"]),
    ])
    func subtracts(base: String, holes: [String], expected: [String]) {
        #expect(PrefixAggregator.subtract(IPPrefix(base)!, prefixes(holes)).map(\.description) == expected)
    }

    /// Subtraction and collapse agree: (base − holes) ∪ holes-inside-base collapses to base, and
    /// the pieces are disjoint from the holes.
    @Test func subtractIsComplementOnRandomData() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let base = IPPrefix(
                containing: .v4(IPv4Address(UInt32.random(in: 0...UInt32.max, using: &rng))),
                length: Int.random(in: 8...24, using: &rng))!
            var holes: [IPPrefix] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let inside =
                    base.network.bitsForTest | UInt32.random(in: 0...UInt32.max, using: &rng) >> UInt32(base.length)
                holes.append(
                    IPPrefix(
                        containing: .v4(IPv4Address(inside)), length: Int.random(in: base.length...32, using: &rng))!)
            }
            let pieces = PrefixAggregator.subtract(base, holes)
            #expect(pieces == pieces.sorted())
            for piece in pieces {
                #expect(base.contains(piece))
                #expect(!holes.contains { $0.overlaps(piece) })
            }
            #expect(PrefixAggregator.collapse(pieces + holes) == [base] || holes.contains(base) && pieces.isEmpty)
            #expect(PrefixAggregator.collapse(pieces) == pieces, "subtract output is already minimal")
        }
    }

}

extension IPAddress {
    /// The IPv4 value (0 for IPv6); test helper.
    var bitsForTest: UInt32 {
        if case .v4(let address) = self { return address.value }
        return 0
    }
}
