import DXTestSupport
import Foundation
import Testing

@testable import DXModel
@testable import DXSimulation

/// GoBGP as AWS picks the return path `simulate` predicts (Docs/Lab.md, Docs/Simulation.md §6).
/// GoBGP does not model AWS's home-Region preference: both VIFs of the lab topology are homed in
/// the Connect Region, so that step does not decide.
@Suite(.serialized) struct ReturnPathLabTests {
    static let tools = LabRequirements.frrTools + LabRequirements.gobgpTools

    static var topology: String {
        get throws {
            try String(
                contentsOf: PackagePaths.root.appendingPathComponent(
                    "Tests/DXPlanIntegrationTests/Lab/Topologies/return-path-lab.yaml"), encoding: .utf8)
        }
    }

    /// pub-iad prepends twice: simulate prefers pub-va alone, and GoBGP's best path is pub-va's
    /// (pub-iad's lower address would win GoBGP's last tie-breakers, so only the AS_PATH decides).
    @Test func prependsSteerAWSToTheOtherVIF() throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        let outcomes = try ReturnPathLab(text: try Self.topology).run(tools: tools)
        try #require(outcomes.count == 2)
        for outcome in outcomes {
            #expect(outcome.preferred == ["pub-va"])
            #expect(outcome.gobgpPaths == ["pub-iad", "pub-va"], "\(outcome.agentSource): GoBGP must learn both")
            #expect(outcome.gobgpBest == "pub-va", "\(outcome.agentSource): GoBGP chose \(outcome.gobgpBest ?? "none")")
        }
    }

    /// No prepends: equal prefix and AS_PATH, so simulate prefers both VIFs (multipath) and GoBGP's
    /// best path is on one of them.
    @Test func equalPathsAreMultipath() throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        let text = try Self.topology.replacingOccurrences(of: "as_path_prepend: 2", with: "as_path_prepend: 0")
        let outcomes = try ReturnPathLab(text: text).run(tools: tools)
        try #require(outcomes.count == 2)
        for outcome in outcomes {
            #expect(outcome.preferred == ["pub-iad", "pub-va"])
            #expect(outcome.gobgpPaths == ["pub-iad", "pub-va"], "\(outcome.agentSource): GoBGP must learn both")
            let best = try #require(outcome.gobgpBest, "\(outcome.agentSource): GoBGP has no best path")
            #expect(outcome.preferred.contains(best))
            // The tie-breakers (one BGP identifier, then the lower neighbor address) pick pub-iad:
            // with the prepends only the AS_PATH can make GoBGP choose pub-va.
            #expect(best == "pub-iad", "\(outcome.agentSource): GoBGP chose \(best)")
        }
    }
}
