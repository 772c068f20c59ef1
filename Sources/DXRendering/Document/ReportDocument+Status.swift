extension ReportDocument {
    /// How good a value is, shown by color in HTML and by strong text in Markdown (which stresses
    /// only what needs attention).
    package enum Status: Sendable, Equatable, CaseIterable {
        case ok
        /// Worth a look (a whitepaper step marked `check`, warnings).
        case attention
        case bad
        /// Informational, no color (notes).
        case neutral
    }
}
