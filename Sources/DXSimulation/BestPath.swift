import DXCore
import DXInput
import DXModel

/// BGP best-path selection among routes for the same (longest-matching) prefix, network-wide:
/// highest LOCAL_PREF, then shortest AS_PATH (RFC 4271 §9.1.2.2). Equal Direct Connect routes are
/// multipath (AWS DX routing policies: same communities and AS_PATH are multipath candidates);
/// a Direct Connect route tying with an Internet route is a risk, counted as Internet.
enum BestPath {
    static func select(_ routes: [CandidateRoute], rib: CustomerRIB) -> PathDecision {
        guard let prefix = routes.first?.prefix, let highest = routes.map(\.localPreference).max() else {
            return .noRoute
        }
        let preferred = routes.filter { $0.localPreference == highest }
        let shortest = preferred.map(\.asPathLength).min() ?? 0
        let winners = preferred.filter { $0.asPathLength == shortest }.sorted { $0.origin < $1.origin }
        let kinds = Set(winners.map(\.origin.kind))
        let names = Array(Set(winners.map(\.origin.name))).sorted().joined(separator: ", ")
        // Not `!winners.contains(route)`: that is quadratic in the ECMP width (thousands of VIFs).
        let losers = routes.filter { $0.localPreference != highest || $0.asPathLength != shortest }
        var reason: String
        if kinds.count > 1 {
            reason =
                "tie on /\(prefix.length) between \(names): equal local-pref \(highest) and AS_PATH length \(shortest); the router may pick either"
            return PathDecision(matchedPrefix: prefix, winners: winners, kind: .internet, reason: reason, isTie: true)
        }
        let kind = winners[0].origin.kind
        switch winners[0].origin {
        case .directConnect:
            reason =
                "longest match /\(prefix.length) learned on \(names) (\(winners[0].scopeText)\(winners.count > 1 ? "; multipath" : ""))"
        case .internet:
            reason = "longest match \(prefix) from \(names)"
            if !losers.contains(where: { $0.origin.kind == .directConnect }),
                let shorterDX = shorterDirectConnect(than: prefix, rib: rib)
            {
                reason += ", more specific than the /\(shorterDX.prefix.length) learned on \(shorterDX.origin.name)"
            }
        }
        if let loser = losers.first {
            if loser.localPreference < highest {
                reason += "; local-pref \(highest) beats \(loser.localPreference) (\(loser.origin.name))"
            } else {
                reason +=
                    "; AS_PATH length \(shortest) beats \(loser.asPathLength) (\(loser.origin.name)) at equal local-pref \(highest)"
            }
        }
        return PathDecision(matchedPrefix: prefix, winners: winners, kind: kind, reason: reason, isTie: false)
    }

    /// The longest accepted Direct Connect route that covers `prefix` with a shorter length.
    private static func shorterDirectConnect(than prefix: IPPrefix, rib: CustomerRIB) -> CandidateRoute? {
        for (covering, position) in rib.aws.index.covering(prefix) where covering != prefix {
            for context in rib.liveInterfaces
            where context.family == prefix.family && rib.isAccepted(rib.aws.prefixes[position], on: context) {
                return rib.awsRoute(rib.aws.prefixes[position], on: context)
            }
        }
        return nil
    }
}
