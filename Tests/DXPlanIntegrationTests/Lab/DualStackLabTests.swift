import DXTestSupport
import Foundation
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

extension LabTests {
    /// Lab/Topologies/dual-stack-lab.yaml: an IPv4 and an IPv6 VIF on one connection (4-byte ASN
    /// 65540), full embedded snapshot in both families; IPv6 session deactivated for IPv4 in FRR.
    @Test(arguments: [Vendor.frr, .bird])
    func dualStack(vendor: Vendor) throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        try LabScenario(topology: Self.labTopology("dual-stack-lab.yaml"), vendor: vendor).run(tools: tools)
    }

    /// Lab/Topologies/dual-stack-vif-lab.yaml: one dual-stack VIF (`bgp_peers`), two neighbors on
    /// one VLAN subinterface (one veth with both addresses); each session learns exactly what
    /// simulate predicts for its family, and AWS receives only that family's prefixes.
    @Test(arguments: [Vendor.frr, .bird])
    func dualStackVIF(vendor: Vendor) throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        let report = try LabScenario(topology: Self.labTopology("dual-stack-vif-lab.yaml"), vendor: vendor).run(
            tools: tools)
        #expect(report.sessions == 2)
    }
}
