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

    /// The range's addresses that take Direct Connect (and pass the source filter), of all its addresses.
    public var directConnectAddresses: AddressShare {
        let delivered = segments.filter(\.isDirectConnectDelivered)
            .reduce(AddressCount.zero) { $0 + AddressCount($1.prefix) }
        return AddressShare(covered: delivered, total: AddressCount(prefix))
    }

    /// Fraction of the range's addresses that take Direct Connect (and pass the source filter).
    public var directConnectShare: Double { directConnectAddresses.fraction }

    /// The Direct Connect shares of several destinations, one per address family.
    public static func shares(_ destinations: [ConnectDestination]) -> FamilyShares {
        FamilyShares(summing: destinations.map { ($0.prefix.family, $0.directConnectAddresses) })
    }

    public var isFullyDirectConnect: Bool { segments.allSatisfy(\.isDirectConnectDelivered) }
}
