import DXInput
import DXSimulation

/// A part of an Amazon Connect range that is not delivered over Direct Connect: it takes the
/// Internet, has no route, or is dropped by the Direct Connect source filter (AWS DX User Guide,
/// "Routing policies and BGP communities", inbound packet filtering).
public struct OffPathSegment: Sendable, Equatable {
    public var segment: String
    /// `SERVICE REGION` of the range it belongs to.
    public var range: String
    public var role: DestinationRole
    /// `internet isp-a, isp-b`, `none`, or `dropped (source filter on pub-1)`; `simulate` prints it too.
    public var path: String
    public var reason: String

    /// At most this many segments are listed, by the report and by `simulate`.
    public static let listLimit = 50

    /// Every off-path segment of a result, in destination order.
    public static func all(_ result: SimulationResult) -> [OffPathSegment] {
        result.destinations.flatMap { destination in
            destination.segments.filter { !$0.isDirectConnectDelivered }.map { segment in
                OffPathSegment(
                    segment: segment.prefix.description, range: "\(destination.service) \(destination.region)",
                    role: destination.role,
                    path: path(segment), reason: AssumptionText.reason(segment.decision))
            }
        }
    }

    /// `internet isp-a, isp-b`, `none`, or `dropped (source filter on pub-1)` for a segment not
    /// delivered over Direct Connect.
    public static func path(_ segment: Segment) -> String {
        let decision = segment.decision
        if decision.kind == .directConnect {
            return "dropped (source filter on \(segment.sourceFilteredOn.joined(separator: ", ")))"
        } else if decision.via.isEmpty {
            return decision.kind.rawValue
        }
        return "\(decision.kind.rawValue) \(decision.via.joined(separator: ", "))"
    }
}
