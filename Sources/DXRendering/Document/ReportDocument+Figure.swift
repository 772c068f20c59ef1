extension ReportDocument {
    /// A drawing (the topology diagram, the route-scope chart) as inline SVG, which escapes its
    /// own text; formats that cannot show SVG write `fallback` instead.
    package struct Figure: Sendable, Equatable {
        package var svg: String
        /// Under the drawing; empty for none.
        package var caption: [Inline]
        /// What a format without SVG (Markdown) writes in the figure's place; may be empty.
        package var fallback: [Block]

        package init(svg: String, caption: [Inline] = [], fallback: [Block] = []) {
            self.svg = svg
            self.caption = caption
            self.fallback = fallback
        }
    }
}
