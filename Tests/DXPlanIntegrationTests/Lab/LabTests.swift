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

/// The real-daemon lab (Docs/Lab.md): one test per scenario in this folder, run one at a time
/// (each loads the full AWS table into GoBGP; two cores).
@Suite(.serialized) struct LabTests {
    static let tools = LabRequirements.frrTools + LabRequirements.birdTools + LabRequirements.gobgpTools

    static func labTopology(_ name: String) -> URL {
        PackagePaths.root.appendingPathComponent("Tests/DXPlanIntegrationTests/Lab/Topologies/\(name)")
    }
}
