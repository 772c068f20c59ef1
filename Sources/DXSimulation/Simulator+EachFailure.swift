import DXAWS
import DXCore
import DXInput
import DXModel

extension Simulator {
    /// Every single failure (``FailureScenario/singleFailures(in:)``, in that order) on top of
    /// `base`: the runs `simulate --each-failure` and the report's failure matrix print (AWS Direct
    /// Connect Resiliency Toolkit,
    /// https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html).
    /// With `size` 2, every pair of them follows (``FailureScenario/failureSets(in:size:)``).
    public static func runEachSingleFailure(
        _ input: SimulationInput, after base: FailureScenario = .none, size: Int = 1,
        options: SimulationOptions = SimulationOptions()
    ) -> [SimulationResult] {
        var runs: [SimulationResult] = []
        forEachSingleFailure(input, after: base, size: size, options: options) { runs.append($0) }
        return runs
    }

    /// The same runs handed to `body` one at a time, so that a caller can reduce each run to what
    /// it keeps at once (keeping every run's whole result makes memory grow with runs × VIFs).
    /// Each run derives its rankings from those of `base` (``RankingBaseline``): a failure costs
    /// the routes it removes, not a new ranking of every live VIF's route.
    /// A pair's run derives from the same baseline: its live VIFs are the baseline's minus both failures'.
    public static func forEachSingleFailure(
        _ input: SimulationInput, after base: FailureScenario = .none, size: Int = 1,
        options: SimulationOptions = SimulationOptions(), _ body: (SimulationResult) -> Void
    ) {
        let baseline = rib(input, scenario: base)
        for scenario in failureScenarios(input, after: base, size: size) {
            body(run(input, scenario: scenario, options: options, after: baseline))
        }
    }

    /// The same runs reduced to their ``FailureRun`` (verdict and verdict share), which is all the
    /// text failure matrix and the report keep: only the verdict destinations and the return path
    /// are worked out, not every VIF's counts, the other destinations or the findings.
    public static func forEachSingleFailureVerdict(
        _ input: SimulationInput, after base: FailureScenario = .none, size: Int = 1, _ body: (FailureRun) -> Void
    ) {
        let baseline = rib(input, scenario: base)
        let targets = input.connectTargets.filter(\.role.isInVerdict)
        let rankings = ReturnPathAnalysis(topology: input.topology, contexts: baseline.interfaces).rankings()
        for scenario in failureScenarios(input, after: base, size: size) {
            let rib = rib(input, scenario: scenario, after: baseline)
            let destinations = ConnectDestinations.build(targets, filter: input.sourceFilter, rib: rib)
            let returnPaths: [ReturnPathChoice]
            if let lost = rib.lostSinceBaseline {
                returnPaths = zip(input.topology.connect.agentSource, rankings).map { source, ranking in
                    let left = ranking.excluding(lost)
                    return ReturnPathChoice(
                        agentSource: source.value, preferred: left.preferred, backupTiers: left.backupTiers)
                }
            } else {
                var findings: [Finding] = []
                returnPaths = ReturnPathAnalysis(topology: input.topology, contexts: rib.interfaces)
                    .results(findings: &findings).map(ReturnPathChoice.init)
            }
            let returnPath = !returnPaths.isEmpty && returnPaths.allSatisfy { !$0.preferred.isEmpty }
            let verdict = Verdict(forward: destinations.allSatisfy(\.isFullyDirectConnect), returnPath: returnPath)
            body(
                FailureRun(
                    failed: scenario.names, verdict: verdict, verdictDestinations: destinations,
                    returnPaths: returnPaths))
        }
    }

    /// The scenarios of ``forEachSingleFailure(_:after:size:options:_:)``, in order.
    private static func failureScenarios(_ input: SimulationInput, after base: FailureScenario, size: Int)
        -> [FailureScenario]
    {
        FailureScenario.failureSets(in: input.topology, size: size).compactMap { names in
            guard case .success(let scenario) = FailureScenario.resolve(base.names + names, in: input.resolved) else {
                return nil
            }
            return scenario
        }
    }
}
