import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// The architecture review of one topology, vendor- and format-neutral: the base simulation, every
/// single failure (``FailureScenario/singleFailures(in:)``) and the sections the report prints, in
/// order. ``ReportMarkdown`` and ``ReportHTML`` only spell it (Docs/Architecture.md; Docs/Report.md).
public struct ReviewReport: Sendable {
    public var title: String
    public var connectRegion: String
    /// The base run (nothing failed).
    public var base: SimulationResult
    /// The verdict under each single failure, in ``FailureScenario/singleFailures(in:)`` order, then
    /// under each pair of failures when the report was built with `failures` 2.
    public var failureOutcomes: [FailureOutcome]
    public var diagram: TopologyDiagram
    public var destinations: [DestinationSummary]
    /// Segments of Connect ranges not delivered over Direct Connect (base run).
    public var offPathSegments: [OffPathSegment]
    /// The media, signaling and GLOBAL Amazon Connect ranges, each with its VIFs and share.
    public var connectRanges: [VerifiedRange]
    /// The CloudFront ranges, each with its VIFs and share (the appendix).
    public var cloudFrontRanges: [VerifiedRange]
    /// CloudFront per Region and family (the body).
    public var cloudFrontRegions: [CloudFrontRegionSummary]
    public var steps: [WhitepaperStep]
    public var connections: [ConnectionSummary]
    public var resiliency: ResiliencyLevel
    public var firewall: FirewallGuidance
    public var regionGuidance: [GuidanceItem]
    public var assumptions: [ReportAssumption]
    /// Whether the topology has an `assumptions:` section.
    public var assumptionsSection: Bool
    /// Base findings plus one `single-failure-breaks-connect` per breaking failure, sorted.
    public var findings: [Finding]
    public var provenance: ReportProvenance

    /// Whether every single failure keeps Connect on Direct Connect both ways.
    public var survivesEverySingleFailure: Bool { singleFailureOutcomes.allSatisfy(\.connectOverDirectConnect) }

    /// The rows of one failure each, and those of two (`--failures 2`).
    public var singleFailureOutcomes: [FailureOutcome] { failureOutcomes.filter { $0.failed.count == 1 } }
    public var pairOutcomes: [FailureOutcome] { failureOutcomes.filter { $0.failed.count == 2 } }

    /// What the failure runs measured, to print next to the AWS model level.
    public var measured: MeasuredResiliency {
        MeasuredResiliency(failureOutcomes.map { ($0.failed.count, $0.connectOverDirectConnect) })
    }

    /// Exit status 0: no error finding and Connect over Direct Connect both ways (as `simulate`).
    public var isSuccess: Bool { base.verdict.connectOverDirectConnect && !findings.hasErrors }

    /// Findings of one severity, in sorted order.
    public func findings(_ severity: Severity) -> [Finding] { findings.filter { $0.severity == severity } }

    /// Runs the base simulation and every single failure, and collects the sections.
    /// With `failures` 2, every pair of failures follows the single ones.
    public static func build(
        _ input: SimulationInput, failures: Int = 1, version: String = ProductVersion.current
    ) -> ReviewReport {
        let topology = input.topology
        let resolved = input.resolved
        var base = Simulator.run(input)
        base.assumptionImpact = AssumptionImpact.assess(input, scenario: .none, result: base)
        // Each failure run is reduced to its verdict and share as it is made (as `simulate
        // --each-failure` does): keeping every run whole made memory grow with runs × VIFs.
        var runs: [FailureRun] = []
        Simulator.forEachSingleFailureVerdict(input, size: failures) { runs.append($0) }
        let cloudFront = VerifiedRange.cloudFront(base)
        return ReviewReport(
            title: topology.name.value, connectRegion: topology.connect.region.value, base: base,
            failureOutcomes: runs.map(FailureOutcome.init), diagram: TopologyDiagram.build(resolved, result: base),
            destinations: DestinationSummary.groups(base.destinations), offPathSegments: OffPathSegment.all(base),
            connectRanges: VerifiedRange.connect(base), cloudFrontRanges: cloudFront,
            cloudFrontRegions: CloudFrontRegionSummary.all(cloudFront),
            steps: WhitepaperChecklist.steps(resolved, base: base), connections: ConnectionSummary.all(in: resolved),
            resiliency: base.resiliency, firewall: FirewallGuidance.build(topology, ranges: input.ranges),
            regionGuidance: RegionGuidance.items(resolved),
            assumptions: ReportAssumption.all(topology.assumptions, impact: base.assumptionImpact),
            assumptionsSection: topology.assumptions.location != nil,
            findings: FailureMatrix.findings(base: base, runs: runs, topology: topology),
            provenance: ReportProvenance(ranges: input.ranges, topologyFile: topology.file, version: version))
    }

    /// The Resiliency Toolkit's words for a level.
    public static func describe(_ level: ResiliencyLevel) -> String {
        switch level {
        case .maximum:
            "Maximum resiliency: two Direct Connect locations with two connections on separate devices at each."
        case .high: "High resiliency: two Direct Connect locations with one connection at each."
        case .development:
            "Development and test: one Direct Connect location; a location or device failure takes Direct Connect down."
        case .none: "No connection carries a public VIF."
        }
    }
}
