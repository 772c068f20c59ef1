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
    /// Topologies/single-dedicated.yaml as is: one IPv4 VIF, the full embedded ip-ranges snapshot,
    /// all three scopes accepted with local-pref 200, 198.51.100.0/24 sent with 7224:9200.
    @Test(arguments: [Vendor.frr, .bird])
    func singleDedicated(vendor: Vendor) throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        try LabScenario(
            topology: PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml"), vendor: vendor
        ).run(tools: tools)
    }
}
