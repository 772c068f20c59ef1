import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

/// The simulator shares the inbound-policy verdicts per VIF class and the decisions per AWS prefix
/// kind (issue 17 #4). These check that it decides exactly as the per-VIF, per-prefix algorithm it
/// replaced, on the examples and on generated topologies, under every single failure, and that
/// `--each-failure` over 200 VIFs completes. Time and memory are measured by `dxplan-bench scale`.
@Suite struct ScaleSimulationTests {
    /// The replaced algorithm: every route for exactly each covering prefix, then best path.
    static func referenceDecision(_ rib: CustomerRIB, _ prefix: IPPrefix) -> PathDecision {
        for covering in rib.coveringPrefixes(of: prefix) {
            let accepted = rib.candidates(exactly: covering).filter(\.isAccepted)
            if !accepted.isEmpty { return BestPath.select(accepted, rib: rib) }
        }
        return .noRoute
    }

    /// The replaced source filter: each winning VIF is looked up and checked.
    static func referenceFiltered(_ decision: PathDecision, family: AddressFamily, topology: Topology, rib: CustomerRIB)
        -> [String]
    {
        guard decision.kind == .directConnect else { return [] }
        let sources = topology.connect.agentSource.map(\.value).filter { $0.family == family }
        return decision.via.filter { name in
            guard let context = rib.interfaces.first(where: { $0.name == name }) else { return false }
            let advertised = context.virtualInterface.advertise.map(\.prefix.value)
            return !sources.allSatisfy { source in advertised.contains { $0.contains(source) } }
        }
    }

    static func inputs() throws -> [(name: String, input: SimulationInput)] {
        let ranges = try IPRangesSource.embedded()
        var inputs: [(String, SimulationInput)] = []
        for url in PackagePaths.exampleTopologies {
            let topology = try TopologyDecoder.load(path: url.path)
            var tables: [String: InternetTable] = [:]
            for uplink in topology.internet {
                guard let table = uplink.table else { continue }
                tables[uplink.name.value] = try InternetTable.load(
                    path: TopologyPaths.resolve(table.value, relativeTo: topology.file))
            }
            inputs.append((url.lastPathComponent, SimulationInput(topology: topology, ranges: ranges, tables: tables)))
        }
        for (count, services, lag) in [(9, false, false), (14, true, true)] {
            let topology = try TopologyFixture.decode(ManyVIFTopology.yaml(count, services: services, lag: lag))
            inputs.append(("generated \(count)", SimulationInput(topology: topology, ranges: ranges)))
        }
        return inputs
    }

    @Test func decisionsCountsAndFiltersMatchTheReplacedAlgorithm() throws {
        for (name, input) in try Self.inputs() {
            let failures = [[]] + FailureScenario.singleFailures(in: input.topology).map { [$0] }
            for names in failures {
                guard case .success(let scenario) = FailureScenario.resolve(names, in: input.resolved) else {
                    Issue.record("\(name): \(names) did not resolve")
                    continue
                }
                let result = Simulator.run(input, scenario: scenario)
                let withRoutes = Simulator.run(
                    input, scenario: scenario, options: SimulationOptions(includeRoutes: true))
                let rib = Simulator.rib(input, scenario: scenario)
                for (fast, slow) in zip(result.interfaces, withRoutes.interfaces) {
                    #expect(fast.advertisedByAWS == slow.advertisedByAWS, "\(name) \(names) \(fast.name)")
                    #expect(fast.learned == slow.learned, "\(name) \(names) \(fast.name)")
                    #expect(fast.learnedByScope == slow.learnedByScope, "\(name) \(names) \(fast.name)")
                }
                for destination in result.destinations {
                    #expect(
                        rib.decide(destination.prefix) == Self.referenceDecision(rib, destination.prefix),
                        "\(name) \(names) \(destination.prefix)")
                    for segment in destination.segments {
                        let reference = Self.referenceDecision(rib, segment.prefix)
                        #expect(segment.decision == reference, "\(name) \(names) \(segment.prefix)")
                        #expect(segment.decision.winners == reference.winners, "\(name) \(names) \(segment.prefix)")
                        #expect(segment.decision.via == reference.via, "\(name) \(names) \(segment.prefix)")
                        let filtered = Self.referenceFiltered(
                            reference, family: segment.prefix.family, topology: input.topology, rib: rib)
                        #expect(segment.sourceFilteredOn == filtered, "\(name) \(names) \(segment.prefix)")
                    }
                }
            }
        }
    }

    @Test func rebasedDecisionsEqualFreshOnes() throws {
        let input = try SimulationFixture.input(ManyVIFTopology.yaml(6))
        let rib = Simulator.rib(input, scenario: .none)
        // Two us-east-1 EC2 prefixes of one length: the second is the first's decision, rebased.
        let ec2 = input.aws.prefixes.filter {
            $0.region == "us-east-1" && $0.services == ["EC2"] && $0.prefix.length == 12
        }
        try #require(ec2.count >= 1)
        for prefix in ec2 {
            let decided = try #require(rib.acceptedDecision(exactly: prefix.prefix))
            let fresh = BestPath.select(rib.candidates(exactly: prefix.prefix).filter(\.isAccepted), rib: rib)
            #expect(decided == fresh)
            #expect(decided.winners == fresh.winners)
            #expect(decided.winners.allSatisfy { $0.prefix == prefix.prefix && $0.awsPrefix == prefix })
            #expect(decided.hashValue == fresh.hashValue)
        }
    }

    /// `simulate --each-failure` keeps only a summary of each run; its output is what rendering
    /// every run's whole result gives.
    @Test(arguments: ["text", "json"])
    func eachFailureOutputIsTheWholeResultsOutput(format: String) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("many.yaml").path
        try ManyVIFTopology.yaml(10, services: true, lag: true).write(toFile: path, atomically: true, encoding: .utf8)
        let output = DXPlan.run(["simulate", path, "--each-failure", "--format", format])
        #expect(output.standardError.isEmpty)

        let topology = try TopologyDecoder.load(path: path)
        let findings = TopologyValidator(
            topology: topology, fileExists: { FileManager.default.isReadableFile(atPath: $0) }
        ).validate()
        let input = SimulationInput(
            topology: topology, ranges: try IPRangesSource.embedded(), validationFindings: findings)
        var base = Simulator.run(input)
        let runs = FailureScenario.singleFailures(in: topology).map { name in
            guard case .success(let scenario) = FailureScenario.resolve([name], in: input.resolved) else {
                fatalError(name)
            }
            return Simulator.run(input, scenario: scenario)
        }
        base.findings = FailureMatrix.findings(base: base, runs: runs, topology: topology)
        let expected =
            format == "json"
            ? JSONValue.array(
                [
                    SimulationJSON.value(
                        base, measured: MeasuredResiliency(runs.map { (1, $0.verdict.connectOverDirectConnect) }))
                ] + runs.map(SimulationJSON.value)
            ).serialized
            : SimulationText.render(base) + FailureMatrixText.text(base: base, runs: runs)
        #expect(output.standardOutput == expected)
    }

    /// 309 runs over 200 VIFs (its ISP uplink included), with the small ip-ranges fixture so that a debug build takes
    /// seconds (the per-VIF work is what grew with the square of the VIF count).
    @Test func twoHundredVIFsEachFailureCompletes() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (path, ranges) = try SimulationFixture.writeFiles(topology: ManyVIFTopology.yaml(200), in: directory)
        let output = DXPlan.run(["simulate", path, "--each-failure", "--ip-ranges", ranges])
        // 100 connections, 200 VIFs, 4 routers, 4 locations, 1 ISP uplink.
        #expect(output.standardOutput.contains("SINGLE FAILURES (309)"))
        #expect(output.standardOutput.contains("\npub-199 "), "\(output.standardError)")
    }
}
