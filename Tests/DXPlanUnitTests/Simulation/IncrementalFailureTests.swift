import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXRendering
@testable import DXSimulation

/// `--each-failure` and the report derive each failure run's rankings from the baseline's
/// (``RankingBaseline``), and the text matrix and the report work out only the verdict of each run
/// (issue 17). These check both against a full recompute of every run — each run simulated on its
/// own, as `--fail NAME` does — on the examples and on generated topologies with many VIFs,
/// with nothing failed beforehand and on top of a failure already given.
@Suite struct IncrementalFailureTests {
    static func inputs() throws -> [(name: String, input: SimulationInput)] {
        var inputs = try ScaleSimulationTests.inputs()
        let ranges = try IPRangesSource.embedded()
        for (count, services, lag) in [(24, false, false), (33, true, true)] {
            let topology = try TopologyFixture.decode(ManyVIFTopology.yaml(count, services: services, lag: lag))
            inputs.append(("generated \(count)", SimulationInput(topology: topology, ranges: ranges)))
        }
        return inputs
    }

    /// The bases each input is checked on: nothing failed, and one single failure from the middle
    /// of the list (a LAG or a VIF, mostly) given with `--fail`.
    static func bases(_ input: SimulationInput) -> [FailureScenario] {
        let names = FailureScenario.singleFailures(in: input.topology)
        let picked = [names.dropFirst(names.count / 2).first].compactMap { $0 }
        return [.none]
            + picked.compactMap { name in
                guard case .success(let scenario) = FailureScenario.resolve([name], in: input.resolved) else {
                    return nil
                }
                return scenario
            }
    }

    static func fresh(_ input: SimulationInput, _ names: [String], options: SimulationOptions) throws
        -> SimulationResult
    {
        guard case .success(let scenario) = FailureScenario.resolve(names, in: input.resolved) else {
            throw CocoaError(.featureUnsupported)
        }
        return Simulator.run(input, scenario: scenario, options: options)
    }

    @Test func derivedRunsPrintExactlyAsFullRecomputes() throws {
        for (name, input) in try Self.inputs() {
            for base in Self.bases(input) {
                // Routes printed only on the base (the routes of every VIF make each run long).
                let routes = base.names.isEmpty && !name.hasPrefix("generated")
                for options in [SimulationOptions()] + (routes ? [SimulationOptions(includeRoutes: true)] : []) {
                    var count = 0
                    Simulator.forEachSingleFailure(input, after: base, options: options) { run in
                        count += 1
                        guard let full = try? Self.fresh(input, run.failed, options: options) else {
                            Issue.record("\(name): \(run.failed) did not resolve")
                            return
                        }
                        let derived = SimulationJSON.value(run).serialized
                        let expected = SimulationJSON.value(full).serialized
                        #expect(derived == expected, "\(name) \(run.failed)")
                        if options.includeRoutes {
                            let text = SimulationText.render(run, showRoutes: true)
                            #expect(text == SimulationText.render(full, showRoutes: true), "\(name) \(run.failed)")
                        }
                    }
                    #expect(count == FailureScenario.singleFailures(in: input.topology).count, "\(name)")
                }
            }
        }
    }

    @Test func verdictRunsEqualTheFullRunsSummaries() throws {
        for (name, input) in try Self.inputs() {
            for base in Self.bases(input) {
                var runs: [FailureRun] = []
                Simulator.forEachSingleFailureVerdict(input, after: base) { runs.append($0) }
                let full = Simulator.runEachSingleFailure(input, after: base)
                #expect(runs.map(\.failed) == full.map(\.failed), "\(name) \(base.names)")
                // `full` itself is checked against runs simulated on their own above.
                for (run, result) in zip(runs, full) {
                    #expect(run == FailureRun(result), "\(name) \(run.failed)")
                    #expect(FailureOutcome(run) == FailureOutcome(result), "\(name) \(run.failed)")
                }
            }
        }
    }

    /// `--failures 2`: every pair run, derived from the same baseline, equals the pair simulated on
    /// its own (`--fail a --fail b`), in full and reduced to its verdict; ISP failures are in the
    /// list. (The examples with at most 12 single failures and the 9-VIF generated topology.)
    @Test func pairRunsEqualThePairSimulatedOnItsOwn() throws {
        for (name, input) in try ScaleSimulationTests.inputs() {
            let singles = FailureScenario.singleFailures(in: input.topology)
            // Pairs grow with singles²; each is simulated in full twice here.
            guard singles.count <= 12 else { continue }
            let sets = FailureScenario.failureSets(in: input.topology, size: 2)
            #expect(sets.count == singles.count + singles.count * (singles.count - 1) / 2, "\(name)")
            for uplink in input.topology.internet { #expect(singles.contains(uplink.name.value), "\(name)") }
            var runs: [FailureRun] = []
            Simulator.forEachSingleFailureVerdict(input, size: 2) { runs.append($0) }
            var index = 0
            Simulator.forEachSingleFailure(input, size: 2) { run in
                defer { index += 1 }
                #expect(run.failed == sets[index], "\(name)")
                guard run.failed.count == 2 else { return }
                guard let full = try? Self.fresh(input, run.failed, options: SimulationOptions()) else {
                    Issue.record("\(name): \(run.failed) did not resolve")
                    return
                }
                #expect(
                    SimulationJSON.value(run).serialized == SimulationJSON.value(full).serialized,
                    "\(name) \(run.failed)")
                #expect(runs[index] == FailureRun(full), "\(name) \(run.failed)")
            }
            #expect(index == sets.count && runs.count == sets.count, "\(name)")
        }
    }

    /// A failure that takes every winner of a ranking down (all VIFs of the preferred location)
    /// ranks the rest again; one that takes only some keeps the best attributes.
    @Test func failingEveryWinnerRanksTheRestAgain() throws {
        let topology = try TopologyFixture.decode(ManyVIFTopology.yaml(24))
        let input = SimulationInput(topology: topology, ranges: try IPRangesSource.embedded())
        let location = ManyVIFTopology.sites[0].location
        let names = FailureScenario.singleFailures(in: topology)
        #expect(names.contains(location))
        for failed in [[location], ["dx-0"]] {
            var derived: SimulationResult?
            Simulator.forEachSingleFailure(input) { run in if run.failed == failed { derived = run } }
            let run = try #require(derived)
            let full = try Self.fresh(input, failed, options: SimulationOptions())
            #expect(SimulationJSON.value(run).serialized == SimulationJSON.value(full).serialized)
            let base = Simulator.run(input)
            let baseVia = Set(base.destinations.flatMap(\.segments).flatMap(\.decision.via))
            let runVia = Set(run.destinations.flatMap(\.segments).flatMap(\.decision.via))
            #expect(runVia != baseVia, "\(failed) changes the winners")
        }
    }
}
