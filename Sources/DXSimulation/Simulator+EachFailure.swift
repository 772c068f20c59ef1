import DXAWS
import DXCore
import DXInput
import DXModel

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
    /// Each run derives its rankings from those of `base` (``RankingBaseline``): a failure costs
    /// the routes it removes, not a new ranking of every live VIF's route.
    public static func forEachSingleFailure(
        _ input: SimulationInput, after base: FailureScenario = .none, options: SimulationOptions = SimulationOptions(),
        _ body: (SimulationResult) -> Void
    ) {
        let baseline = rib(input, scenario: base)
        for scenario in singleFailureScenarios(input, after: base) {
            body(run(input, scenario: scenario, options: options, after: baseline))
        }
    }

    /// The same runs reduced to their ``FailureRun`` (verdict and verdict share), which is all the
    /// text failure matrix and the report keep: only the verdict destinations and the return path
    /// are worked out, not every VIF's counts, the other destinations or the findings.
    public static func forEachSingleFailureVerdict(
        _ input: SimulationInput, after base: FailureScenario = .none, _ body: (FailureRun) -> Void
    ) {
        let baseline = rib(input, scenario: base)
        let targets = input.connectTargets.filter(\.role.isInVerdict)
        let reaching = ReturnPathAnalysis(topology: input.topology, contexts: baseline.interfaces).reachingInterfaces()
        for scenario in singleFailureScenarios(input, after: base) {
            let rib = rib(input, scenario: scenario, after: baseline)
            let destinations = ConnectDestinations.build(targets, filter: input.sourceFilter, rib: rib)
            let returnPath: Bool
            if let lost = rib.lostSinceBaseline {
                returnPath = !reaching.isEmpty && reaching.allSatisfy { $0.contains { !lost.contains($0) } }
            } else {
                var findings: [Finding] = []
                let results = ReturnPathAnalysis(topology: input.topology, contexts: rib.interfaces)
                    .results(findings: &findings)
                returnPath = !results.isEmpty && results.allSatisfy(\.isOverDirectConnect)
            }
            let verdict = Verdict(forward: destinations.allSatisfy(\.isFullyDirectConnect), returnPath: returnPath)
            body(FailureRun(failed: scenario.names, verdict: verdict, verdictDestinations: destinations))
        }
    }

    /// The scenarios of ``forEachSingleFailure(_:after:options:_:)``, in order.
    private static func singleFailureScenarios(_ input: SimulationInput, after base: FailureScenario)
        -> [FailureScenario]
    {
        FailureScenario.singleFailures(in: input.topology).compactMap { name in
            guard case .success(let scenario) = FailureScenario.resolve(base.names + [name], in: input.resolved) else {
                return nil
            }
            return scenario
        }
    }
}
