import DXCore
import DXModel

/// One `Lag` of `aws directconnect describe-lags`, the fields dxplan maps (dx-api-describe-lags):
/// its name, location, member bandwidth and member connections.
package struct DXLagRecord: Sendable, Equatable {
    package var id: String
    package var name: String?
    package var state: String?
    package var location: String?
    package var region: String?
    package var connectionsBandwidth: PortSpeed?
    package var members: [DXConnectionRecord]
    package var path: String

    package init(
        id: String, name: String? = nil, state: String? = nil, location: String? = nil, region: String? = nil,
        connectionsBandwidth: PortSpeed? = nil, members: [DXConnectionRecord] = [], path: String = "$"
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.location = location
        self.region = region
        self.connectionsBandwidth = connectionsBandwidth
        self.members = members
        self.path = path
    }

    /// Reads one LAG object and its `connections`.
    package init(_ fields: JSONObjectFields) throws(InputError) {
        id = try fields.requiredString("lagId")
        name = try fields.string("lagName")
        state = try fields.string("lagState")
        location = try fields.string("location")
        region = try fields.string("region")
        connectionsBandwidth = try DXConnectionRecord.speed(fields, "connectionsBandwidth")
        var members: [DXConnectionRecord] = []
        for item in try fields.array("connections") {
            members.append(try DXConnectionRecord(JSONObjectFields(item.node, path: item.path)))
        }
        self.members = members
        path = fields.path
    }
}
