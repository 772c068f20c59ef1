/// Where a candidate route in the customer RIB was learned.
public enum RouteOrigin: Hashable, Sendable, Comparable {
    /// On a public VIF, from AWS (AS 7224).
    case directConnect(virtualInterface: String)
    /// From an ISP uplink (its table or its default route).
    case internet(uplink: String)

    public var name: String {
        switch self {
        case .directConnect(let name), .internet(let name): name
        }
    }

    public var kind: PathKind {
        switch self {
        case .directConnect: .directConnect
        case .internet: .internet
        }
    }
}
