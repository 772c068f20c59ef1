/// Which way traffic to a destination segment leaves the network (Docs/JSONOutput.md `kind`).
public enum PathKind: String, Sendable, Comparable {
    case directConnect = "direct-connect"
    case internet
    /// No route at all: the traffic is dropped.
    case none

    public static func < (lhs: PathKind, rhs: PathKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
