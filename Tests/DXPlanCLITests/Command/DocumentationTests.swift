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

/// Docs that are generated from the code must stay current.
@Suite struct DocumentationTests {
    @Test func rulesPageIsTheRulesCommandOutput() throws {
        let url = PackagePaths.root.appendingPathComponent("Docs/Rules.md")
        if ProcessInfo.processInfo.environment["DXPLAN_RECORD"] == "1" {
            try RuleCatalogText.markdown.write(to: url, atomically: true, encoding: .utf8)
        }
        let page = try String(contentsOf: url, encoding: .utf8)
        #expect(
            page == RuleCatalogText.markdown,
            "Docs/Rules.md is stale: run DXPLAN_RECORD=1 swift test --filter DocumentationTests")
        for rule in Rule.all {
            #expect(page.contains("| `\(rule.id)` |"))
        }
    }

    @Test func topologyReferenceMentionsEveryRule() throws {
        let page = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Docs/TopologyFormat.md"), encoding: .utf8)
        let exempt = Set(["documentation-prefix"] + Rule.simulationRules.map(\.id))
        for rule in Rule.all where !exempt.contains(rule.id) {
            #expect(page.contains("`\(rule.id)`"), "Docs/TopologyFormat.md does not mention \(rule.id)")
        }
    }

    /// The user guide's usage-error example is what dxplan prints, and README's command table
    /// names every command of the registry.
    @Test func commandLineDocsMatchTheCommands() throws {
        let guide = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Docs/UserGuide.md"), encoding: .utf8)
        let error = DXPlan.run(["ranges", "update", "--timout", "5"]).standardError
        #expect(guide.contains("$ dxplan ranges update --timout 5\n" + error + "```"))
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        for command in DXPlan.commands {
            #expect(readme.contains("| `dxplan \(command.spec.name)"), "README.md lacks \(command.spec.name)")
        }
    }
}
