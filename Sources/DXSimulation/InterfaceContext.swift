import DXAWS
import DXInput
import DXModel

/// One BGP session of a public VIF as the simulator sees it: where it lands, and whether it is up.
/// A dual-stack VIF is two contexts of one name, one per family (`dx-api-create-bgp-peer`): each
/// family's routes are learned on its own session.
///
/// What does not change between failure runs is held once, by reference (``Landing``), so a run
/// that copies every context to set ``isLive`` copies two words per VIF, not the whole VIF.
public struct InterfaceContext: Sendable {
    /// The VIF, its connection and where it lands: fixed for a topology.
    final class Landing: Sendable {
        let virtualInterface: VirtualInterface
        let connection: Connection
        let site: ConnectionSite
        let continent: Continent?
        let family: AddressFamily

        init(
            virtualInterface: VirtualInterface, family: AddressFamily, connection: Connection, site: ConnectionSite,
            continent: Continent?
        ) {
            self.virtualInterface = virtualInterface
            self.family = family
            self.connection = connection
            self.site = site
            self.continent = continent
        }
    }

    let landing: Landing
    /// false when removed by `--fail`.
    public var isLive: Bool
    /// The VIF's class in the RIB's ``InterfacePolicies``.
    var policyClass = 0

    init(
        virtualInterface: VirtualInterface, family: AddressFamily, connection: Connection, site: ConnectionSite,
        continent: Continent?, isLive: Bool
    ) {
        landing = Landing(
            virtualInterface: virtualInterface, family: family, connection: connection, site: site,
            continent: continent)
        self.isLive = isLive
    }

    public var virtualInterface: VirtualInterface { landing.virtualInterface }
    public var connection: Connection { landing.connection }
    public var site: ConnectionSite { landing.site }
    /// Continent of the home Region (with `assumptions:` overrides).
    public var continent: Continent? { landing.continent }
    public var name: String { virtualInterface.name.value }
    /// The family of this session.
    public var family: AddressFamily { landing.family }
    public var homeRegion: String? { site.homeRegion }
}
