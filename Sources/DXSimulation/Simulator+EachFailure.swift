extension Simulator {
    /// Every single failure (``FailureScenario/singleFailures(in:)``, in that order) on top of
    /// `base`: the runs `simulate --each-failure` and the report's failure matrix print (AWS Direct
    /// Connect Resiliency Toolkit,
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html).
    public static func runEachSingleFailure(
        _ input: SimulationInput, after base: FailureScenario = .none, options: SimulationOptions = SimulationOptions()
    ) -> [SimulationResult] {
        FailureScenario.singleFailures(in: input.topology).compactMap { name in
            guard case .success(let scenario) = FailureScenario.resolve(base.names + [name], in: input.resolved) else {
                return nil
            }
            return run(input, scenario: scenario, options: options)
        }
    }
}
