import DXCore

/// One piece of advice in the report, with the page it rests on (Docs/Sources.md).
public struct GuidanceItem: Sendable, Equatable {
    public var text: String
    public var citation: Citation

    public init(_ text: String, source: Citation) {
        self.text = text
        self.citation = source
    }

    /// The source as printed: `Title, detail (URL)`.
    public var source: String { citation.text }
}
