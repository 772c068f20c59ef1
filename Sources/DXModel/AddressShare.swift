/// The address-weighted share of some destinations that takes Direct Connect: covered and total
/// address counts, exact. Shares add up by adding both counts, so a group's share weighs each range
/// by its size (Docs/Simulation.md §5).
///
/// ``percentText`` is the one way a share is printed: `100%` only when every address is covered,
/// `0.0%` only when none is, otherwise one decimal rounded half up and kept inside 0.1%–99.9%
/// (``steps(of:)``, the one rounding rule; JSON's `directConnectShare` uses it at six decimals).
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

    /// `covered/total` in `units` (1000 for tenths of a percent), rounded half up, from the exact
    /// counts; nil when there is no address.
    func rounded(units: UInt64) -> UInt64? {
        guard !total.isZero else { return nil }
        // The largest t in 0...units with t·total ≤ covered·units + total/2, i.e. with
        // 2t·total ≤ 2·units·covered + total: round(units·covered/total), half up.
        let target = covered.multiplied(by: 2 * units) + total
        var low: UInt64 = 0
        var high: UInt64 = units
        while low < high {
            let middle = (low + high + 1) / 2
            if total.multiplied(by: 2 * middle) <= target { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The one rounding rule of every printed share, at `units` steps: exactly `units` only when
    /// every address is covered, 0 only when none is, otherwise rounded half up and kept inside
    /// 1…units−1, so a rounded share never reads as all or nothing when it is not.
    public func steps(of units: UInt64) -> UInt64 {
        if isComplete { return units }
        guard !covered.isZero, let rounded = rounded(units: units) else { return 0 }
        return min(max(rounded, 1), units - 1)
    }

    /// `100%`, `0.0%`, or one decimal that never reads as all or nothing when it is not.
    public var percentText: String {
        if isComplete { return "100%" }
        let tenths = steps(of: 1000)
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The share in millionths by the same rule as ``percentText``: what JSON writes as
    /// `directConnectShare`, `1.0` only when every address is covered.
    public var roundedFraction: Double { Double(steps(of: 1_000_000)) / 1_000_000 }

    public static func + (a: AddressShare, b: AddressShare) -> AddressShare {
        AddressShare(covered: a.covered + b.covered, total: a.total + b.total)
    }
}
