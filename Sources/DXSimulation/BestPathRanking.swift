import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// How ``BestPath`` ranks the routes for one prefix: the winners, the best attributes and the first
/// loser. Nothing here depends on the prefix's length, so Direct Connect routes that AWS prefixes of
/// one kind share are ranked once per scenario and each prefix only gets its reason
/// (``decision(for:rib:)``).
struct BestPathRanking {
    let winners: WinnerSet
    let highest: Int
    let shortest: Int
    /// The winners' kinds.
    let kinds: Set<PathKind>
    /// The first route that lost (in the order given), and whether any Direct Connect route lost.
    let loser: CandidateRoute?
    let directConnectLost: Bool
    /// The routes ranked, in the order given, and the names of their origins; what
    /// ``removing(_:)`` needs. Empty in a ranking that `removing` made.
    private let routes: [CandidateRoute]
    private let origins: Set<String>
    /// The routes that lost, in the order given.
    private let losers: [CandidateRoute]

    /// nil without routes.
    init?(_ routes: [CandidateRoute]) {
        guard let highest = routes.map(\.localPreference).max() else { return nil }
        let preferred = routes.filter { $0.localPreference == highest }
        let shortest = preferred.map(\.asPathLength).min() ?? 0
        let winners = preferred.filter { $0.asPathLength == shortest }.sorted { $0.origin < $1.origin }
        self.winners = WinnerSet(winners)
        self.highest = highest
        self.shortest = shortest
        kinds = Set(winners.map(\.origin.kind))
        // Not `!winners.contains(route)`: that is quadratic in the ECMP width (thousands of VIFs).
        let losers = routes.filter { $0.localPreference != highest || $0.asPathLength != shortest }
        loser = losers.first
        directConnectLost = losers.contains { $0.origin.kind == .directConnect }
        self.routes = routes
        origins = Set(routes.map(\.origin.name))
        self.losers = losers
    }

    private init(
        winners: WinnerSet, highest: Int, shortest: Int, kinds: Set<PathKind>, loser: CandidateRoute?,
        directConnectLost: Bool
    ) {
        self.winners = winners
        self.highest = highest
        self.shortest = shortest
        self.kinds = kinds
        self.loser = loser
        self.directConnectLost = directConnectLost
        routes = []
        origins = []
        losers = []
    }

    /// The ranking of the same routes without those learned from `down`: what `init` gives for
    /// them, in the same order. While a winner remains, the best attributes stay and only the
    /// winners and the first losers are filtered, so a failure run that takes one VIF down costs
    /// the winners' count, not a new ranking of every route (``CustomerRIB`` derives a failure
    /// run's rankings from its baseline's this way). Only for a ranking made by `init`.
    func removing(_ down: Set<String>) -> BestPathRanking? {
        guard down.contains(where: origins.contains) else { return self }
        let remaining = winners.via.filter { !down.contains($0) }
        guard !remaining.isEmpty else {
            return BestPathRanking(routes.filter { !down.contains($0.origin.name) })
        }
        var kept = winners
        if remaining.count < winners.via.count {
            kept = WinnerSet(winners.routes.filter { !down.contains($0.origin.name) }, via: remaining)
        }
        return BestPathRanking(
            winners: kept, highest: highest, shortest: shortest,
            kinds: Set(kept.routes.map(\.origin.kind)), loser: losers.first { !down.contains($0.origin.name) },
            directConnectLost: losers.contains { $0.origin.kind == .directConnect && !down.contains($0.origin.name) })
    }
    /// The decision for traffic matching `prefix`, whose routes were ranked (the winners keep the
    /// prefix they were ranked for; see ``PathDecision/rebased(to:)``).
    func decision(for prefix: IPPrefix, rib: CustomerRIB) -> PathDecision {
        let first = winners.routes[0]
        if kinds.count > 1 {
            let reason = BestPathReason.directConnectInternetTie(
                prefixLength: prefix.length, via: winners.via, localPreference: highest, asPathLength: shortest)
            return PathDecision(matchedPrefix: prefix, shared: winners, kind: .internet, reason: reason, isTie: true)
        }
        let beats: BestPathStep? = loser.map { loser in
            loser.localPreference < highest
                ? .localPreference(winner: highest, loser: loser.localPreference, loserOrigin: loser.origin.name)
                : .asPathLength(
                    winner: shortest, loser: loser.asPathLength, loserOrigin: loser.origin.name,
                    localPreference: highest)
        }
        let reason: BestPathReason
        switch first.origin {
        case .directConnect:
            reason = .directConnect(
                prefixLength: prefix.length, via: winners.via, community: first.scopeCommunity,
                multipath: winners.routes.count > 1, beats: beats)
        case .internet:
            var shorter: BestPathReason.ShorterRoute?
            if !directConnectLost, let shorterDX = BestPath.shorterDirectConnect(than: prefix, rib: rib) {
                shorter = .init(prefixLength: shorterDX.prefix.length, virtualInterface: shorterDX.origin.name)
            }
            reason = .internet(prefix: prefix, via: winners.via, moreSpecificThan: shorter, beats: beats)
        }
        return PathDecision(
            matchedPrefix: prefix, shared: winners, kind: first.origin.kind, reason: reason, isTie: false)
    }
}
