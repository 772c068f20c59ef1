import Foundation
import Testing
@testable import DXPlanner

extension LabTests {
    /// Lab/Topologies/accept-filter-lab.yaml: two VIFs with different home Regions; one keeps 7224:8100
    /// and untagged routes of AMAZON_CONNECT only (aggregated prefix list), the other only 7224:8200
    /// and untagged; different local-prefs, scope communities and prepends toward AWS.
    @Test(arguments: [Vendor.frr, .bird])
    func acceptFilter(vendor: Vendor) throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        try LabScenario(topology: Self.labTopology("accept-filter-lab.yaml"), vendor: vendor).run(tools: tools)
    }
}
