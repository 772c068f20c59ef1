import DXCore
import DXInput
import DXModel

/// Allocates every policy-object name of one router's configuration: route-maps, policy
/// statements, route-policies and BIRD filters, prefix and community sets, BGP groups.
///
/// A name is built from a role (`DX-IN`), an optional subject (the VIF or uplink) and an optional
/// suffix (`EXCEPT`, `10`): `DX-IN-pub-1`, or for BIRD, whose symbols share one namespace across
/// the routers of a stream, `dx_in_edge_1_pub_1` (`[a-z0-9_]`, the router's name included). The
/// same request always gets the same name; a different request that would spell an existing
/// name gets `-2`, `-3`, … (`_2` in BIRD), in request order. A name longer than the vendor allows
/// (``VendorNameLimits``) is recorded as one `vendor-name-too-long` finding.
public struct PolicyNameAllocator: Sendable {
    public let vendor: Vendor
    public let routerName: String
    /// One finding per distinct name over the vendor's limit.
    public private(set) var findings: [Finding] = []
    private var allocated: [Request: String] = [:]
    private var used: Set<String> = []

    private struct Request: Hashable {
        var kind: PolicyObjectKind
        var role: String
        var subject: String?
        var suffix: String?
    }

    public init(vendor: Vendor, routerName: String) {
        self.vendor = vendor
        self.routerName = routerName
    }

    /// The name for `role` of `subject` (`location` is where the subject is written, for the finding).
    public mutating func name(
        _ kind: PolicyObjectKind, _ role: String, subject: String? = nil, suffix: String? = nil,
        at location: SourceLocation? = nil
    ) -> String {
        let request = Request(kind: kind, role: role, subject: subject, suffix: suffix)
        if let name = allocated[request] { return name }
        let base = spell(request)
        var name = base
        var counter = 2
        while used.contains(namespaced(kind, name)) {
            name = vendor == .bird ? "\(base)_\(counter)" : "\(base)-\(counter)"
            counter += 1
        }
        used.insert(namespaced(kind, name))
        allocated[request] = name
        if let limit = VendorNameLimits.maximumNameLength(vendor), name.count > limit {
            findings.append(
                Finding(
                    .vendorNameTooLong, at: location,
                    "\(vendor.displayName) \(kind.displayName(vendor)) name '\(name)' has \(name.count) characters (limit \(limit))"
                ))
        }
        return name
    }

    private func spell(_ request: Request) -> String {
        guard vendor == .bird else {
            return ([request.role] + [request.subject, request.suffix].compactMap { $0 }).joined(separator: "-")
        }
        let role = Self.symbol(request.role)
        let parts =
            [role.hasPrefix("dx_") ? role : "dx_" + role, Self.symbol(routerName)]
            + [request.subject, request.suffix].compactMap { $0.map(Self.symbol) }
        return parts.joined(separator: "_")
    }

    /// BIRD symbols share one namespace; the other vendors name each kind of object apart.
    private func namespaced(_ kind: PolicyObjectKind, _ name: String) -> String {
        vendor == .bird ? name : "\(kind):\(name)"
    }

    /// A name as a BIRD symbol part: `[a-z0-9_]`, every other character `_`.
    public static func symbol(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.isASCIIAlphanumeric ? Character($0) : "_" }).lowercased()
    }
}
