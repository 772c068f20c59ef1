import DXCore
import DXInput
import DXModel
import DXRendering

/// `dxplan rules [ID] [--format text|markdown]`: the rule catalog, or one rule (Docs/UserGuide.md).
/// Docs/Rules.md is this command's Markdown output; a test keeps them equal.
enum RulesCommand: Subcommand {
    static let spec = CommandSpec(
        name: "rules", abstract: "The rule catalog: every finding id with its fix",
        usage: "dxplan rules [ID] [--format text|markdown]",
        summary: "List every finding id with its severity, sources and fix; with ID, show that one rule.",
        options: [.format(RulesFormat.self)],
        positionals: .values(Rule.all.map(\.id)))

    static func run(_ options: RulesOptions, context: inout CommandContext) throws(UsageError) {
        guard let id = options.id else {
            switch options.format {
            case .text: context.output.out(RuleCatalogText.text)
            case .markdown: context.output.out(RuleCatalogText.markdown)
            }
            return
        }
        guard let rule = Rule.named(id) else {
            var message = "Unknown rule \(MessageValue.quoted(id))"
            let nearest = Suggestion.ranked(for: id, among: Rule.all.map(\.id)).map { "'\($0)'" }
            if !nearest.isEmpty { message += " (did you mean \(TopologyDecoder.alternatives(nearest))?)" }
            message += "; 'dxplan rules' lists every rule"
            throw UsageError(.unknownRule, message)
        }
        switch options.format {
        case .text: context.output.out(RuleCatalogText.text(rule))
        case .markdown: context.output.out(RuleCatalogText.markdown(rule))
        }
    }
}
