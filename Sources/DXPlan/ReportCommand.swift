import DXAWS
import DXCore
import DXModel
import DXRendering

/// `dxplan report TOPOLOGY [--format markdown|html] [--ip-ranges FILE] [-o FILE]` (CLI.md): the
/// architecture review of the base simulation and every single failure, as Markdown or HTML.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report", usage: "dxplan report TOPOLOGY [--format markdown|html] [--ip-ranges FILE] [-o FILE]",
        summary: "Architecture review report: verdict, diagram, whitepaper checklist, routes, failures, findings, firewall and Region guidance.",
        options: [OptionSpec("--format", value: "FORMAT", help: "markdown (default) or html."), .ipRanges, .output],
        details: "Exit status: 0 Connect over Direct Connect both ways and no error finding, 1 otherwise, 2 unusable input.")

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        let path = try TopologyArgument.single(parsed)
        let format = try OutputFormat.choose(parsed.value("--format"), among: ["markdown", "html"])
        guard let input = SimulationSetup.prepare(topologyPath: path, ipRanges: parsed.value("--ip-ranges"), environment: environment, output: &output) else { return }
        let report = ReviewReport.build(input)
        let text = format == "html" ? ReportHTML.render(report) : ReportMarkdown.render(report)
        OutputDestination.emit(text, to: parsed.value("--output"), output: &output)
        if output.status == .success && !report.isSuccess { output.status = .checksFailed }
    }
}
