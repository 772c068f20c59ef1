import DXModel

/// The order in which AWS uses the live public VIFs to send to one agent source: tiers of tied
/// VIFs, best first. AWS sends on the first tier (multipath when it has several VIFs) and fails
/// over to the next when every VIF of a tier is down (`dx-routing-policies`; Docs/Simulation.md §6).
struct ReturnPathRanking: Sendable {
    /// Each VIF once, with its best candidate; ties share a tier, sorted by VIF name.
    var tiers: [[ReturnPathCandidate]]

    /// Ranks each VIF's best candidate (a VIF advertising several covering prefixes competes with
    /// its longest one, since a VIF fails as a whole).
    init(_ candidates: [ReturnPathCandidate]) {
        var best: [String: ReturnPathCandidate] = [:]
        for candidate in candidates {
            if let current = best[candidate.vif], !candidate.isPreferred(to: current) { continue }
            best[candidate.vif] = candidate
        }
        let sorted = best.values.sorted { lhs, rhs in
            lhs.isPreferred(to: rhs) || (lhs.ties(with: rhs) && lhs.vif < rhs.vif)
        }
        var tiers: [[ReturnPathCandidate]] = []
        for candidate in sorted {
            if let last = tiers.last?.first, last.ties(with: candidate) {
                tiers[tiers.count - 1].append(candidate)
            } else {
                tiers.append([candidate])
            }
        }
        self.tiers = tiers
    }

    /// The tiers left when the VIFs in `lost` are down.
    func excluding(_ lost: Set<String>) -> ReturnPathRanking {
        guard !lost.isEmpty else { return self }
        var ranking = self
        ranking.tiers = tiers.map { $0.filter { !lost.contains($0.vif) } }.filter { !$0.isEmpty }
        return ranking
    }

    /// The VIFs AWS sends on; empty when none reaches the Region.
    var preferred: [String] { tiers.first?.map(\.vif) ?? [] }

    /// Where AWS fails over, in order, once every preferred VIF is down: one list per tier.
    var backupTiers: [[String]] { tiers.dropFirst().map { $0.map(\.vif) } }

    /// Why AWS sends on the first tier: the deciding step and the values it compared; nil when no
    /// VIF reaches the Region.
    func preference(region: String, customerASN: ASN) -> ReturnPathPreference? {
        guard let first = tiers.first?.first else { return nil }
        var decision = ReturnPathPreference.Decision.onlyReaching
        if tiers.count > 1 {
            let next = tiers[1][0]
            switch first.step(over: next) {
            case .longestPrefix:
                decision = .longestPrefix(first.prefix, over: next.prefix, backup: next.vif)
            case .asPathLength:
                decision = .asPathLength(
                    first.asPathLength, over: next.asPathLength, backup: next.vif, backupPrepends: next.prepend)
            case .homeRegion:
                decision = .homeRegion(backup: next.vif, backupHomeRegion: next.homeRegion)
            case .onlyPath, nil:
                // Tiers never tie (``init``): one of the steps above separates them.
                break
            }
        }
        let ignoresPrepends = customerASN.isPrivate && tiers.joined().contains { $0.prepend > 0 }
        return ReturnPathPreference(
            preferred: tiers[0].map(\.vif), region: region, decision: decision,
            replacedPrivateASN: ignoresPrepends ? customerASN : nil)
    }
}
