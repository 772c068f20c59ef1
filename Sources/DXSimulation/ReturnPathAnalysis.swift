import DXAWS
import DXCore
import DXInput
import DXModel

/// The return path: for each agent source, the public VIFs whose advertisement (and scope
/// community) lets AWS in the Amazon Connect Region answer over Direct Connect.
///
/// Which of them AWS sends on, and where it fails over, follows AWS's outbound public-VIF policy
/// (``ReturnPathRanking``): longest prefix, then AS_PATH length with prepends, then the home
/// Region, multipath on a tie.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities" (`dx-routing-policies`:
/// 7224:9100 local Region, 7224:9200 continent, 7224:9300 or untagged global; "AS_PATH and
/// Longest Prefix Match are used to determine the routing path").
struct ReturnPathAnalysis {
    var topology: Topology
    var contexts: [InterfaceContext]

    func results(findings: inout [Finding]) -> [ReturnPathResult] {
        let region = topology.connect.region.value
        return topology.connect.agentSource.map { source in
            let (reaching, narrow) = advertisements(covering: source.value)
            guard let longest = reaching.map(\.prefix.length).max() else {
                if let (advertisement, context) = narrow.first {
                    let reason = ReturnPathReason.scopeTooNarrow(
                        prefix: advertisement.prefix.value, virtualInterface: context.name,
                        scope: advertisement.effectiveScope, homeRegion: context.homeRegion, region: region)
                    findings.append(
                        Finding(
                            .returnScopeTooNarrow, at: advertisement.scope?.location ?? advertisement.prefix.location,
                            reason.description))
                    return ReturnPathResult(agentSource: source.value, advertisedPrefix: nil, via: [], reason: reason)
                }
                let reason = ReturnPathReason.notAdvertised(agentSource: source.value)
                findings.append(
                    Finding(
                        .returnNotAdvertised, at: source.location,
                        "\(reason); AWS in \(region) answers over the Internet"))
                return ReturnPathResult(agentSource: source.value, advertisedPrefix: nil, via: [], reason: reason)
            }
            let best = reaching.filter { $0.prefix.length == longest }
            let prefix = best[0].prefix
            let via = Array(Set(best.map(\.vif))).sorted()
            let scopes = Set(best.map(\.scope)).sorted()
            let ranking = ReturnPathRanking(reaching)
            return ReturnPathResult(
                agentSource: source.value, advertisedPrefix: prefix, via: via,
                reason: .reaches(prefix: prefix, via: via, scopes: scopes, region: region),
                preferred: ranking.preferred, backupTiers: ranking.backupTiers,
                preference: ranking.preference(region: region, customerASN: topology.customer.asn.value))
        }
    }

    /// Per agent source, in order: how AWS ranks the live VIFs whose advertisement reaches the
    /// Connect Region. A failure run removes the VIFs it takes down (``ReturnPathRanking/excluding(_:)``):
    /// the return path is over Direct Connect while each ranking keeps a VIF.
    func rankings() -> [ReturnPathRanking] {
        topology.connect.agentSource.map { ReturnPathRanking(advertisements(covering: $0.value).reaching) }
    }

    /// The live VIFs' advertisements covering `source`: those that reach the Connect Region, and the others.
    private func advertisements(covering source: IPPrefix) -> (
        reaching: [ReturnPathCandidate], narrow: [(Advertisement, InterfaceContext)]
    ) {
        let region = topology.connect.region.value
        let assumptions = topology.assumptions
        let isPrivateASN = topology.customer.asn.value.isPrivate
        var reaching: [ReturnPathCandidate] = []
        var narrow: [(Advertisement, InterfaceContext)] = []
        for context in contexts where context.isLive && context.family == source.family {
            for advertisement in context.virtualInterface.advertise where advertisement.prefix.value.contains(source) {
                if Self.reaches(
                    advertisement.effectiveScope, home: context.homeRegion, region: region, assumptions: assumptions
                ) {
                    let prepend = advertisement.asPathPrepend.value
                    reaching.append(
                        ReturnPathCandidate(
                            vif: context.name, prefix: advertisement.prefix.value, scope: advertisement.effectiveScope,
                            prepend: prepend, asPathLength: isPrivateASN ? 1 : 1 + prepend,
                            homeRegion: context.homeRegion, isHomeRegion: context.homeRegion == region))
                } else {
                    narrow.append((advertisement, context))
                }
            }
        }
        return (reaching, narrow)
    }

    /// Whether a customer prefix advertised at a location homed in `home` with `scope` reaches `region`.
    static func reaches(_ scope: AdvertiseScope, home: String?, region: String, assumptions: ModelingAssumptions)
        -> Bool
    {
        ScopeRelation(region, home: home, assumptions: assumptions).isReached(by: scope)
    }
}
