/// A customer's Direct Connect design for an Amazon Connect contact center: the typed form of a
/// topology file (TOPOLOGY.md, version 1). Every node keeps the location it was read from.
public struct Topology: Equatable, Sendable {
    public var file: String
    public var name: Located<String>
    public var customer: Customer
    public var connect: ConnectInstance
    public var routers: [Router]
    public var connections: [Connection]
    public var internet: [InternetUplink]
    public var firewall: FirewallSettings
    public var assumptions: ModelingAssumptions

    /// Every virtual interface with the connection it belongs to, in file order.
    public var virtualInterfaces: [(connection: Connection, virtualInterface: VirtualInterface)] {
        connections.flatMap { connection in connection.virtualInterfaces.map { (connection, $0) } }
    }
}
