/// Direct Connect shares kept apart per address family: an IPv6 range holds 2^96 times the
/// addresses of an IPv4 range of the same length, so one share over both would only show IPv6
/// (Docs/Simulation.md §5).
public struct FamilyShares: Hashable, Sendable {
    public var byFamily: [AddressFamily: AddressShare]

    public static let none = FamilyShares(byFamily: [:])

    public init(byFamily: [AddressFamily: AddressShare]) {
        self.byFamily = byFamily
    }

    /// The shares of several ranges, each added to its family's.
    public init<S: Sequence>(summing shares: S) where S.Element == (AddressFamily, AddressShare) {
        var byFamily: [AddressFamily: AddressShare] = [:]
        for (family, share) in shares { byFamily[family, default: .zero] = byFamily[family, default: .zero] + share }
        self.byFamily = byFamily
    }

    /// `IPv4 99.9%, IPv6 100%`: each family with an address, IPv4 first, by
    /// ``AddressShare/percentText``; `0.0%` when there is no address at all.
    public var text: String {
        let parts = AddressFamily.allCases.compactMap { family -> String? in
            guard let share = byFamily[family], !share.total.isZero else { return nil }
            return "\(family.displayName) \(share.percentText)"
        }
        return parts.isEmpty ? AddressShare.zero.percentText : parts.joined(separator: ", ")
    }
}
