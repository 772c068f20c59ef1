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

/// `dxplan config TOPOLOGY --vendor frr|bird` for every example topology, against
/// Golden/Config/<topology>--<vendor>.conf (DXPLAN_RECORD=1 re-records).
@Suite struct ConfigGoldenTests {
    static let cases: [(String, Vendor)] = PackagePaths.exampleTopologies.flatMap { url in
        [Vendor.frr, .bird].map { (url.lastPathComponent, $0) }
    }

    @Test(arguments: cases)
    func matchesGolden(topology: String, vendor: Vendor) throws {
        let url = PackagePaths.topologies.appendingPathComponent(topology)
        let result = DXPlan.run(["config", url.path, "--vendor", vendor.rawValue], environment: try ConfigFixture.environment(for: url))
        #expect(result.status != .usage && result.status != .unusableInput, "\(result.standardError)")
        #expect(!result.standardError.contains(ConfigFixture.key))
        let name = url.deletingPathExtension().lastPathComponent
        let golden = PackagePaths.root.appendingPathComponent("Tests/DXPlannerTests/Golden/Config/\(name)--\(vendor.rawValue).conf")
        GoldenFile.check(result.standardOutput, against: golden)
    }
}
