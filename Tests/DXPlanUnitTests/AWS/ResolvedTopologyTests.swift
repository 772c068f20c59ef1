import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

@Suite struct ResolvedTopologyTests {
    static func example(_ name: String) throws -> Topology {
        try TopologyDecoder.load(path: PackagePaths.topologies.appendingPathComponent(name).path)
    }

    /// Each site is what resolving the connection alone gives, with the same findings.
    @Test(arguments: ["maximum-resiliency.yaml", "lag-macsec.yaml", "dual-stack.yaml", "hosted-carrier.yaml"])
    func sitesAreResolvedOnceAsBefore(name: String) throws {
        let topology = try Self.example(name)
        let resolved = ResolvedTopology(topology)
        #expect(resolved.sites.count == topology.connections.count)
        for (connection, site) in zip(topology.connections, resolved.sites) {
            #expect(site == ConnectionSite.resolve(connection).site, "\(connection.name.value)")
            #expect(resolved.site(of: connection) == site, "\(connection.name.value)")
        }
        #expect(resolved.siteFindings == topology.connections.flatMap { ConnectionSite.resolve($0).findings })
        #expect(resolved.linkGroups.map(\.description) == LinkGroup.all(in: topology).map(\.description))
    }

    @Test func homeRegionsOfTheMaximumExample() throws {
        let resolved = ResolvedTopology(try Self.example("maximum-resiliency.yaml"))
        #expect(resolved.sites.map(\.homeRegion) == ["us-east-1", "us-east-1", "us-east-2", "us-east-2"])
        #expect(resolved.sites[0].location?.code == "EqDC2")
        #expect(resolved.siteFindings.isEmpty)
    }

    @Test func unknownLocationIsAFindingAndNoSite() throws {
        let text = TopologyFixture.minimal.replacingOccurrences(of: "location: EqDC2", with: "location: Nowhere Hall")
        let resolved = ResolvedTopology(try TopologyFixture.decode(text))
        #expect(resolved.sites[0].location == nil)
        #expect(resolved.siteFindings.map(\.id) == ["unknown-location"])
    }

    /// `--fail NAME`: a name denotes connections by name, LAG, router or location, VIFs and uplinks.
    @Test func entityNamed() throws {
        let resolved = ResolvedTopology(try Self.example("maximum-resiliency.yaml"))
        let names = { (entity: TopologyEntity) in entity.connections.map(\.name.value) }
        #expect(names(resolved.entity(named: "dx-iad-1")) == ["dx-iad-1"])
        #expect(names(resolved.entity(named: "EqDC2")) == ["dx-iad-1", "dx-iad-2"])
        #expect(names(resolved.entity(named: "Equinix DC2/DC11, Ashburn, VA")) == ["dx-iad-1", "dx-iad-2"])
        #expect(names(resolved.entity(named: "Equinix CH2, Chicago, IL")) == ["dx-chi-1", "dx-chi-2"])
        let router = resolved.entity(named: "edge-1")
        #expect(router.routers.map(\.name.value) == ["edge-1"])
        #expect(router.uplinks.map(\.name.value) == ["isp-a"])
        #expect(!router.connections.isEmpty)
        let vif = resolved.entity(named: "pub-chi-2")
        #expect(vif.virtualInterfaces.map(\.name.value) == ["pub-chi-2"])
        #expect(vif.connections.isEmpty)
        #expect(resolved.entity(named: "isp-b").uplinks.map(\.name.value) == ["isp-b"])
        #expect(resolved.entity(named: "nothing").isEmpty)
    }

    @Test func lagIsOneLinkGroupAndOneEntity() throws {
        let resolved = ResolvedTopology(try Self.example("lag-macsec.yaml"))
        let lags = resolved.linkGroups.compactMap(\.lagName)
        let lag = try #require(lags.first)
        let members = resolved.linkGroups.first { $0.lagName == lag }?.connections.map(\.name.value)
        #expect(resolved.entity(named: lag).connections.map(\.name.value) == members)
    }

    /// Two connections with one name (an invalid file) still get their own sites.
    @Test func duplicateConnectionNamesKeepTheirOwnSites() throws {
        var topology = try TopologyFixture.decode(TopologyFixture.minimal)
        var other = topology.connections[0]
        other.region = Located("us-east-2", at: other.name.location)
        other.locationName = Located("Equinix CH2, Chicago, IL", at: other.name.location)
        topology.connections.append(other)
        let resolved = ResolvedTopology(topology)
        #expect(resolved.site(of: topology.connections[0]).homeRegion == "us-east-1")
        #expect(resolved.site(of: topology.connections[1]).homeRegion == "us-east-2")
    }

    /// The simulator, the checks and the report read the same resolved sites.
    @Test func simulationInputCarriesTheResolvedTopology() throws {
        let input = try SimulationFixture.input(SimulationFixture.base)
        #expect(input.resolved.sites.count == input.topology.connections.count)
        let result = Simulator.run(input)
        #expect(result.interfaces.map(\.homeRegion) == ["us-east-1"])
        #expect(ResiliencyLevel.assess(input.resolved) == result.resiliency)
    }
}
