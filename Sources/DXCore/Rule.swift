/// A check dxplan runs, with a stable kebab-case id, its severity, the sources of the domain rule
/// and the generic fix. Findings are instances of a rule at a location (Docs/Rules.md lists them all).
public struct Rule: Hashable, Sendable {
    public var id: String
    public var severity: Severity
    /// One line: what the rule checks.
    public var summary: String
    /// Where the rule comes from: pages of Docs/Sources.md (AWS documentation, RFCs, vendor docs).
    public var sources: [Citation]
    /// What the user should change.
    public var fix: String

    public init(_ id: String, _ severity: Severity, _ summary: String, source: Citation..., fix: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.sources = source
        self.fix = fix
    }

    /// The sources as printed: `Title, detail (URL)`, separated by `; `.
    public var source: String { sources.map(\.text).joined(separator: "; ") }
}
