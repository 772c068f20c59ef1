import DXCore
import DXModel

/// One `Connection` of `aws directconnect describe-connections` (or a LAG's member in
/// `describe-lags`), the fields dxplan maps (dx-api-describe-connections). A hosted connection
/// is one with the VLAN its partner allocated (dx-api-allocate-hosted-connection).
package struct DXConnectionRecord: Sendable, Equatable {
    package var id: String
    package var name: String?
    package var state: String?
    package var location: String?
    package var region: String?
    package var bandwidth: PortSpeed?
    /// Set for a hosted connection: the VLAN its partner allocated.
    package var vlan: Int?
    package var lagID: String?
    package var partnerName: String?
    package var providerName: String?
    /// Where the record is, for comments and messages: `$.connections[0]`.
    package var path: String

    package init(
        id: String, name: String? = nil, state: String? = nil, location: String? = nil, region: String? = nil,
        bandwidth: PortSpeed? = nil, vlan: Int? = nil, lagID: String? = nil, partnerName: String? = nil,
        providerName: String? = nil, path: String = "$"
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.location = location
        self.region = region
        self.bandwidth = bandwidth
        self.vlan = vlan
        self.lagID = lagID
        self.partnerName = partnerName
        self.providerName = providerName
        self.path = path
    }

    /// A hosted connection: its partner allocated a VLAN (a dedicated connection has none).
    package var isHosted: Bool { (vlan ?? 0) > 0 }

    /// Reads one connection object.
    package init(_ fields: JSONObjectFields) throws(InputError) {
        id = try fields.requiredString("connectionId")
        name = try fields.string("connectionName")
        state = try fields.string("connectionState")
        location = try fields.string("location")
        region = try fields.string("region")
        bandwidth = try Self.speed(fields, "bandwidth")
        vlan = try fields.integer("vlan", in: 0...4094).map { Int($0) }
        lagID = try fields.string("lagId")
        partnerName = try fields.string("partnerName")
        providerName = try fields.string("providerName")
        path = fields.path
    }

    /// A bandwidth field (`1Gbps`, `500Mbps`), nil when absent.
    static func speed(_ fields: JSONObjectFields, _ key: String) throws(InputError) -> PortSpeed? {
        guard let text = try fields.string(key) else { return nil }
        guard let speed = PortSpeed(text) else {
            throw InputError(
                .invalidValue,
                "\(fields.path).\(key): \(MessageValue.quoted(text)) is not a bandwidth (expected a whole number and a unit, like 10Gbps or 500Mbps)",
                at: fields.node(key)!.location)
        }
        return speed
    }
}
