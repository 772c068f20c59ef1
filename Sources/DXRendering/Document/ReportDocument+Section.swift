extension ReportDocument {
    /// One section of the report (Docs/Report.md lists them): numbered, or an appendix after the
    /// numbered sections (lettered A, B, …).
    package struct Section: Sendable, Equatable {
        package var title: String
        package var blocks: [Block]
        /// An appendix: long detail that the numbered sections summarize.
        package var isAppendix: Bool

        package init(_ title: String, _ blocks: [Block], isAppendix: Bool = false) {
            self.title = title
            self.blocks = blocks
            self.isAppendix = isAppendix
        }
    }

    /// `3.` for the third numbered section, `Appendix A.` for the first appendix.
    package func label(ofSectionAt index: Int) -> String {
        let numbered = sections[..<index].filter { !$0.isAppendix }.count
        guard sections[index].isAppendix else { return "\(numbered + 1)." }
        return "Appendix \(letter(index - numbered))."
    }

    /// `s3` for the third numbered section, `appendix-a` for the first appendix (HTML anchors).
    package func anchor(ofSectionAt index: Int) -> String {
        let numbered = sections[..<index].filter { !$0.isAppendix }.count
        guard sections[index].isAppendix else { return "s\(numbered + 1)" }
        return "appendix-\(letter(index - numbered).lowercased())"
    }

    private func letter(_ offset: Int) -> String {
        String(UnicodeScalar(UInt8(65 + offset % 26)))
    }
}
