import DXAWS
import DXCore
import DXInput
import DXModel

/// The return path: for each agent source, the public VIFs whose advertisement (and scope
/// community) lets AWS in the Amazon Connect Region answer over Direct Connect.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities" (7224:9100 local Region,
/// 7224:9200 continent, 7224:9300 or untagged global; longest prefix match inside AWS).
struct ReturnPathAnalysis {
    var topology: Topology
    var contexts: [InterfaceContext]

    func results(findings: inout [Finding]) -> [ReturnPathResult] {
        let region = topology.connect.region.value
        return topology.connect.agentSource.map { source in
            let (reaching, narrow) = advertisements(covering: source.value)
            guard let longest = reaching.map(\.prefix.length).max() else {
                if let (advertisement, context) = narrow.first {
                    let reason =
                        "\(advertisement.prefix.value) is advertised on \(context.name) with scope \(advertisement.effectiveScope.rawValue) (\(advertisement.effectiveScope.community)), which does not reach \(region) from \(context.homeRegion ?? "an unknown Region")"
                    findings.append(
                        Finding(
                            .returnScopeTooNarrow, at: advertisement.scope?.location ?? advertisement.prefix.location,
                            reason))
                    return ReturnPathResult(agentSource: source.value, advertisedPrefix: nil, via: [], reason: reason)
                }
                let reason = "no live public VIF advertises a prefix covering \(source.value)"
                findings.append(
                    Finding(
                        .returnNotAdvertised, at: source.location,
                        reason + "; AWS in \(region) answers over the Internet"))
                return ReturnPathResult(agentSource: source.value, advertisedPrefix: nil, via: [], reason: reason)
            }
            let best = reaching.filter { $0.prefix.length == longest }
            let prefix = best[0].prefix
            let via = Array(Set(best.map(\.vif))).sorted()
            let scopes = Set(best.map { "\($0.scope.rawValue) (\($0.scope.community))" }).sorted().joined(
                separator: ", ")
            return ReturnPathResult(
                agentSource: source.value, advertisedPrefix: prefix, via: via,
                reason: "\(prefix) advertised on \(via.joined(separator: ", ")) with scope \(scopes) reaches \(region)")
        }
    }

    /// Per agent source, in order: the live VIFs whose advertisement reaches the Connect Region
    /// over Direct Connect. The return path is over Direct Connect when each list has a VIF that
    /// is still up, so a failure run only checks whether it took all of them down.
    func reachingInterfaces() -> [[String]] {
        topology.connect.agentSource.map { source in advertisements(covering: source.value).reaching.map(\.vif) }
    }

    /// The live VIFs' advertisements covering `source`: those that reach the Connect Region, and the others.
    private func advertisements(covering source: IPPrefix) -> (
        reaching: [(prefix: IPPrefix, vif: String, scope: AdvertiseScope)], narrow: [(Advertisement, InterfaceContext)]
    ) {
        let region = topology.connect.region.value
        let assumptions = topology.assumptions
        var reaching: [(prefix: IPPrefix, vif: String, scope: AdvertiseScope)] = []
        var narrow: [(Advertisement, InterfaceContext)] = []
        for context in contexts where context.isLive && context.family == source.family {
            for advertisement in context.virtualInterface.advertise where advertisement.prefix.value.contains(source) {
                if Self.reaches(
                    advertisement.effectiveScope, home: context.homeRegion, region: region, assumptions: assumptions
                ) {
                    reaching.append((advertisement.prefix.value, context.name, advertisement.effectiveScope))
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
