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
    public var path: String
    public var reason: String

    /// Every off-path segment of a result, in destination order.
    public static func all(_ result: SimulationResult) -> [OffPathSegment] {
        result.destinations.flatMap { destination in
            destination.segments.filter { !$0.isDirectConnectDelivered }.map { segment in
                let path = segment.decision.kind == .directConnect
                    ? "dropped (source filter on \(segment.sourceFilteredOn.joined(separator: ", ")))"
                    : ([segment.decision.kind.rawValue] + segment.decision.via).joined(separator: " ")
                return OffPathSegment(
                    segment: segment.prefix.description, range: "\(destination.service) \(destination.region)", role: destination.role,
                    path: path, reason: segment.decision.reason)
            }
        }
    }
}
