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
        switch FailureScenario.resolve(parsed.all("--fail"), in: input.topology) {
        case .success(let resolved): scenario = resolved
        case .failure(let error): throw error
        }
        let options = SimulationOptions(failures: scenario.names, includeRoutes: parsed.flag("--routes"))
        var base = Simulator.run(input, scenario: scenario, options: options)
        // Each run is reduced to its matrix row (and, for JSON, its text) at once: keeping every
        // run's whole result made memory grow with runs × VIFs.
        var runs: [FailureRun] = []
        var runsJSON: [String] = []
        if parsed.flag("--each-failure") {
            for name in FailureScenario.singleFailures(in: input.topology) {
                let names = scenario.names + [name]
                guard case .success(let single) = FailureScenario.resolve(names, in: input.topology) else { continue }
                let run = Simulator.run(input, scenario: single, options: options)
                runs.append(FailureRun(run))
                if format == "json" { runsJSON.append(SimulationJSON.value(run).serialized(indent: 1)) }
            }
            base.findings = FailureMatrix.findings(base: base, runs: runs, topology: input.topology)
        }
        let text: String
        if format == "json" {
            if parsed.flag("--each-failure") {
                // As JSONValue.array([base] + runs).serialized, one element at a time.
                let elements = [SimulationJSON.value(base).serialized(indent: 1)] + runsJSON
                text = "[\n" + elements.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
            } else {
                text = SimulationJSON.value(base).serialized
            }
        } else {
            text = SimulationText.render(base, showRoutes: parsed.flag("--routes")) + (parsed.flag("--each-failure") ? FailureMatrix.text(base: base, runs: runs) : "")
        }
        OutputDestination.emit(text, to: parsed.value("--output"), output: &output)
        if output.status == .success && !base.isSuccess { output.status = .checksFailed }
    }
}
