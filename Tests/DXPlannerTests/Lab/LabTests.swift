import Foundation
import Testing
@testable import DXPlanner

/// The real-daemon lab (Docs/Lab.md): one test per scenario in this folder, run one at a time
/// (each loads the full AWS table into GoBGP; two cores).
@Suite(.serialized) struct LabTests {
    static let tools = LabRequirements.frrTools + LabRequirements.birdTools + LabRequirements.gobgpTools

    static func labTopology(_ name: String) -> URL {
        PackagePaths.root.appendingPathComponent("Tests/DXPlannerTests/Lab/Topologies/\(name)")
    }
}
