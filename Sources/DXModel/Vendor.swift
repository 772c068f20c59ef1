/// The router operating systems dxplan writes configuration for (Docs/TopologyFormat.md `routers[].vendor`).
///
/// A new case does not compile until every renderer's exhaustive `switch` handles it.
public enum Vendor: String, CaseIterable, Sendable, Comparable {
    case frr
    case bird
    case iosXE = "ios-xe"
    case iosXR = "ios-xr"
    case junos
    case eos

    /// The name people use for it in prose.
    public var displayName: String {
        switch self {
        case .frr: "FRRouting"
        case .bird: "BIRD 2"
        case .iosXE: "Cisco IOS-XE"
        case .iosXR: "Cisco IOS-XR"
        case .junos: "Juniper Junos"
        case .eos: "Arista EOS"
        }
    }

    public static func < (lhs: Vendor, rhs: Vendor) -> Bool { lhs.rawValue < rhs.rawValue }
}
