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
}
