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

/// No topology string can add a line to a generated configuration, and keys never reach logs:
/// hostile names only appear sanitized inside comments; an unsafe key becomes a placeholder with
/// `bgp-auth-key-unsafe`; stderr never carries a key.
@Suite struct ConfigSecurityTests {
    static let hostileName = #"name: "Evil\n router bgp 1\n neighbor 6.6.6.6 remote-as 1 } ! # \" '""#

    func plans(_ text: String, environment: [String: String], vendor: Vendor) throws -> [RouterPlan] {
        try VendorConfigFixture.plans(text, vendor: vendor, environment: environment)
    }

    @Test(arguments: [Vendor.frr, .bird])
    func hostileTopologyNameStaysInOneComment(vendor: Vendor) throws {
        let text = SimulationFixture.base.replacingOccurrences(of: "name: Test site", with: Self.hostileName)
        let plan = try #require(try plans(text, environment: ["DX_KEY": "s3cret-key"], vendor: vendor).first)
        let config = ConfigRenderer.render(plan)
        let marker = ConfigRenderer.commentMarker(vendor)
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        let evil = lines.filter { $0.contains("Evil") || $0.contains("6.6.6.6") }
        #expect(evil.count == 1, "\(evil)")
        for line in evil {
            #expect(line.hasPrefix(marker + " topology: "))
            // Ordinary punctuation stays; nothing that ends a string, a statement or a block does.
            #expect(!line.dropFirst(2).contains { "\"\\;{}?".contains($0) }, "\(line)")
        }
        #expect(!config.contains("remote-as 1\n") && !config.contains("as 1;"))
    }

    @Test(arguments: [Vendor.frr, .bird])
    func unsafeEnvironmentKeyBecomesAPlaceholder(vendor: Vendor) throws {
        let hostile = "abc\"def\nneighbor 6.6.6.6 remote-as 1"
        let plan = try #require(
            try plans(SimulationFixture.base, environment: ["DX_KEY": hostile], vendor: vendor).first)
        #expect(plan.findings.map(\.id) == ["bgp-auth-key-unsafe"])
        let config = ConfigRenderer.render(plan)
        #expect(!config.contains("abc\"def") && !config.contains("6.6.6.6"))
        #expect(config.contains("DXPLAN-SET-DX_KEY"))
        #expect(config.contains("WARNING: set the key"))
    }

    @Test func keyNeverReachesStandardError() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (topology, ranges) = try SimulationFixture.writeFiles(topology: SimulationFixture.base, in: directory)
        for vendor in ["frr", "bird"] {
            let good = DXPlan.run(
                ["config", topology, "--vendor", vendor, "--ip-ranges", ranges],
                environment: ["DX_KEY": "s3cret-key-42"])
            #expect(good.status == .success, "\(good.standardError)")
            #expect(good.standardOutput.contains("s3cret-key-42"))
            #expect(!good.standardError.contains("s3cret-key-42"))
            let bad = DXPlan.run(
                ["config", topology, "--vendor", vendor, "--ip-ranges", ranges],
                environment: ["DX_KEY": "s3cret\"key\n42"])
            #expect(bad.status == .checksFailed)
            #expect(bad.standardError.contains("[bgp-auth-key-unsafe]"))
            #expect(!bad.standardError.contains("s3cret") && !bad.standardOutput.contains("s3cret"))
            let unset = DXPlan.run(["config", topology, "--vendor", vendor, "--ip-ranges", ranges], environment: [:])
            #expect(unset.status == .success)
            #expect(unset.standardError.contains("[bgp-auth-key-unset]"))
        }
    }
}
