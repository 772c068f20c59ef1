import DXModel

/// One distinct prefix AWS advertises on public VIFs, with every ip-ranges service listing it.
///
/// Docs/Simulation.md §1: the advertised set is every distinct prefix of ip-ranges.json, whatever its service,
/// minus the China Regions; each distinct prefix has exactly one Region (measured on 2026-08-22).
public struct AWSPrefix: Hashable, Sendable {
    public var prefix: IPPrefix
    /// A Region code or `GLOBAL`; empty for an assumed prefix no ip-ranges prefix covers.
    public var region: String
    /// Sorted service codes (`AMAZON`, `AMAZON_CONNECT`, `EC2`, …); empty for an assumed prefix.
    public var services: [String]
    /// A prefix of `assumptions.aws_also_advertises`, not in ip-ranges.json: `region` is that of the
    /// longest ip-ranges prefix covering it, or empty (untagged) when none does (Docs/Simulation.md,
    /// "What AWS may also advertise").
    public var isAssumed = false

    /// The name of the assumption an assumed prefix rests on, as outputs print it.
    public static let assumptionName = "aws_also_advertises"

    /// Services for messages: the codes, or, for an assumed prefix (which has none), what it has
    /// instead.
    public static func servicesText(_ services: [String]) -> String {
        services.isEmpty
            ? "a service of it: ip-ranges.json does not list it (assumed: \(assumptionName))"
            : services.joined(separator: ", ")
    }

    public func has(service: String) -> Bool { services.contains(service) }
}
