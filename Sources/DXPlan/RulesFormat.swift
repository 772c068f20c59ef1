/// `dxplan rules --format`: text (default) or the Markdown of Docs/Rules.md.
enum RulesFormat: String, CaseIterable, Sendable {
    case text, markdown
}
