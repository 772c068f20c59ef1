import DXCore
import DXModel
import DXRendering

/// `dxplan rules [--format text|markdown]`: the rule catalog (Docs/UserGuide.md).
/// Docs/Rules.md is this command's Markdown output; a test keeps them equal.
enum RulesCommand: Subcommand {
    static let spec = CommandSpec(
        name: "rules", abstract: "The rule catalog: every finding id with its fix",
        usage: "dxplan rules [--format text|markdown]",
        summary: "List every finding id with its severity, sources and fix.",
        options: [.format(RulesFormat.self)])

    static func run(_ options: RulesOptions, context: inout CommandContext) throws(UsageError) {
        switch options.format {
        case .text: context.output.out(RuleCatalogText.text)
        case .markdown: context.output.out(RuleCatalogText.markdown)
        }
    }
}
