import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan
@testable import DXRendering

/// `dxplan rules ID`: one rule; an unknown id is a usage error with the nearest ids.
@Suite struct RulesCommandTests {
    @Test func oneRuleShowsItsFields() throws {
        let rule = try #require(Rule.named("bfd-off"))
        let result = DXPlan.run(["rules", "bfd-off"])
        #expect(result.status == .success)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines[0] == "id: bfd-off")
        #expect(lines[1] == "severity: note")
        #expect(lines[2] == "summary: \(rule.summary)")
        #expect(lines[3] == "fix: \(rule.fix)")
        #expect(lines.dropFirst(4).allSatisfy { $0.hasPrefix("source: ") })
        #expect(lines.count == 4 + rule.sources.count)
        #expect(result.standardOutput.contains("https://docs.aws.amazon.com/"))
    }

    /// Every rule's one-rule Markdown is its row of Docs/Rules.md.
    @Test func markdownOfOneRuleIsItsCatalogRow() {
        let catalog = RuleCatalogText.markdown
        for rule in Rule.all {
            let text = DXPlan.run(["rules", rule.id, "--format", "markdown"]).standardOutput
            let row = String(text.split(separator: "\n").last ?? "")
            #expect(catalog.contains("\n" + row + "\n"), "\(rule.id)")
        }
    }

    @Test func unknownIdSuggestsTheNearest() {
        let result = DXPlan.run(["rules", "bfd-of"])
        #expect(result.status == .usage)
        #expect(result.usageError?.code == .unknownRule)
        #expect(
            result.standardError == """
                Error: Unknown rule 'bfd-of' (did you mean 'bfd-off'?); 'dxplan rules' lists every rule
                Usage: dxplan rules [ID] [--format text|markdown]
                  See 'dxplan rules --help' for more information.

                """)
        let far = DXPlan.run(["rules", "zzzzzzzz"])
        #expect(far.standardError.hasPrefix("Error: Unknown rule 'zzzzzzzz'; 'dxplan rules' lists every rule\n"))
    }

    /// One name per severity: the text, JSON, SARIF level and rule catalog all say `note`.
    @Test func severityHasOneName() {
        #expect(Severity.allCases.map(\.rawValue) == ["error", "warning", "note"])
        for severity in Severity.allCases { #expect(SARIFLog.level(severity) == severity.rawValue) }
        #expect(!RuleCatalogText.text.contains("(info)"))
        #expect(!RuleCatalogText.markdown.contains("| info |"))
    }
}
