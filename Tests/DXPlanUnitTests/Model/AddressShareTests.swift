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

@Suite struct AddressShareTests {
    static func share(_ covered: UInt64, of total: UInt64) -> AddressShare {
        AddressShare(covered: AddressCount(covered), total: AddressCount(total))
    }

    @Test func noAddressAtAllIsZero() {
        #expect(AddressShare.zero.fraction == 0)
        #expect(AddressShare.zero.percentText == "0.0%")
        #expect(!AddressShare.zero.isComplete)
    }

    @Test func noneCoveredIsZero() {
        let share = Self.share(0, of: 256)
        #expect(share.fraction == 0)
        #expect(share.percentText == "0.0%")
    }

    /// One address of the whole IPv4 space is far below 0.05%, but not nothing.
    @Test func oneAddressOfTwoToThe32IsNotZero() throws {
        let all = try #require(IPPrefix("0.0.0.0/0"))
        let one = try #require(IPPrefix("192.0.2.1/32"))
        let share = AddressShare(covered: AddressCount(one), total: AddressCount(all))
        #expect(share.fraction == 0x1p-32)
        #expect(share.percentText == "0.1%")
    }

    /// 99.99% rounds to 100.0, which would claim every address: it prints 99.9%.
    @Test func almostAllIsNotHundred() {
        #expect(Self.share(9999, of: 10000).percentText == "99.9%")
        #expect(Self.share(UInt64(1) << 32 - 1, of: UInt64(1) << 32).percentText == "99.9%")
    }

    @Test func everyAddressIsHundred() throws {
        let prefix = try #require(IPPrefix("2600:f0f2:7100::/40"))
        let share = AddressShare(covered: AddressCount(prefix), total: AddressCount(prefix))
        #expect(share.isComplete)
        #expect(share.fraction == 1)
        #expect(share.percentText == "100%")
    }

    /// Whole IPv6 space minus one address: the fraction is 1.0 as a Double, the text is not 100%.
    @Test func exactCountsWhereDoublesRoundToOne() throws {
        var covered = AddressCount.zero
        for length in 1...128 {
            covered += AddressCount(try #require(IPPrefix("::/\(length)")))
        }
        let total = AddressCount(try #require(IPPrefix("::/0")))
        let share = AddressShare(covered: covered, total: total)
        #expect(covered < total)
        #expect(share.fraction == 1)
        #expect(!share.isComplete)
        #expect(share.percentText == "99.9%")
    }

    @Test(arguments: [
        (UInt64(1), UInt64(8), "12.5%"), (1, 3, "33.3%"), (2, 3, "66.7%"), (1, 16, "6.3%"), (1, 32, "3.1%"),
        (1, 2000, "0.1%"), (1, 2001, "0.1%"), (1, 1_000_000, "0.1%"), (1999, 2000, "99.9%"), (1, 1, "100%"),
    ])
    func oneDecimalRoundedHalfUpInside(covered: UInt64, total: UInt64, text: String) {
        #expect(Self.share(covered, of: total).percentText == text)
    }

    /// EC2 44.192.0.0/11 with one /32 going elsewhere: 0.99999952, which six decimals round to
    /// 1.0; JSON writes 0.999999 and the exact counts.
    @Test func jsonFractionIsNeverOneUnlessComplete() throws {
        let range = AddressCount(try #require(IPPrefix("44.192.0.0/11")))
        let hole = AddressCount(try #require(IPPrefix("44.192.0.1/32")))
        var covered = AddressCount.zero
        for length in 12...32 { covered += AddressCount(try #require(IPPrefix("44.0.0.0/\(length)"))) }
        #expect(covered + hole == range)
        let share = AddressShare(covered: covered, total: range)
        #expect(share.fraction > 0.9999995)
        #expect(share.roundedFraction == 0.999999)
        #expect(share.percentText == "99.9%")
        #expect(share.covered.decimalText == "2097151")
        #expect(share.total.decimalText == "2097152")
        #expect(AddressShare(covered: range, total: range).roundedFraction == 1)
    }

    @Test(arguments: [
        (UInt64(0), UInt64(10), 0.0, "0.0%"), (1, 1 << 40, 0.000001, "0.1%"), (9995, 10000, 0.9995, "99.9%"),
        (9994, 10000, 0.9994, "99.9%"), (5, 1000, 0.005, "0.5%"), (1, 1, 1.0, "100%"),
    ])
    func oneRuleAtBothPrecisions(covered: UInt64, total: UInt64, fraction: Double, text: String) {
        let share = Self.share(covered, of: total)
        #expect(share.roundedFraction == fraction)
        #expect(share.percentText == text)
    }

    /// IPv6-sized counts print exactly in decimal, and one address short of the whole space is
    /// not 1.0 in JSON.
    @Test func ipv6SizedCounts() throws {
        let all = AddressCount(try #require(IPPrefix("::/0")))
        #expect(all.decimalText == "340282366920938463463374607431768211456")
        #expect((all + all).decimalText == "680564733841876926926749214863536422912")
        #expect(AddressCount.zero.decimalText == "0")
        #expect(AddressCount(UInt64(1_000_000_000_000_000_000)).decimalText == "1000000000000000000")
        var covered = AddressCount.zero
        for length in 1...128 { covered += AddressCount(try #require(IPPrefix("::/\(length)"))) }
        #expect(covered.decimalText == "340282366920938463463374607431768211455")
        let share = AddressShare(covered: covered, total: all)
        #expect(share.roundedFraction == 0.999999)
    }

    @Test func familySharesNeverMix() throws {
        let v4 = try #require(IPPrefix("198.51.100.0/24"))
        let v6 = try #require(IPPrefix("2001:db8::/32"))
        let shares = FamilyShares(summing: [
            (AddressFamily.ipv6, AddressShare(covered: AddressCount(v6), total: AddressCount(v6))),
            (.ipv4, AddressShare(covered: .zero, total: AddressCount(v4))),
            (.ipv4, AddressShare(covered: AddressCount(v4), total: AddressCount(v4))),
        ])
        #expect(shares.text == "IPv4 50.0%, IPv6 100%")
        #expect(FamilyShares.none.text == "0.0%")
    }

    @Test func sharesAddUpByAddresses() throws {
        let covered = AddressCount(try #require(IPPrefix("198.51.100.0/24")))
        let full = AddressShare(covered: covered, total: covered)
        let none = AddressShare(covered: .zero, total: AddressCount(try #require(IPPrefix("203.0.112.0/23"))))
        let sum = AddressShare(summing: [full, none])
        #expect(sum.covered == AddressCount(256))
        #expect(sum.total == AddressCount(768))
        #expect(sum.percentText == "33.3%")
    }

    @Test func countsCarryAcrossWords() throws {
        let low = AddressCount(UInt64.max) + AddressCount(1)
        #expect(low == AddressCount(try #require(IPPrefix("::/64"))))
        let high = AddressCount(try #require(IPPrefix("::/0")))
        #expect(high.doubleValue == 0x1p128)
        #expect((high + high).doubleValue == 0x1p129)
        #expect(high.multiplied(by: 2000) == (0..<2000).reduce(AddressCount.zero) { sum, _ in sum + high })
    }

    @Test func destinationShareUsesTheSameType() throws {
        let result = try SimulationFixture.simulate(SimulationFixture.base)
        for destination in result.destinations {
            #expect(destination.directConnectShare == destination.directConnectAddresses.fraction)
        }
    }
}
