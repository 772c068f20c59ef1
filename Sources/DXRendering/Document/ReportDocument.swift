/// The architecture review as one format-neutral document: a title, a byline and numbered
/// sections of blocks. ``ReportSections`` builds it from a ``ReviewReport`` and writes every
/// heading and sentence once; ``ReportMarkdown`` and ``ReportHTML`` only escape and mark it up.
package struct ReportDocument: Sendable, Equatable {
    /// `Architecture review: <topology name>`.
    package var title: String
    /// One line under the title: Region, dxplan version, topology file, ip-ranges.json date.
    package var byline: [Inline]
    /// The program that wrote the document, e.g. `dxplan 0.1.0` (HTML `<meta name="generator">`).
    package var generator: String
    /// In report order; writers number them from 1.
    package var sections: [Section]

    package init(title: String, byline: [Inline], generator: String, sections: [Section]) {
        self.title = title
        self.byline = byline
        self.generator = generator
        self.sections = sections
    }
}
