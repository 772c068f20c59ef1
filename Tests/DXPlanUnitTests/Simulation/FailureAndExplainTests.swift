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

@Suite struct FailureAndExplainTests {
    @Test func failureNamesResolveAndUnknownNamesAreSuggested() throws {
        let topology = try TopologyFixture.decode(SimulationFixture.base)
        let resolved = ResolvedTopology(topology)
        guard case .success(let router) = FailureScenario.resolve(["edge-1"], in: resolved) else {
            Issue.record("edge-1")
            return
        }
        #expect(router.downConnections == ["dx-1"])
        #expect(router.downUplinks == ["isp-a"])
        guard case .success(let location) = FailureScenario.resolve(["EqDC2"], in: resolved) else {
            Issue.record("EqDC2")
            return
        }
        #expect(location.downConnections == ["dx-1"])
        guard case .failure(let error) = FailureScenario.resolve(["dx-2"], in: resolved) else {
            Issue.record("dx-2 resolved")
            return
        }
        #expect(error.code == .unknownName)
        #expect(error.message.contains("; did you mean 'dx-1'?; valid names: "))
        #expect(FailureScenario.singleFailures(in: topology) == ["dx-1", "pub-1", "edge-1", "isp-a"])
    }

    /// An unknown `--fail` name lists the valid ones, sorted and once each.
    @Test func unknownFailureListsTheValidNames() throws {
        let topology = try TopologyFixture.decode(SimulationFixture.base)
        guard case .failure(let error) = FailureScenario.resolve(["FR5"], in: ResolvedTopology(topology)) else {
            Issue.record("FR5 resolved")
            return
        }
        let names = Array(Set(FailureScenario.candidateNames(in: topology))).sorted()
        #expect(names.count >= 4)
        #expect(error.message.hasSuffix("; valid names: " + names.joined(separator: ", ")))
    }

    /// Beyond 20 names the list is cut and says how many more there are.
    @Test func longNameListsAreCut() {
        let names = (1...25).map { "dx-\(String($0).leftPadded(to: 2))" } + ["dx-01"]
        let listed = FailureScenario.listed(names.reversed())
        #expect(listed.hasPrefix("dx-01, dx-02, "))
        #expect(listed.hasSuffix("dx-20, … (5 more)"))
        #expect(FailureScenario.listed(["b", "a", "b"]) == "a, b")
    }

    @Test func lagVIFsSurviveOneMemberFailure() throws {
        var text = TopologyFixture.minimal.replacingOccurrences(
            of: "    speed: 10Gbps\n", with: "    speed: 10Gbps\n    lag: lag-1\n")
        text += """
              - name: dx-2
                type: dedicated
                location: EqDC2
                speed: 10Gbps
                router: edge-1
                lag: lag-1

            """
        let one = try SimulationFixture.simulate(text, failures: ["dx-1"])
        #expect(one.verdict.connectOverDirectConnect)
        let both = try SimulationFixture.simulate(text, failures: ["lag-1"])
        #expect(!both.verdict.forward)
    }

    @Test(
        arguments: [
            ("single", ResiliencyLevel.development)
        ] as [(String, ResiliencyLevel)])
    func resiliencyOfTheFixture(_ name: String, expected: ResiliencyLevel) throws {
        #expect(
            ResiliencyLevel.assess(ResolvedTopology(try TopologyFixture.decode(TopologyFixture.minimal))) == expected)
    }

    @Test func resiliencyOfTheExamples() throws {
        let expected: [String: ResiliencyLevel] = [
            "single-dedicated.yaml": .development, "maximum-resiliency.yaml": .maximum, "lag-macsec.yaml": .development,
            "dual-stack.yaml": .development, "hosted-carrier.yaml": .development,
            "hosted-datacenter-exchange.yaml": .development,
        ]
        for (name, level) in expected {
            let topology = try TopologyDecoder.load(path: PackagePaths.topologies.appendingPathComponent(name).path)
            #expect(ResiliencyLevel.assess(ResolvedTopology(topology)) == level, "\(name)")
        }
    }

    @Test func eachFailureOnTheMaximumResiliencyExample() throws {
        let path = PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml").path
        let result = DXPlan.run(["simulate", path, "--each-failure", "--format", "json"])
        #expect(result.status == .success, "\(result.standardError)")
        let root = try JSONReader.parse(Array(result.standardOutput.utf8), file: "out.json")
        guard case .sequence(let runs) = root.kind else {
            Issue.record("expected an array")
            return
        }
        #expect(runs.count == 15)
        #expect(
            DXPlan.run(["simulate", path, "--each-failure"]).standardOutput.contains(
                "Amazon Connect stays on Direct Connect under every single failure."))
        let single = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml").path
        let text = DXPlan.run(["simulate", single, "--each-failure"])
        #expect(text.standardOutput.contains("does NOT stay on Direct Connect"))
        #expect(text.standardOutput.contains("[single-failure-breaks-connect]"))
    }

    @Test func explainListsEveryCandidateAndTheWinner() throws {
        let input = try SimulationFixture.input(
            SimulationFixture.base, tables: ["isp-a": "15.193.6.0/25 64510 16509\n"])
        let explanation = RouteExplanation.explain(IPPrefix("15.193.6.0/24")!, input: input)
        #expect(
            explanation.candidates.map { "\($0.prefix) \($0.origin.name)" } == [
                "15.193.6.0/24 pub-1", "15.193.0.0/19 pub-1", "0.0.0.0/0 isp-a",
            ])
        #expect(explanation.segments.count == 2)
        let text = ExplanationText.render(explanation, provenance: "test")
        #expect(text.contains("More-specific routes split the destination into 2 segments:"))
        let address = RouteExplanation.explain(IPPrefix("15.193.6.200/32")!, input: input)
        #expect(address.segments.first?.decision.via == ["pub-1"])
        #expect(
            ExplanationText.render(address, provenance: "test").contains(
                "WINNER: direct-connect pub-1 — longest match /24 learned on pub-1 (7224:8100)"))
    }

    @Test func explainShowsRejectedRoutes() throws {
        let text = SimulationFixture.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        accept: [region]\n")
        let input = try SimulationFixture.input(text)
        let explanation = RouteExplanation.explain(IPPrefix("3.128.0.1/32")!, input: input)
        let rejected = try #require(explanation.candidates.first { $0.prefix.description == "3.128.0.0/15" })
        #expect(
            rejected.rejection == .scopeNotAccepted(virtualInterface: "pub-1", accepted: [.region], scope: .continent))
        #expect(
            rejected.rejection?.description == "inbound policy of pub-1 accepts region, not continent (7224:8200)")
        #expect(explanation.segments.first?.decision.via == ["isp-a"])
    }

    /// The rows of `explain`'s candidate table whose first two columns are `prefix` and `source`.
    func explainRows(_ text: String, prefix: String, source: String) -> [[Substring]] {
        text.split(separator: "\n").map { $0.split(separator: " ") }.filter {
            $0.count > 2 && $0[0] == prefix && $0[1] == source
        }
    }

    /// A route the inbound policy rejected takes no part in the decision: no local-pref is shown.
    @Test func explainShowsNoLocalPrefOnRejectedRoutes() throws {
        let text = SimulationFixture.base.replacingOccurrences(
            of: "        bfd: true\n",
            with: "        bfd: true\n        local_preference: 200\n        accept: [region]\n")
        let input = try SimulationFixture.input(text)
        let rendered = ExplanationText.render(
            RouteExplanation.explain(IPPrefix("3.128.0.1/32")!, input: input), provenance: "test")
        let row = try #require(explainRows(rendered, prefix: "3.128.0.0/15", source: "pub-1").first)
        let status = try #require(row.firstIndex(of: "rejected:"))
        #expect(row[status - 2] == "-", "\(row)")
        #expect(!row.contains("200"))
        let accepted = ExplanationText.render(
            RouteExplanation.explain(IPPrefix("15.193.6.200/32")!, input: input), provenance: "test")
        let best = try #require(explainRows(accepted, prefix: "15.193.6.0/24", source: "pub-1").first)
        #expect(best.contains("200") && best.last == "best", "\(best)")
    }

    /// Two ISP default routes that tie: the router keeps one of them, so neither is "best".
    @Test func explainMarksNoTiedISPRouteBest() throws {
        let text =
            SimulationFixture.base
            + "  - name: isp-b\n    router: edge-1\n    asn: 64511\n    default_route: true\n"
        let input = try SimulationFixture.input(text)
        let explanation = RouteExplanation.explain(IPPrefix("192.0.2.1/32")!, input: input)
        #expect(explanation.segments.first?.decision.via == ["isp-a", "isp-b"])
        let rendered = ExplanationText.render(explanation, provenance: "test")
        for isp in ["isp-a", "isp-b"] {
            let row = try #require(explainRows(rendered, prefix: "0.0.0.0/0", source: isp).first)
            #expect(row.suffix(5).joined(separator: " ") == "tie: the router keeps one", "\(row)")
            #expect(row.last != "best")
        }
    }

    /// `simulate --each-failure` and the report run the same loop: one run per single failure, in
    /// `singleFailures` order, on top of the failures already given.
    @Test func eachSingleFailureRunsInOrderOnTopOfTheBase() throws {
        let input = try SimulationFixture.input(SimulationFixture.base)
        let names = FailureScenario.singleFailures(in: input.topology)
        #expect(Simulator.runEachSingleFailure(input).map(\.failed) == names.map { [$0] })
        guard case .success(let base) = FailureScenario.resolve(["isp-a"], in: input.resolved) else {
            Issue.record("isp-a")
            return
        }
        let runs = Simulator.runEachSingleFailure(input, after: base)
        #expect(runs.map(\.failed) == names.map { ["isp-a", $0] })
        // Every Direct Connect failure breaks it; the ISP again leaves the base as it is.
        #expect(runs.filter { $0.failed.last != "isp-a" }.allSatisfy { !$0.verdict.connectOverDirectConnect })
    }
}
