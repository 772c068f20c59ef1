import DXCore
import DXModel
import DXRendering
import DXSimulation

/// `dxplan explain TOPOLOGY ADDRESS|PREFIX` (Docs/UserGuide.md).
enum ExplainCommand: Subcommand {
    static let fail = OptionSpec("--fail", value: "NAME", repeatable: true, help: "Explain with this failure applied.")

    static let spec = CommandSpec(
        name: "explain", abstract: "Every candidate route for one destination, and the winner",
        usage: "dxplan explain TOPOLOGY ADDRESS|PREFIX [--fail NAME]...",
        summary:
            "For one destination: every candidate route with its source, communities, local-pref and AS_PATH length, the winner, and why.",
        options: [fail, .ipRanges])

    static func run(_ options: ExplainOptions, context: inout CommandContext) throws(UsageError) {
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
        let explanation = RouteExplanation.explain(options.destination, input: input, scenario: scenario)
        context.output.out(ExplanationText.render(explanation, provenance: input.ranges.provenance))
    }
}
