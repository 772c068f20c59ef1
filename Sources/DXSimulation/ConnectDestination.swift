import DXInput
import DXModel

/// One Amazon Connect-related ip-ranges prefix and how traffic to it leaves the network.
public struct ConnectDestination: Sendable {
    public var prefix: IPPrefix
    public var service: String
    /// A Region code or `GLOBAL`.
    public var region: String
    public var role: DestinationRole
    public var segments: [Segment]

    /// Fraction of the range's addresses that take Direct Connect (and pass the source filter).
    public var directConnectShare: Double {
        let total = prefix.addressCount
        let delivered = segments.filter(\.isDirectConnectDelivered).reduce(0) { $0 + $1.prefix.addressCount }
        return total > 0 ? delivered / total : 0
    }

    public var isFullyDirectConnect: Bool { segments.allSatisfy(\.isDirectConnectDelivered) }
}
