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
    /// Lab/Topologies/accept-filter-lab.yaml: two VIFs with different home Regions; one keeps 7224:8100
    /// and untagged routes of AMAZON_CONNECT only (aggregated prefix list), the other only 7224:8200
    /// and untagged; different local-prefs, scope communities and prepends toward AWS.
    @Test(arguments: [Vendor.frr, .bird])
    func acceptFilter(vendor: Vendor) throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        try LabScenario(topology: Self.labTopology("accept-filter-lab.yaml"), vendor: vendor).run(tools: tools)
    }
}
