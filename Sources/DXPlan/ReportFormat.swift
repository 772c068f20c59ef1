/// `dxplan report --format`: Markdown (default) or HTML.
enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html
}
