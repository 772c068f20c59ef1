import DXCore
import DXModel
import Foundation

/// One `VirtualInterface` of `aws directconnect describe-virtual-interfaces`, the fields dxplan
/// maps (dx-api-describe-virtual-interfaces): type, VLAN, ASN, its BGP peers and the prefixes it
/// advertises (`routeFilterPrefixes`, dx-api-route-filter-prefix).
package struct DXVirtualInterfaceRecord: Sendable, Equatable {
    package var id: String
    package var name: String?
    package var type: String
    package var state: String?
    /// A connection or LAG id (`dxcon-…`, `dxlag-…`).
    package var connectionID: String?
    package var location: String?
    package var region: String?
    package var vlan: Int
    /// `asn`, or `asnLong` when `asn` is 0 (dx-long-asn).
    package var asn: ASN?
    /// The VIF-level peer fields.
    package var peer: DXBGPPeerRecord
    package var bgpPeers: [DXBGPPeerRecord]
    package var routeFilterPrefixes: [IPPrefix]
    package var directConnectGatewayID: String?
    package var path: String

    package init(
        id: String, name: String? = nil, type: String, state: String? = nil, connectionID: String? = nil,
        location: String? = nil, region: String? = nil, vlan: Int, asn: ASN? = nil, peer: DXBGPPeerRecord,
        bgpPeers: [DXBGPPeerRecord] = [], routeFilterPrefixes: [IPPrefix] = [], directConnectGatewayID: String? = nil,
        path: String = "$"
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.state = state
        self.connectionID = connectionID
        self.location = location
        self.region = region
        self.vlan = vlan
        self.asn = asn
        self.peer = peer
        self.bgpPeers = bgpPeers
        self.routeFilterPrefixes = routeFilterPrefixes
        self.directConnectGatewayID = directConnectGatewayID
        self.path = path
    }

    /// The virtual interface types of the API.
    package static let types = ["public", "private", "transit"]

    /// Reads one virtual interface object.
    package init(_ fields: JSONObjectFields) throws(InputError) {
        id = try fields.requiredString("virtualInterfaceId")
        name = try fields.string("virtualInterfaceName")
        let type = try fields.requiredString("virtualInterfaceType")
        guard Self.types.contains(type) else {
            throw fields.unexpected("virtualInterfaceType", type, expected: Self.types)
        }
        self.type = type
        state = try fields.string("virtualInterfaceState")
        connectionID = try fields.string("connectionId")
        location = try fields.string("location")
        region = try fields.string("region")
        guard let vlan = try fields.integer("vlan", in: 0...4094) else { throw fields.missing("vlan") }
        self.vlan = Int(vlan)
        let short = try fields.integer("asn", in: 0...4_294_967_295) ?? 0
        let long = try fields.integer("asnLong", in: 0...4_294_967_295) ?? 0
        let number = short != 0 ? short : long
        if number == 0 {
            asn = nil
        } else if let asn = ASN(UInt32(number)) {
            self.asn = asn
        } else {
            throw InputError(
                .invalidValue, "\(fields.path).asn: AS \(number) cannot be a peer's ASN",
                at: (fields.node("asn") ?? fields.node("asnLong"))?.location ?? fields.location)
        }
        peer = try DXBGPPeerRecord(fields)
        var peers: [DXBGPPeerRecord] = []
        for item in try fields.array("bgpPeers") {
            peers.append(try DXBGPPeerRecord(JSONObjectFields(item.node, path: item.path)))
        }
        bgpPeers = peers
        var prefixes: [IPPrefix] = []
        for item in try fields.array("routeFilterPrefixes") {
            let entry = try JSONObjectFields(item.node, path: item.path)
            // The API allows several routes in one `cidr`, separated by commas (dx-api-route-filter-prefix).
            guard let text = try entry.string("cidr") else { throw entry.missing("cidr") }
            for part in text.split(separator: ",") {
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                switch IPPrefix.parse(trimmed) {
                case .success(let prefix): prefixes.append(prefix)
                case .failure(let error):
                    throw InputError(
                        .invalidValue, "\(entry.path).cidr: \(error.message)", at: entry.node("cidr")!.location)
                }
            }
        }
        routeFilterPrefixes = prefixes
        directConnectGatewayID = try fields.string("directConnectGatewayId")
        path = fields.path
    }

    /// The peers to map: `bgpPeers` without deleted ones, else the VIF-level fields.
    package var activePeers: [DXBGPPeerRecord] {
        let listed = bgpPeers.filter { !$0.isDeleted }
        return listed.isEmpty && bgpPeers.isEmpty ? [peer] : listed
    }
}
