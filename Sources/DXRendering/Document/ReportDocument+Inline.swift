extension ReportDocument {
    /// A run of text with its mark. Every string in it is plain text: the writers escape it.
    package indirect enum Inline: Sendable, Equatable, ExpressibleByStringInterpolation {
        case text(String)
        case strong([Inline])
        /// A literal such as a command or a rule id.
        case code(String)
        /// A link to a page; Markdown, which links nothing in the report, prints the text only.
        case link(String, url: String)
        /// The title of a cited document: a link in HTML, italics in Markdown.
        case citation(String, url: String)
        /// A short word with a verdict, such as `yes`, `NO`, `done`, `missing`.
        case status(Status, String)
        /// A source reference written by dxplan (never topology text): Markdown leaves its URLs
        /// for GitHub to link.
        case source(String)
        /// Small print (HTML `<small>`); Markdown has none and prints the content.
        case small([Inline])
        /// Lines of one table cell; a Markdown cell cannot break lines, so `; ` separates them.
        case lines([String])

        package init(stringLiteral value: String) {
            self = .text(value)
        }
    }
}
