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

@Suite struct NftablesTests {
    /// Every nftables output — each example topology, both options, a stateless firewall, a
    /// hostile list — is accepted by the real `nft -c -f`.
    @Test func realNftAcceptsTheRulesets() throws {
        guard let nft = AllowListFixture.nft() else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var rulesets: [(String, String)] = []
        for example in PackagePaths.exampleTopologies {
            let topology = try TopologyDecoder.load(path: example.path)
            rulesets.append(
                (
                    example.lastPathComponent,
                    AllowListNftables.render(try AllowListFixture.plan(topology, option: .ipRanges))
                ))
        }
        let stateless = try AllowListFixture.topology(
            region: "us-gov-west-1", firewall: "firewall:\n  stateful: false\n")
        rulesets.append(
            (
                "stateless us-gov-west-1",
                AllowListNftables.render(
                    try AllowListFixture.plan(stateless, option: .ipRanges, ephemeral: .linux), domainsRequested: true)
            ))
        var hostile = try AllowListFixture.hostileList()
        hostile.option = .ipRanges
        rulesets.append(("hostile", AllowListNftables.render(hostile)))
        for (name, text) in rulesets {
            let file = directory.appendingPathComponent("ruleset.nft")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try AllowListFixture.nftCheck(nft, file: file)
            #expect(result.status == 0, "nft -c rejected the ruleset for \(name): \(result.errors)")
        }
    }
}
