import DXInput
import DXSimulation

/// Address-weighted Direct Connect shares the report prints (DESIGN.md "The verdict").
public enum ReportShares {
    /// Share of the addresses of the verdict destinations (media + signaling) delivered over Direct Connect.
    public static func verdictShare(_ result: SimulationResult) -> Double {
        share(result.destinations.filter(\.role.isInVerdict))
    }

    /// Address-weighted share of several destinations; 0 when there are none.
    public static func share(_ destinations: [ConnectDestination]) -> Double {
        let total = destinations.reduce(0) { $0 + $1.prefix.addressCount }
        let delivered = destinations.reduce(0) { $0 + $1.directConnectShare * $1.prefix.addressCount }
        return total > 0 ? delivered / total : 0
    }

    /// `100%`, or a share rounded down to tenths (`99.9%`), never rounding up to 100.
    public static func percent(_ share: Double) -> String {
        SimulationText.percent(share)
    }
}
