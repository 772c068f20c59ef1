import DXModel

/// What one name denotes in a topology (``ResolvedTopology/entity(named:)``): the connections it
/// takes down (by name, LAG, router or location), the virtual interfaces and uplinks of that
/// name, and the routers. Empty when the name is unknown.
public struct TopologyEntity: Sendable {
    public var name: String
    public var connections: [Connection] = []
    public var virtualInterfaces: [VirtualInterface] = []
    public var uplinks: [InternetUplink] = []
    public var routers: [Router] = []

    public init(name: String) {
        self.name = name
    }

    public var isEmpty: Bool {
        connections.isEmpty && virtualInterfaces.isEmpty && uplinks.isEmpty && routers.isEmpty
    }
}
