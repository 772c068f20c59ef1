import DXModel

/// One live public VIF's best advertisement covering an agent source whose scope reaches the
/// Connect Region, with the attributes AWS compares (`dx-routing-policies`).
struct ReturnPathCandidate: Sendable, Equatable {
    var vif: String
    var prefix: IPPrefix
    var scope: AdvertiseScope
    /// Prepends as configured.
    var prepend: Int
    /// The AS_PATH as AWS compares it: the customer ASN plus its prepends, or 1 when the ASN is
    /// private (AWS replaces it, so prepends have no effect; the `prepend-private-asn` case).
    var asPathLength: Int
    var homeRegion: String?
    /// The VIF's location is associated with the Connect Region.
    var isHomeRegion: Bool

    /// Whether AWS prefers `self` to `other`: longest prefix, then shorter AS_PATH, then the home
    /// Region (`dx-routing-policies`); equal on all three means multipath.
    func isPreferred(to other: ReturnPathCandidate) -> Bool {
        if prefix.length != other.prefix.length { return prefix.length > other.prefix.length }
        if asPathLength != other.asPathLength { return asPathLength < other.asPathLength }
        return isHomeRegion && !other.isHomeRegion
    }

    /// Equal on every attribute AWS compares: the two share the traffic.
    func ties(with other: ReturnPathCandidate) -> Bool {
        !isPreferred(to: other) && !other.isPreferred(to: self)
    }

    /// The first step at which AWS prefers `self` to `other`; nil when they tie.
    func step(over other: ReturnPathCandidate) -> ReturnPathStep? {
        if prefix.length != other.prefix.length { return .longestPrefix }
        if asPathLength != other.asPathLength { return .asPathLength }
        if isHomeRegion != other.isHomeRegion { return .homeRegion }
        return nil
    }
}
