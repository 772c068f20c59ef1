import DXInput
import DXModel
import DXSimulation

/// Address-weighted Direct Connect shares the report prints (Docs/Simulation.md §5, §7).
public enum ReportShares {
    /// Share, per family, of the addresses of the verdict destinations (media + signaling)
    /// delivered over Direct Connect.
    public static func verdictShare(_ result: SimulationResult) -> FamilyShares {
        ConnectDestination.shares(result.destinations.filter(\.role.isInVerdict))
    }

    /// Address-weighted share of several destinations; ``AddressShare/zero`` when there are none.
    public static func share(_ destinations: [ConnectDestination]) -> AddressShare {
        AddressShare(summing: destinations.map(\.directConnectAddresses))
    }
}
