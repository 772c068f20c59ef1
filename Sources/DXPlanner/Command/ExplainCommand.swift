/// `dxplan explain TOPOLOGY ADDRESS|PREFIX` (CLI.md).
enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain", usage: "dxplan explain TOPOLOGY ADDRESS|PREFIX [--fail NAME]...",
        summary: "For one destination: every candidate route with its source, communities, local-pref and AS_PATH length, the winner, and why.",
        options: [OptionSpec("--fail", value: "NAME", repeatable: true, help: "Explain with this failure applied."), .ipRanges])

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        guard parsed.positionals.count == 2 else {
            throw UsageError(parsed.positionals.count < 2 ? "Missing expected argument '<\(parsed.positionals.isEmpty ? "TOPOLOGY" : "ADDRESS|PREFIX")>'" : "Unexpected argument \(MessageValue.quoted(parsed.positionals[2]))")
        }
        let destination = try DestinationArgument.parse(parsed.positionals[1])
        guard let input = SimulationSetup.prepare(topologyPath: parsed.positionals[0], ipRanges: parsed.value("--ip-ranges"), environment: environment, output: &output) else { return }
        let scenario: FailureScenario
        switch FailureScenario.resolve(parsed.all("--fail"), in: input.topology) {
        case .success(let resolved): scenario = resolved
        case .failure(let error): throw error
        }
        let explanation = RouteExplanation.explain(destination, input: input, scenario: scenario)
        output.out(ExplanationText.render(explanation, provenance: input.ranges.provenance))
    }
}
