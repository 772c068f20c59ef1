extension ReportDocument {
    /// One numbered section of the report (Docs/Report.md lists them).
    package struct Section: Sendable, Equatable {
        package var title: String
        package var blocks: [Block]

        package init(_ title: String, _ blocks: [Block]) {
            self.title = title
            self.blocks = blocks
        }
    }
}
