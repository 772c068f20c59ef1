import DXCore
import DXInput
import DXModel
import DXRendering
import DXSimulation

/// `dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--failures 1|2] [--routes] [--format text|json|sarif]`
/// (Docs/UserGuide.md); `sarif` writes only the findings, as `validate --format sarif` does.
enum SimulateCommand: Subcommand {
    static let fail = OptionSpec(
        "--fail", value: "NAME", repeatable: true, help: "Remove a connection, VIF, router, LAG, uplink or location.")
    static let eachFailure = OptionSpec("--each-failure", help: "Also run every single failure (and ISP).")
    static let failureCount = OptionSpec(
        "--failures", value: "N", values: ["1", "2"],
        help: "Failures at once for --each-failure (implied): 1 (default) or 2, every pair too.")
    static let routes = OptionSpec("--routes", help: "List every learned route with its communities.")

    static let spec = CommandSpec(
        name: "simulate", abstract: "AWS advertisements, learned routes, the Connect verdict",
        usage:
            "dxplan simulate TOPOLOGY [--fail NAME]... [--each-failure] [--failures 1|2] [--routes] [--format text|json|sarif]",
        summary: "AWS advertisements, learned routes per VIF, and the Amazon Connect verdict with reasons.",
        options: [fail, eachFailure, failureCount, routes, .format(SimulateFormat.self), .ipRanges, .output],
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
        if options.format != .sarif {
            base.assumptionImpact = AssumptionImpact.assess(input, scenario: scenario, result: base)
        }
        // Each run is reduced to its findings summary, its matrix row and (for JSON) its text at
        // once: keeping every run's whole result made memory grow with runs × VIFs.
        var runs: [FailureRun] = []
        var outcomes: [FailureOutcome] = []
        var runsJSON: [String] = []
        if options.eachFailure {
            switch options.format {
            case .json:
                Simulator.forEachSingleFailure(
                    input, after: scenario, size: options.failureCount, options: simulation
                ) { run in
                    runs.append(FailureRun(run))
                    runsJSON.append(SimulationJSON.value(run).serialized(indent: 1))
                }
            case .text, .sarif:
                // The matrix and the findings need only each run's verdict and share: nothing else
                // is worked out.
                Simulator.forEachSingleFailureVerdict(input, after: scenario, size: options.failureCount) { run in
                    runs.append(run)
                    if options.format == .text { outcomes.append(FailureOutcome(run)) }
                }
            }
            base.findings = FailureMatrix.findings(base: base, runs: runs, topology: input.topology)
        }
        let text: String
        switch options.format {
        case .json:
            if options.eachFailure {
                // As JSONValue.array([base] + runs).serialized, one element at a time.
                let measured = MeasuredResiliency(
                    runs.map { ($0.failed.count - base.failed.count, $0.verdict.connectOverDirectConnect) })
                let elements = [SimulationJSON.value(base, measured: measured).serialized(indent: 1)] + runsJSON
                text = "[\n" + elements.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
            } else {
                text = SimulationJSON.value(base).serialized
            }
        case .sarif:
            text = SARIFLog.value(base.findings, topologyPath: options.topology).serialized
        case .text:
            let matrix = options.eachFailure ? FailureMatrixText.text(base: base, outcomes: outcomes) : ""
            text = SimulationText.render(base, showRoutes: options.routes) + matrix
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
        if context.output.status == .success && !base.isSuccess { context.output.status = .checksFailed }
    }
}
