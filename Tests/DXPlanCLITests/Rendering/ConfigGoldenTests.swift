import DXModel
import DXPlan
import DXTestSupport
import Foundation
import Testing

/// `dxplan config TOPOLOGY --vendor V [--interface OLD=NEW]...` for every example topology and every vendor, against
/// `Golden/Config/<topology>--<vendor>.conf` (`DXPLAN_RECORD=1` re-records).
@Suite struct ConfigGoldenTests {
    static let cases: [(String, Vendor)] = PackagePaths.exampleTopologies.flatMap { url in
        Vendor.allCases.map { (url.lastPathComponent, $0) }
    }

    @Test(arguments: cases)
    func matchesGolden(topology: String, vendor: Vendor) throws {
        let url = PackagePaths.topologies.appendingPathComponent(topology)
        // Interface names the vendor cannot have are mapped as a user would (`--interface OLD=NEW`).
        let mappings = try ConfigFixture.interfaceArguments(for: url, vendor: vendor)
        let result = DXPlan.run(
            ["config", url.path, "--vendor", vendor.rawValue] + mappings,
            environment: try ConfigFixture.environment(for: url))
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.status != .usage && result.status != .unusableInput, "\(result.standardError)")
        #expect(!result.standardError.contains(ConfigFixture.key))
        let name = url.deletingPathExtension().lastPathComponent
        GoldenFile.check(result.standardOutput, path: "Config/\(name)--\(vendor.rawValue).conf")
    }

    /// A hand-made plan with every policy feature (service filter, local-pref, prepend, extra
    /// community, an IPv6 VIF without BFD), for reading each vendor's spelling side by side.
    @Test(arguments: VendorConfigFixture.vendors)
    func richFixtureForEyes(vendor: Vendor) throws {
        let plan = try #require(try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor).first)
        GoldenFile.check(
            VendorConfigFixture.render(plan, as: vendor), path: "Config/rich-fixture--\(vendor.rawValue).conf")
    }
}
