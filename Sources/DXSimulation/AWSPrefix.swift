import DXModel

/// One distinct prefix AWS advertises on public VIFs, with every ip-ranges service listing it.
///
/// Docs/Simulation.md §1: the advertised set is every distinct prefix of ip-ranges.json, whatever its service,
/// minus the China Regions; each distinct prefix has exactly one Region (measured on 2026-08-22).
public struct AWSPrefix: Hashable, Sendable {
    public var prefix: IPPrefix
    /// A Region code or `GLOBAL`.
    public var region: String
    /// Sorted service codes (`AMAZON`, `AMAZON_CONNECT`, `EC2`, …).
    public var services: [String]

    public func has(service: String) -> Bool { services.contains(service) }
}
