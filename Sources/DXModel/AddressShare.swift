/// The address-weighted share of some destinations that takes Direct Connect: covered and total
/// address counts, exact. Shares add up by adding both counts, so a group's share weighs each range
/// by its size (Docs/Simulation.md §5).
///
/// ``percentText`` is the one way a share is printed: `100%` only when every address is covered,
/// `0.0%` only when none is, otherwise one decimal rounded half up and kept inside 0.1%–99.9%.
public struct AddressShare: Hashable, Sendable {
    public var covered: AddressCount
    public var total: AddressCount

    public static let zero = AddressShare(covered: .zero, total: .zero)

    /// `covered` must not exceed `total`.
    public init(covered: AddressCount, total: AddressCount) {
        precondition(!(total < covered), "covered exceeds total")
        self.covered = covered
        self.total = total
    }

    /// The shares of several destinations together.
    public init<S: Sequence>(summing shares: S) where S.Element == AddressShare {
        self = shares.reduce(.zero, +)
    }

    /// covered / total; 0 when there is no address.
    public var fraction: Double {
        total.isZero ? 0 : covered.doubleValue / total.doubleValue
    }

    /// Every address is covered (and there is at least one).
    public var isComplete: Bool { !total.isZero && covered == total }

    /// Tenths of a percent, rounded half up, from the exact counts; nil when there is no address.
    var tenthsOfPercent: UInt64? {
        guard !total.isZero else { return nil }
        // The largest t in 0...1000 with t·total ≤ covered·1000 + total/2, i.e. with
        // 2t·total ≤ 2000·covered + total: round(1000·covered/total), half up.
        let target = covered.multiplied(by: 2000) + total
        var low: UInt64 = 0
        var high: UInt64 = 1000
        while low < high {
            let middle = (low + high + 1) / 2
            if total.multiplied(by: 2 * middle) <= target { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// `100%`, `0.0%`, or one decimal that never reads as all or nothing when it is not.
    public var percentText: String {
        if isComplete { return "100%" }
        guard !covered.isZero, let tenths = tenthsOfPercent else { return "0.0%" }
        let clamped = min(max(tenths, 1), 999)
        return "\(clamped / 10).\(clamped % 10)%"
    }

    public static func + (a: AddressShare, b: AddressShare) -> AddressShare {
        AddressShare(covered: a.covered + b.covered, total: a.total + b.total)
    }
}
