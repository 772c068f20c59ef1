extension ReportDocument {
    /// A block of a section, in reading order.
    package enum Block: Sendable, Equatable {
        /// Running text.
        case paragraph([Inline])
        /// A one-line conclusion set apart from the text (the verdict): HTML a colored box,
        /// Markdown a strong paragraph.
        case callout(Status, [Inline])
        /// A heading inside a section; `status` colors it in HTML.
        case heading(String, status: Status? = nil)
        case table(Table)
        /// A bulleted list, one item per element.
        case list([[Inline]])
        case figure(Figure)
    }
}
