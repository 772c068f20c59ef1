import DXCore
import DXInput
import DXModel
import DXRendering
import DXSimulation

/// `dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--routes] [--format text|json]` (Docs/UserGuide.md).
enum SimulateCommand: Subcommand {
    static let fail = OptionSpec(
        "--fail", value: "NAME", repeatable: true, help: "Remove a connection, VIF, router, LAG, uplink or location.")
    static let eachFailure = OptionSpec("--each-failure", help: "Also run every single failure.")
    static let routes = OptionSpec("--routes", help: "List every learned route with its communities.")

    static let spec = CommandSpec(
        name: "simulate", abstract: "AWS advertisements, learned routes, the Connect verdict",
        usage: "dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--routes] [--format text|json]",
        summary: "AWS advertisements, learned routes per VIF, and the Amazon Connect verdict with reasons.",
        options: [fail, eachFailure, routes, .format(SimulateFormat.self), .ipRanges, .output],
        details:
            "Exit status: 0 Connect over Direct Connect both ways and no error finding, 1 otherwise, 2 unusable input.")

    static func run(_ options: SimulateOptions, context: inout CommandContext) throws(UsageError) {
        guard
            let input = SimulationSetup.prepare(
                topologyPath: options.topology, ipRanges: options.ipRanges, environment: context.environment,
                output: &context.output)
        else { return }
        let scenario: FailureScenario
        switch FailureScenario.resolve(options.failures, in: input.resolved) {
        case .success(let resolved): scenario = resolved
        case .failure(let error): throw error
        }
        let simulation = SimulationOptions(includeRoutes: options.routes)
        var base = Simulator.run(input, scenario: scenario, options: simulation)
        var runs: [SimulationResult] = []
        if options.eachFailure {
            runs = Simulator.runEachSingleFailure(input, after: scenario, options: simulation)
            base.findings = FailureMatrix.findings(base: base, runs: runs, topology: input.topology)
        }
        let text: String
        switch options.format {
        case .json:
            text =
                runs.isEmpty && !options.eachFailure
                ? SimulationJSON.value(base).serialized
                : JSONValue.array(([base] + runs).map(SimulationJSON.value)).serialized
        case .text:
            let matrix = options.eachFailure ? FailureMatrixText.text(base: base, runs: runs) : ""
            text = SimulationText.render(base, showRoutes: options.routes) + matrix
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
        if context.output.status == .success && !base.isSuccess { context.output.status = .checksFailed }
    }
}
