import DXAWS
import DXInput
import DXModel

/// A public VIF as the simulator sees it: where it lands, and whether it is up.
public struct InterfaceContext: Sendable {
    public var virtualInterface: VirtualInterface
    public var connection: Connection
    public var site: ConnectionSite
    /// Continent of the home Region (with `assumptions:` overrides).
    public var continent: Continent?
    /// false when removed by `--fail`.
    public var isLive: Bool
    /// The VIF's class in the RIB's ``InterfacePolicies``.
    var policyClass = 0

    public var name: String { virtualInterface.name.value }
    public var family: AddressFamily { virtualInterface.addressFamily.value }
    public var homeRegion: String? { site.homeRegion }
}
