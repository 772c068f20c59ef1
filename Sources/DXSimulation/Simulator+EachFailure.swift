extension Simulator {
    /// Every single failure (``FailureScenario/singleFailures(in:)``, in that order) on top of
    /// `base`: the runs `simulate --each-failure` and the report's failure matrix print (AWS Direct
    /// Connect Resiliency Toolkit,
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html).
    public static func runEachSingleFailure(
        _ input: SimulationInput, after base: FailureScenario = .none, options: SimulationOptions = SimulationOptions()
    ) -> [SimulationResult] {
        var runs: [SimulationResult] = []
        forEachSingleFailure(input, after: base, options: options) { runs.append($0) }
        return runs
    }

    /// The same runs handed to `body` one at a time, so that a caller can reduce each run to what
    /// it keeps at once (keeping every run's whole result makes memory grow with runs × VIFs).
    public static func forEachSingleFailure(
        _ input: SimulationInput, after base: FailureScenario = .none, options: SimulationOptions = SimulationOptions(),
        _ body: (SimulationResult) -> Void
    ) {
        for name in FailureScenario.singleFailures(in: input.topology) {
            guard case .success(let scenario) = FailureScenario.resolve(base.names + [name], in: input.resolved) else {
                continue
            }
            body(run(input, scenario: scenario, options: options))
        }
    }
}
