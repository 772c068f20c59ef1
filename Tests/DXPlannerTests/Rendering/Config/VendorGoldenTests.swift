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

/// Golden files: every example topology × Cisco IOS-XE, IOS-XR, Junos and EOS
/// (`Golden/Config/<topology>--<vendor>.conf`; re-record with `DXPLAN_RECORD=1`).
@Suite struct VendorGoldenTests {
    static let cases: [(URL, Vendor)] = PackagePaths.exampleTopologies.flatMap { url in VendorConfigFixture.vendors.map { (url, $0) } }

    @Test(arguments: VendorGoldenTests.cases)
    func matchesGoldenFile(_ topology: URL, _ vendor: Vendor) throws {
        let text = try VendorConfigFixture.rendering(file: topology, vendor: vendor)
        let name = topology.deletingPathExtension().lastPathComponent
        GoldenFile.check(text, path: "Config/\(name)--\(vendor.rawValue).conf")
    }

    @Test func everyExampleHasAGoldenFilePerVendor() {
        #expect(PackagePaths.exampleTopologies.count >= 6)
        for topology in PackagePaths.exampleTopologies {
            for vendor in VendorConfigFixture.vendors {
                let path = GoldenFile.directory.appendingPathComponent("Config/\(topology.deletingPathExtension().lastPathComponent)--\(vendor.rawValue).conf").path
                #expect(FileManager.default.fileExists(atPath: path) || GoldenFile.recording, "\(path)")
            }
        }
    }

    @Test func richFixtureForEyes() throws {
        for vendor in VendorConfigFixture.vendors {
            let plan = try #require(try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor).first)
            GoldenFile.check(VendorConfigFixture.render(plan, as: vendor), path: "Config/rich-fixture--\(vendor.rawValue).conf")
        }
    }
}
