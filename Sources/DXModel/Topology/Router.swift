import DXCore

/// A customer edge router that terminates Direct Connect connections or ISP uplinks.
public struct Router: Equatable, Sendable {
    public var name: Located<String>
    public var vendor: Located<Vendor>
    /// BGP router id; must be an IPv4 address (RFC 6286 allows any 32-bit value, vendors print it dotted).
    public var routerID: Located<IPv4Address>?
    public var location: SourceLocation

    package init(
        name: Located<String>,
        vendor: Located<Vendor>,
        routerID: Located<IPv4Address>? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.vendor = vendor
        self.routerID = routerID
        self.location = location
    }
}
