import DXTestSupport
import Foundation
import Testing

@testable import DXModel
@testable import DXSimulation

/// The two-router lab (Docs/Lab.md): two FRR routers with the configs `dxplan config --output-dir`
/// writes (iBGP over the loopbacks, one VIF each, an ISP session on edge-1), GoBGP as AWS and as
/// the ISP. Both routers' FIBs for the Connect media and signaling ranges, and GoBGP's return path
/// to each agent source, equal `dxplan simulate --format json` in the base case and after each
/// single failure of `--each-failure`.
@Suite(.serialized) struct TwoRouterLabTests {
    static let tools = LabRequirements.frrTools + LabRequirements.gobgpTools

    static var topology: String {
        get throws {
            try String(contentsOf: LabTests.labTopology("two-router-lab.yaml"), encoding: .utf8)
        }
    }

    /// Base case and every single failure (connections, VIFs, routers, locations, the ISP): the
    /// FIBs follow simulate prefix by prefix, and AWS returns on pub-iad by AS_PATH (pub-va
    /// prepends twice) to 198.51.100.0/26 and on pub-va by longest prefix to 198.51.100.64/26.
    @Test func eachFailureMatchesSimulate() throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        let report = try TwoRouterLab(text: try Self.topology, eachFailure: true).run(tools: tools)
        // Base case, three VIF-down states, two router-down states, the ISP down, and the base
        // case again after each but the last.
        #expect(report.states == 14)
        let preferred = Dictionary(
            uniqueKeysWithValues: report.baseReturnPath.map { ($0.agentSource.description, $0.preferred) })
        #expect(preferred == ["198.51.100.0/26": ["pub-iad"], "198.51.100.64/26": ["pub-va"]])
    }

    /// Without prepends and without the /26 the two /24 paths are equal in prefix and AS_PATH:
    /// simulate prefers both VIFs (multipath) and GoBGP's best path is on one of them (pub-va, by
    /// its last tie-breaker).
    @Test func withoutPrependsBothVIFsArePreferred() throws {
        guard let tools = LabRequirements.tools(Self.tools, needsNamespaces: true) else { return }
        var lines = try Self.topology.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let more = try #require(lines.firstIndex { $0.hasSuffix("- prefix: 198.51.100.64/26") })
        lines.removeSubrange(more..<more + 3)
        let text = lines.joined(separator: "\n").replacingOccurrences(
            of: "as_path_prepend: 2", with: "as_path_prepend: 0")
        let report = try TwoRouterLab(text: text, eachFailure: false).run(tools: tools)
        #expect(report.baseReturnPath.count == 2)
        for path in report.baseReturnPath {
            #expect(path.preferred == ["pub-iad", "pub-va"], "\(path.agentSource)")
            // GoBGP's tie-breaker (lower BGP identifier: edge-2) picks pub-va: so in the topology
            // as is only the AS_PATH can make it return on pub-iad.
            #expect(path.gobgpBest == "pub-va", "\(path.agentSource): GoBGP chose \(path.gobgpBest ?? "none")")
        }
    }
}
