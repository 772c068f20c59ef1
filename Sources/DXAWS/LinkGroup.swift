import DXInput
import DXModel

/// One layer-2 link as AWS sees it: a standalone connection, or all members of a LAG.
/// VLANs and VIF quotas apply per link group (AWS DX User Guide, "Link aggregation groups").
public struct LinkGroup: Sendable {
    public var lagName: String?
    public var connections: [Connection]

    public var virtualInterfaces: [VirtualInterface] { connections.flatMap(\.virtualInterfaces) }

    public var description: String {
        lagName.map { "LAG '\($0)'" } ?? "connection '\(connections[0].name.value)'"
    }

    /// Link groups in file order: LAGs at the position of their first member.
    public static func all(in topology: Topology) -> [LinkGroup] {
        var groups: [LinkGroup] = []
        var lagIndex: [String: Int] = [:]
        for connection in topology.connections {
            if let lag = connection.lag?.value {
                if let index = lagIndex[lag] {
                    groups[index].connections.append(connection)
                } else {
                    lagIndex[lag] = groups.count
                    groups.append(LinkGroup(lagName: lag, connections: [connection]))
                }
            } else {
                groups.append(LinkGroup(lagName: nil, connections: [connection]))
            }
        }
        return groups
    }
}
