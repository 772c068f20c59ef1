import DXCore

/// A customer's Direct Connect design for an Amazon Connect contact center: the typed form of a
/// topology file (Docs/TopologyFormat.md, version 1). Every node keeps the location it was read from.
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

    package init(
        file: String,
        name: Located<String>,
        customer: Customer,
        connect: ConnectInstance,
        routers: [Router],
        connections: [Connection],
        internet: [InternetUplink],
        firewall: FirewallSettings,
        assumptions: ModelingAssumptions
    ) {
        self.file = file
        self.name = name
        self.customer = customer
        self.connect = connect
        self.routers = routers
        self.connections = connections
        self.internet = internet
        self.firewall = firewall
        self.assumptions = assumptions
    }
}
