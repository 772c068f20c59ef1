extension ReportDocument {
    /// A table with one header row; every row has one cell per header column.
    package struct Table: Sendable, Equatable {
        package var header: [String]
        package var rows: [[Inline]]

        package init(_ header: [String], _ rows: [[Inline]]) {
            self.header = header
            self.rows = rows
        }
    }
}
