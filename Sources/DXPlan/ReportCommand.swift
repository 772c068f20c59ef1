import DXAWS
import DXCore
import DXModel
import DXRendering

/// `dxplan report TOPOLOGY [--failures 1|2] [--format markdown|html] [--ip-ranges FILE] [-o FILE]` (Docs/Report.md): the
/// architecture review of the base simulation and every single failure, as Markdown or HTML.
enum ReportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "report", abstract: "Architecture review report (Markdown or HTML)",
        usage: "dxplan report TOPOLOGY [--failures 1|2] [--format markdown|html] [--ip-ranges FILE] [-o FILE]",
        summary:
            "Architecture review report: verdict, diagram, whitepaper checklist, routes, failures, findings, firewall and Region guidance.",
        options: [SimulateCommand.failureCount, .format(ReportFormat.self), .ipRanges, .output],
        details:
            "Exit status: 0 Connect over Direct Connect both ways and no error finding, 1 otherwise, 2 unusable input.")

    static func run(_ options: ReportOptions, context: inout CommandContext) throws(UsageError) {
        guard
            let input = SimulationSetup.prepare(
                topologyPath: options.topology, ipRanges: options.ipRanges, environment: context.environment,
                output: &context.output)
        else { return }
        let report = ReviewReport.build(input, failures: options.failureCount)
        let text: String
        switch options.format {
        case .markdown: text = ReportMarkdown.render(report)
        case .html: text = ReportHTML.render(report)
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
        if context.output.status == .success && !report.isSuccess { context.output.status = .checksFailed }
    }
}
