import Foundation
import Testing
@testable import DXPlanner

extension LabTests {
    /// Lab/Topologies/dual-stack-lab.yaml: an IPv4 and an IPv6 VIF on one connection (4-byte ASN
    /// 65540), full embedded snapshot in both families; IPv6 session deactivated for IPv4 in FRR.
    @Test(arguments: [Vendor.frr, .bird])
    func dualStack(vendor: Vendor) throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        try LabScenario(topology: Self.labTopology("dual-stack-lab.yaml"), vendor: vendor).run(tools: tools)
    }
}
