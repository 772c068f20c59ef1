import DXAWS
import DXCore
import DXModel

/// Whether the Direct Connect capacity that stays up carries every agent on a call at once
/// (Docs/Simulation.md, "Capacity").
///
/// Needed: `connect.agents` × `connect.call_kbps` (default ``defaultCallKbps``; Amazon Connect
/// publishes no per-call figure, so the default is an assumption, `dxplan-assumptions` #14).
/// Left: the speed of every connection that is up and belongs to a link group (a connection, or
/// a LAG's members) with a live public VIF: a LAG counts its live members, a hosted connection
/// its hosted speed, which AWS polices (`dx-hosted-connections`, `dx-lags`).
public struct CallCapacity: Sendable, Equatable {
    /// The per-call bandwidth when `connect.call_kbps` is not given, in kbit/s per direction.
    public static let defaultCallKbps = 100

    public var agents: Int
    public var callKbps: Int
    /// Direct Connect capacity left, in Mbit/s.
    public var availableMbps: Int

    /// kbit/s of every agent on a call at once.
    public var requiredKbps: Int { agents * callKbps }

    /// Some Direct Connect capacity is left, and less than the calls need. With none left the
    /// calls are not on Direct Connect at all, which the verdict and
    /// `single-failure-breaks-connect` report.
    public var isShort: Bool { availableMbps > 0 && requiredKbps > availableMbps * 1000 }

    /// The capacity under `scenario`; nil when the topology gives no `connect.agents`.
    public static func assess(_ topology: Topology, scenario: FailureScenario) -> CallCapacity? {
        guard let agents = topology.connect.agents?.value else { return nil }
        var available = 0
        for group in LinkGroup.all(in: topology) {
            let carries = group.connections.contains { connection in
                connection.virtualInterfaces.contains {
                    $0.type.value == .public && scenario.isLive($0, on: connection, in: topology)
                }
            }
            guard carries else { continue }
            for connection in group.connections where !scenario.downConnections.contains(connection.name.value) {
                available += connection.speed.value.megabitsPerSecond
            }
        }
        return CallCapacity(
            agents: agents, callKbps: topology.connect.callKbps?.value ?? defaultCallKbps, availableMbps: available)
    }

    /// `capacity-short` when the capacity left is below what the calls need; `failed` names the
    /// failure for the message.
    public func finding(in topology: Topology, failed: [String]) -> Finding? {
        guard isShort else { return nil }
        let when = failed.isEmpty ? "" : " when \(failed.map { "'\($0)'" }.joined(separator: " and ")) fails"
        let needed = Self.megabits(requiredKbps)
        return Finding(
            .capacityShort, at: topology.connect.agents?.location,
            "\(agents) agents on calls at \(callKbps) kbps need \(needed) Mbps, but only \(availableMbps) Mbps of Direct Connect capacity is up\(when)"
        )
    }

    /// kbit/s as Mbit/s, rounded up to a whole number.
    static func megabits(_ kbps: Int) -> Int { (kbps + 999) / 1000 }
}
