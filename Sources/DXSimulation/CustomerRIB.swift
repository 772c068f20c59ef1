import DXCore
import DXInput
import DXModel

/// The customer network's routes, network-wide (all routers are one AS in an iBGP full mesh,
/// Docs/Simulation.md §3): what every live public VIF learned from AWS after the inbound policy, plus
/// every live ISP uplink's routes. Answers best-path questions with reasons.
public struct CustomerRIB: Sendable {
    public var aws: AWSAdvertisedSet
    public var interfaces: [InterfaceContext]
    public var uplinks: [UplinkRoutes]
    public var assumptions: ModelingAssumptions
    /// The live public VIFs whose home Region is known.
    let liveInterfaces: [InterfaceContext]
    /// Region code → continent (with `assumptions:` overrides), for every Region in play.
    private let continents: [String: Continent]
    /// The inbound policies' verdicts per VIF class and AWS prefix kind.
    let policies: InterfacePolicies
    /// Per AWS prefix kind: accepted on at least one live VIF.
    private let kindAcceptedAnywhere: [Bool]
    /// Decisions among Direct Connect routes only, per AWS prefix kind and length.
    private let memo: DecisionMemo
    /// For a failure run: the RIB whose rankings this one derives its own from.
    private let baseline: RankingBaseline?
    /// Whether the baseline's live VIFs accept the same AWS prefix kinds and its live uplinks are
    /// these: then every destination splits as there (``segments(of:)``).
    private let sharesStructure: Bool

    public init(
        aws: AWSAdvertisedSet, interfaces: [InterfaceContext], uplinks: [UplinkRoutes], assumptions: ModelingAssumptions
    ) {
        let continents = Self.continents(aws: aws, interfaces: interfaces, assumptions: assumptions)
        let policies = InterfacePolicies(aws: aws, contexts: interfaces, continents: continents)
        var contexts = interfaces
        for index in contexts.indices { contexts[index].policyClass = policies.classOfContext[index] }
        self.init(
            aws: aws, interfaces: contexts, uplinks: uplinks, assumptions: assumptions,
            policies: policies, continents: continents)
    }

    /// `interfaces` carry their class in `policies` (``Simulator`` works both out once per topology).
    init(
        aws: AWSAdvertisedSet, interfaces: [InterfaceContext], uplinks: [UplinkRoutes],
        assumptions: ModelingAssumptions, policies: InterfacePolicies, continents: [String: Continent],
        baseline: RankingBaseline? = nil
    ) {
        self.baseline = baseline
        self.aws = aws
        self.interfaces = interfaces
        self.uplinks = uplinks
        self.assumptions = assumptions
        self.policies = policies
        self.continents = continents
        let live = interfaces.filter { $0.isLive && $0.homeRegion != nil }
        liveInterfaces = live
        let liveClasses = Set(live.map(\.policyClass)).sorted()
        kindAcceptedAnywhere = policies.kindFamily.indices.map { kind in
            liveClasses.contains { policies.accepts($0, kind) }
        }
        memo = DecisionMemo()
        let accepted = kindAcceptedAnywhere
        let uplinksLive = uplinks.map(\.isLive)
        if let baseline {
            sharesStructure =
                baseline.rib.kindAcceptedAnywhere == accepted && baseline.rib.uplinks.map(\.isLive) == uplinksLive
        } else {
            sharesStructure = false
        }
    }

    /// For a failure run derived from a baseline: the VIFs live there and down here.
    var lostSinceBaseline: Set<String>? { baseline?.lost }

    /// Region code → continent (with `assumptions:` overrides) for every Region of ip-ranges and
    /// every VIF's home Region.
    static func continents(
        aws: AWSAdvertisedSet, interfaces: [InterfaceContext], assumptions: ModelingAssumptions
    ) -> [String: Continent] {
        var continents: [String: Continent] = [:]
        for region in Set(aws.prefixes.map(\.region)).union(interfaces.compactMap(\.homeRegion)) {
            continents[region] = assumptions.continent(ofRegion: region)
        }
        return continents
    }

    /// Whether the AWS prefix at `position` is accepted on at least one live VIF.
    private func acceptedAnywhere(_ position: Int) -> Bool { kindAcceptedAnywhere[policies.kindOfPrefix[position]] }

    /// The tag AWS puts on `prefix` for a VIF homed in `homeRegion`.
    func scope(of prefix: AWSPrefix, homeRegion: String) -> AcceptScope {
        AWSScope.scope(of: prefix, homeRegion: homeRegion) { continents[$0] }
    }

    /// Whether the VIF's inbound policy keeps `prefix` (cheap: no route is built).
    func isAccepted(_ prefix: AWSPrefix, on context: InterfaceContext) -> Bool {
        Self.verdict(prefix, on: context, continents: continents, detailed: false).reason == nil
    }

    /// The prefix's tag on the VIF and, when the inbound policy rejects it, why ("" unless `detailed`).
    static func verdict(
        _ prefix: AWSPrefix, on context: InterfaceContext, continents: [String: Continent], detailed: Bool
    ) -> (scope: AcceptScope, reason: String?) {
        let vif = context.virtualInterface
        let scope = AWSScope.scope(of: prefix, homeRegion: context.homeRegion ?? "") { continents[$0] }
        if !vif.accept.value.contains(scope) {
            guard detailed else { return (scope, "") }
            return (
                scope,
                "inbound policy of \(context.name) accepts \(vif.accept.value.map(\.rawValue).joined(separator: ", ")), not \(scope.rawValue) (\(scope == .global ? "untagged" : AWSScope.communities(for: scope)[0].description))"
            )
        }
        if let services = vif.acceptServices?.value, !prefix.services.contains(where: services.contains) {
            guard detailed else { return (scope, "") }
            return (
                scope, "accept_services of \(context.name) does not list \(prefix.servicesText)"
            )
        }
        return (scope, nil)
    }

    /// The route AWS sends for `prefix` on one VIF, with the inbound policy's verdict.
    func awsRoute(_ prefix: AWSPrefix, on context: InterfaceContext) -> CandidateRoute {
        let vif = context.virtualInterface
        let (scope, rejection) = Self.verdict(prefix, on: context, continents: continents, detailed: true)
        return CandidateRoute(
            prefix: prefix.prefix, origin: .directConnect(virtualInterface: context.name),
            localPreference: vif.localPreference.value, asPathLength: assumptions.awsASPathLength,
            communities: AWSScope.communities(for: scope), awsPrefix: prefix, rejection: rejection)
    }

    /// Every route (accepted or not) for exactly `prefix`, from every live source.
    public func candidates(exactly prefix: IPPrefix) -> [CandidateRoute] {
        var routes: [CandidateRoute] = []
        if let position = aws.index[exact: prefix] {
            for context in liveInterfaces where context.family == prefix.family {
                routes.append(awsRoute(aws.prefixes[position], on: context))
            }
        }
        for uplink in uplinks where uplink.isLive {
            if let length = uplink.pathLength(exactly: prefix) {
                routes.append(uplink.route(prefix, asPathLength: length))
            } else if let length = uplink.rejectedPathLength(exactly: prefix) {
                let aws = self.aws.index.covering(prefix).last.map { " (\($0.prefix))" } ?? ""
                routes.append(
                    uplink.route(
                        prefix, asPathLength: length,
                        rejection:
                            "reject_aws_prefixes of \(uplink.uplink.name.value): equal to or inside a prefix AWS advertises on the public VIFs\(aws)"
                    ))
            }
        }
        return routes
    }

    /// Prefixes with at least one accepted route that contain `prefix` (itself included), longest first.
    func coveringPrefixes(of prefix: IPPrefix) -> [IPPrefix] {
        var found: Set<IPPrefix> = []
        for (covering, position) in aws.index.covering(prefix) where acceptedAnywhere(position) {
            found.insert(covering)
        }
        for uplink in uplinks where uplink.isLive {
            for (covering, _) in uplink.routes.covering(prefix) { found.insert(covering) }
        }
        return found.sorted { $0.length > $1.length }
    }

    /// Prefixes with at least one accepted route strictly inside `prefix`, sorted.
    func prefixesInside(_ prefix: IPPrefix) -> [IPPrefix] {
        var found: Set<IPPrefix> = []
        for (inside, position) in aws.index.moreSpecifics(of: prefix)
        where inside != prefix && acceptedAnywhere(position) {
            found.insert(inside)
        }
        for uplink in uplinks where uplink.isLive {
            for (inside, _) in uplink.routes.moreSpecifics(of: prefix) where inside != prefix { found.insert(inside) }
        }
        return found.sorted()
    }

    /// The best path among the accepted routes for exactly `prefix`; nil when none is accepted.
    ///
    /// When only Direct Connect routes exist for an AWS prefix, they are ranked as those of every
    /// AWS prefix of its kind's signature (``InterfacePolicies/signatureOfKind``), and the decision
    /// is that of every such prefix of its length (`PathDecision/rebased(to:)`): worked out once
    /// per scenario, not per prefix over thousands of VIFs.
    func acceptedDecision(exactly prefix: IPPrefix) -> PathDecision? {
        if let position = aws.index[exact: prefix],
            !uplinks.contains(where: { $0.isLive && $0.routes[exact: prefix] != nil })
        {
            let kind = policies.kindOfPrefix[position]
            let signature = policies.signatureOfKind[kind]
            let decision = memo.decision(signature: signature, length: prefix.length) {
                ranking(signature: signature, position: position)?.decision(for: prefix, rib: self)
            }
            return decision?.rebased(to: aws.prefixes[position])
        }
        let accepted = candidates(exactly: prefix).filter(\.isAccepted)
        return accepted.isEmpty ? nil : BestPath.select(accepted, rib: self)
    }

    /// The ranking of the accepted Direct Connect routes of the AWS prefixes with `signature`,
    /// built for the prefix at `position` (one of them); nil when no live VIF accepts them. A
    /// failure run derives it from its baseline's ranking: the same routes in the same order
    /// without the lost VIFs' (the run's live VIFs are the baseline's minus those).
    func ranking(signature: Int, position: Int) -> BestPathRanking? {
        memo.ranking(signature: signature) {
            if let baseline {
                return baseline.rib.ranking(signature: signature, position: position)?.removing(baseline.lost)
            }
            let kind = policies.kindOfPrefix[position]
            var accepted: [CandidateRoute] = []
            for index in liveInterfaces.indices where policies.accepts(liveInterfaces[index].policyClass, kind) {
                accepted.append(awsRoute(aws.prefixes[position], on: liveInterfaces[index]))
            }
            return BestPathRanking(accepted)
        }
    }

    /// The best path for traffic to `prefix` as a whole (its longest match).
    public func decide(_ prefix: IPPrefix) -> PathDecision {
        for covering in coveringPrefixes(of: prefix) {
            if let decision = acceptedDecision(exactly: covering) { return decision }
        }
        return .noRoute
    }

    /// `destination` split into the parts that take one path each: a more-specific route inside it
    /// (from an ISP, or another AWS prefix) takes its part (longest prefix match).
    ///
    /// A failure run whose live VIFs accept the same AWS prefix kinds, and whose live uplinks are
    /// the same, as its baseline's splits every destination as the baseline does and takes each
    /// part's path from the same prefix's routes (a prefix has an accepted route in both or in
    /// neither), so it reuses the baseline's parts and only makes the decisions.
    public func segments(of destination: IPPrefix) -> [(prefix: IPPrefix, decision: PathDecision)] {
        if let baseline, sharesStructure {
            var decided: [IPPrefix: PathDecision] = [:]
            return baseline.rib.plannedParts(of: destination).map { part in
                guard let source = part.decidedBy else { return (part.prefix, .noRoute) }
                if let known = decided[source] { return (part.prefix, known) }
                let decision = acceptedDecision(exactly: source) ?? .noRoute
                decided[source] = decision
                return (part.prefix, decision)
            }
        }
        let (parts, decisions) = plan(of: destination)
        return parts.map { part in (part.prefix, part.decidedBy.flatMap { decisions[$0] } ?? .noRoute) }
    }

    /// The parts of ``segments(of:)`` with the prefix whose routes decide each (nil: no route),
    /// kept for the failure runs derived from this RIB.
    func plannedParts(of destination: IPPrefix) -> [(prefix: IPPrefix, decidedBy: IPPrefix?)] {
        memo.parts(of: destination) { plan(of: destination).parts }
    }

    /// The parts of `destination`, the prefix deciding each, and the decisions made on the way.
    private func plan(of destination: IPPrefix) -> (
        parts: [(prefix: IPPrefix, decidedBy: IPPrefix?)], decisions: [IPPrefix: PathDecision]
    ) {
        var decisions: [IPPrefix: PathDecision] = [:]
        var decidedBy: IPPrefix?
        // As `decide`: the longest covering prefix with an accepted route.
        for covering in coveringPrefixes(of: destination) {
            if let decision = acceptedDecision(exactly: covering) {
                decisions[covering] = decision
                decidedBy = covering
                break
            }
        }
        let inside = prefixesInside(destination)
        guard !inside.isEmpty else { return ([(destination, decidedBy)], decisions) }
        var parts: [(prefix: IPPrefix, decidedBy: IPPrefix?)] = []
        split(
            destination, inside: inside, routed: Set(inside), inherited: decidedBy, decisions: &decisions, into: &parts)
        return (parts, decisions)
    }

    /// Halves `prefix` until no route lies strictly inside a part; `routed` holds the prefixes
    /// with accepted routes, where the deciding prefix changes.
    /// (Parts are appended to `parts`, lower half first: concatenating each level's arrays cost
    /// more than the decisions.)
    private func split(
        _ prefix: IPPrefix, inside: [IPPrefix], routed: Set<IPPrefix>, inherited: IPPrefix?,
        decisions: inout [IPPrefix: PathDecision], into parts: inout [(prefix: IPPrefix, decidedBy: IPPrefix?)]
    ) {
        var decidedBy = inherited
        if routed.contains(prefix) {
            if decisions[prefix] == nil, let exact = acceptedDecision(exactly: prefix) { decisions[prefix] = exact }
            if decisions[prefix] != nil { decidedBy = prefix }
        }
        let strictlyInside = inside.filter { $0 != prefix }
        guard !strictlyInside.isEmpty, let halves = prefix.subnets() else {
            parts.append((prefix, decidedBy))
            return
        }
        for half in [halves.lower, halves.upper] {
            let inHalf = strictlyInside.filter { half.contains($0) }
            split(half, inside: inHalf, routed: routed, inherited: decidedBy, decisions: &decisions, into: &parts)
        }
    }
}
