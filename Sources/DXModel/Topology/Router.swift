import DXCore

/// A customer edge router that terminates Direct Connect connections or ISP uplinks.
public struct Router: Equatable, Sendable {
    public var name: Located<String>
    public var vendor: Located<Vendor>
    /// BGP router id; must be an IPv4 address (RFC 6286 allows any 32-bit value, vendors print it dotted).
    public var routerID: Located<IPv4Address>?
    /// The IPv6 loopback the IPv6 iBGP mesh runs between (`loopback_v6`, RFC 4291 global unicast);
    /// BGP's router id stays the IPv4 `router_id` (RFC 6286).
    public var loopbackV6: Located<IPv6Address>?
    public var location: SourceLocation

    package init(
        name: Located<String>,
        vendor: Located<Vendor>,
        routerID: Located<IPv4Address>? = nil,
        loopbackV6: Located<IPv6Address>? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.vendor = vendor
        self.routerID = routerID
        self.loopbackV6 = loopbackV6
        self.location = location
    }
}
