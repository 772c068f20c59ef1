import DXInput
import DXModel
import DXSimulation

/// One Amazon Connect-related ip-ranges.json range the review followed: the VIFs that carry it and
/// its Direct Connect share (Docs/Simulation.md §7; `connect-ccp-networking`, Option 2).
public struct VerifiedRange: Sendable, Equatable {
    public var prefix: IPPrefix
    public var role: DestinationRole
    public var service: String
    /// A Region code or `GLOBAL`.
    public var region: String
    /// The VIFs whose routes carry a part of the range over Direct Connect, sorted.
    public var virtualInterfaces: [String]
    /// How the parts not delivered over Direct Connect leave (as ``OffPathSegment/path``), in order.
    public var otherPaths: [String]
    public var directConnectShare: AddressShare

    public var family: AddressFamily { prefix.family }

    public init(_ destination: ConnectDestination) {
        prefix = destination.prefix
        role = destination.role
        service = destination.service
        region = destination.region
        var vifs: Set<String> = []
        var paths: [String] = []
        for segment in destination.segments {
            if segment.isDirectConnectDelivered {
                vifs.formUnion(segment.decision.via)
            } else {
                let path = OffPathSegment.path(segment)
                if !paths.contains(path) { paths.append(path) }
            }
        }
        virtualInterfaces = vifs.sorted()
        otherPaths = paths
        directConnectShare = destination.directConnectAddresses
    }

    /// The media, signaling and GLOBAL Amazon Connect ranges of a result, in destination order.
    public static func connect(_ result: SimulationResult) -> [VerifiedRange] {
        result.destinations.filter { $0.role != .cloudFront }.map(VerifiedRange.init)
    }

    /// The CloudFront ranges of a result, by Region, family, then prefix.
    public static func cloudFront(_ result: SimulationResult) -> [VerifiedRange] {
        result.destinations.filter { $0.role == .cloudFront }.map(VerifiedRange.init).sorted {
            ($0.region, $0.family == .ipv4 ? 0 : 1, $0.prefix) < ($1.region, $1.family == .ipv4 ? 0 : 1, $1.prefix)
        }
    }
}
