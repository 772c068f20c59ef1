import DXCore
import DXInput
import DXModel
import DXRendering
import DXSimulation

/// `dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--routes] [--format text|json]` (CLI.md).
enum SimulateCommand {
    static let spec = CommandSpec(
        name: "simulate", usage: "dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--routes] [--format text|json]",
        summary: "AWS advertisements, learned routes per VIF, and the Amazon Connect verdict with reasons.",
        options: [
            OptionSpec("--fail", value: "NAME", repeatable: true, help: "Remove a connection, VIF, router, LAG, uplink or location."),
            OptionSpec("--each-failure", help: "Also run every single failure."),
            OptionSpec("--routes", help: "List every learned route with its communities."),
            OptionSpec("--format", value: "FORMAT", help: "text (default) or json."), .ipRanges, .output,
        ],
        details: "Exit status: 0 Connect over Direct Connect both ways and no error finding, 1 otherwise, 2 unusable input.")

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        let path = try TopologyArgument.single(parsed)
        let format = try OutputFormat.choose(parsed.value("--format"), among: ["text", "json"])
        guard let input = SimulationSetup.prepare(topologyPath: path, ipRanges: parsed.value("--ip-ranges"), environment: environment, output: &output) else { return }
        let scenario: FailureScenario
        switch FailureScenario.resolve(parsed.all("--fail"), in: input.resolved) {
        case .success(let resolved): scenario = resolved
        case .failure(let error): throw error
        }
        let options = SimulationOptions(includeRoutes: parsed.flag("--routes"))
        var base = Simulator.run(input, scenario: scenario, options: options)
        var runs: [SimulationResult] = []
        if parsed.flag("--each-failure") {
            runs = Simulator.runEachSingleFailure(input, after: scenario, options: options)
            base.findings = FailureMatrix.findings(base: base, runs: runs, topology: input.topology)
        }
        let text: String
        if format == "json" {
            text = runs.isEmpty && !parsed.flag("--each-failure") ? SimulationJSON.value(base).serialized : JSONValue.array(([base] + runs).map(SimulationJSON.value)).serialized
        } else {
            text = SimulationText.render(base, showRoutes: parsed.flag("--routes")) + (parsed.flag("--each-failure") ? FailureMatrixText.text(base: base, runs: runs) : "")
        }
        OutputDestination.emit(text, to: parsed.value("--output"), output: &output)
        if output.status == .success && !base.isSuccess { output.status = .checksFailed }
    }
}
