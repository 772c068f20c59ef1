import DXAWS
import DXCore
import DXInput
import DXModel

/// The simulator: a pure function of (topology, ip-ranges, ISP tables, failures) → result
/// (Docs/Architecture.md; the steps are Docs/Simulation.md §1–§8).
public enum Simulator {
    /// The customer RIB of one failure scenario.
    public static func rib(_ input: SimulationInput, scenario: FailureScenario) -> CustomerRIB {
        rib(input, scenario: scenario, after: nil)
    }

    /// The same, for a failure run on top of `baseline` (the RIB of a scenario whose failures
    /// this one includes): its rankings are derived from the baseline's (``RankingBaseline``).
    static func rib(_ input: SimulationInput, scenario: FailureScenario, after baseline: CustomerRIB?) -> CustomerRIB {
        // A VIF on a LAG is up while any member is up (as FailureScenario.isLive, in one pass).
        let upConnections = input.topology.connections.filter { !scenario.downConnections.contains($0.name.value) }
        let liveLAGs = Set(upConnections.compactMap(\.lag?.value))
        var contexts = input.interfaces
        for index in contexts.indices {
            let vif = contexts[index].virtualInterface
            let connection = contexts[index].connection
            let connectionUp =
                connection.lag.map { liveLAGs.contains($0.value) }
                ?? !scenario.downConnections.contains(connection.name.value)
            contexts[index].isLive = !scenario.downVirtualInterfaces.contains(vif.name.value) && connectionUp
        }
        var uplinks = input.uplinks
        for index in uplinks.indices {
            uplinks[index].isLive = !scenario.downUplinks.contains(uplinks[index].uplink.name.value)
        }
        var derived: RankingBaseline?
        if let baseline, baseline.interfaces.count == contexts.count {
            // Only when no VIF is up here that is down in the baseline (always so for --each-failure).
            var lost: Set<String> = []
            var subset = true
            for (index, context) in contexts.enumerated() where context.isLive != baseline.interfaces[index].isLive {
                if context.isLive {
                    subset = false
                    break
                }
                lost.insert(context.name)
            }
            if subset { derived = RankingBaseline(rib: baseline, lost: lost) }
        }
        return CustomerRIB(
            aws: input.aws, interfaces: contexts, uplinks: uplinks, assumptions: input.topology.assumptions,
            policies: input.policies, continents: input.continents, baseline: derived)
    }

    public static func run(
        _ input: SimulationInput, scenario: FailureScenario = .none, options: SimulationOptions = SimulationOptions()
    ) -> SimulationResult {
        run(input, scenario: scenario, options: options, after: nil)
    }

    /// The same, with the rankings derived from `baseline` (see ``rib(_:scenario:after:)``).
    static func run(
        _ input: SimulationInput, scenario: FailureScenario, options: SimulationOptions, after baseline: CustomerRIB?
    ) -> SimulationResult {
        let topology = input.topology
        let rib = rib(input, scenario: scenario, after: baseline)
        let contexts = rib.interfaces

        var findings = input.validationFindings
        let interfaces = contexts.map {
            interfaceResult($0, rib: rib, includeRoutes: options.includeRoutes, findings: &findings)
        }
        let region = topology.connect.region.value
        let destinations = ConnectDestinations.build(input.connectTargets, filter: input.sourceFilter, rib: rib)
        findings += DestinationDiagnosis(topology: topology, rib: rib).findings(for: destinations)
        for family in ConnectDestinations.familiesWithoutMedia(input.connectTargets, connect: topology.connect) {
            findings.append(
                Finding(
                    .connectFamilyMissing, at: topology.connect.region.location,
                    "ip-ranges.json lists no \(family.rawValue) AMAZON_CONNECT range in \(region) or GLOBAL: \(family.rawValue) softphone media is not in the verdict"
                ))
        }
        let returnPath = ReturnPathAnalysis(topology: topology, contexts: contexts).results(findings: &findings)
        findings += SymmetryCheck(topology: topology, contexts: contexts).findings(
            destinations: destinations, returnPath: returnPath)
        if let capacity = CallCapacity.assess(topology, scenario: scenario)?.finding(
            in: topology, failed: scenario.names)
        {
            findings.append(capacity)
        }
        let model = ResiliencyModel.assess(input.resolved)
        let resiliency = model.level
        if scenario.names.isEmpty {
            findings.append(
                Finding(
                    .resiliencyLevel, at: topology.name.location,
                    "\(model.labelled), read from the design's shape (simulate --each-failure measures what survives)"))
            if !input.aws.multiRegionPrefixes.isEmpty {
                findings.append(
                    Finding(
                        .prefixInSeveralRegions, at: nil,
                        "\(input.aws.multiRegionPrefixes.count) ip-ranges prefixes are listed in several Regions, e.g. \(input.aws.multiRegionPrefixes[0])"
                    ))
            }
        }
        let verdictDestinations = destinations.filter(\.role.isInVerdict)
        let verdict = Verdict(
            forward: verdictDestinations.allSatisfy(\.isFullyDirectConnect),
            returnPath: !returnPath.isEmpty && returnPath.allSatisfy(\.isOverDirectConnect))
        return SimulationResult(
            topologyName: topology.name.value, ipRangesSyncToken: input.ranges.syncToken,
            ipRangesCreateDate: input.ranges.createDate,
            failed: scenario.names, verdict: verdict, interfaces: interfaces, connectRegion: region,
            destinations: destinations,
            returnPath: returnPath, resiliency: resiliency, resiliencyModel: model,
            findings: Array(Set(findings)).sorted())
    }

    /// Headroom over the learned count for the recommended max-prefix limit.
    static let maxPrefixHeadroom = 1.2

    static func interfaceResult(
        _ context: InterfaceContext, rib: CustomerRIB, includeRoutes: Bool, findings: inout [Finding]
    ) -> InterfaceResult {
        var advertised = 0
        var byScope: [AcceptScope: Int] = [:]
        var routes: [CandidateRoute] = []
        if !includeRoutes {
            (advertised, byScope) = rib.policies.counts[context.policyClass]
        } else if context.homeRegion != nil {
            for prefix in rib.aws.prefixes where prefix.prefix.family == context.family {
                advertised += 1
                guard rib.isAccepted(prefix, on: context) else { continue }
                byScope[rib.scope(of: prefix, homeRegion: context.homeRegion!), default: 0] += 1
                if includeRoutes { routes.append(rib.awsRoute(prefix, on: context)) }
            }
        }
        let learned = byScope.values.reduce(0, +)
        let recommended = max(100, Int((Double(learned) * maxPrefixHeadroom / 100).rounded(.up)) * 100)
        let vif = context.virtualInterface
        // `max_prefixes` is the limit of each session, so each family is checked on its own.
        if let limit = vif.maxPrefixes, limit.value < learned, context.isLive {
            let session =
                vif.isDualStack ? "the \(context.family.displayName) session of '\(context.name)'" : "'\(context.name)'"
            findings.append(
                Finding(
                    .maxPrefixesTooLow, at: limit.location,
                    "max_prefixes \(limit.value) of \(session) is below the \(learned) routes it learns",
                    fix: "Set `max_prefixes: \(recommended)` (learned + 20 %), or narrow `accept`."))
        }
        return InterfaceResult(
            name: context.name, connection: context.connection.name.value,
            location: context.site.location?.code ?? context.site.location?.name
                ?? context.connection.locationName?.value,
            homeRegion: context.homeRegion, continent: context.continent, family: context.family,
            isLive: context.isLive,
            advertisedByAWS: [context.family: advertised], learned: [context.family: learned], learnedByScope: byScope,
            recommendedMaxPrefixes: recommended, routes: includeRoutes ? routes : nil, isDualStack: vif.isDualStack)
    }
}
