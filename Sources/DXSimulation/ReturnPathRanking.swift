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

    /// The step that puts the first tier ahead of the second.
    var decidingStep: ReturnPathStep? {
        guard let first = tiers.first?.first else { return nil }
        guard tiers.count > 1 else { return .onlyPath }
        return first.step(over: tiers[1][0])
    }

    /// Why AWS sends on the first tier, in words: the deciding step and the values it compared.
    func explanation(region: String, customerASN: ASN) -> String {
        guard let first = tiers.first?.first else { return "" }
        let names = tiers[0].map { "'\($0.vif)'" }.joined(separator: " and ")
        var text: String
        if tiers.count > 1, let step = decidingStep {
            let next = tiers[1][0]
            switch step {
            case .onlyPath:
                text = "\(names) reach \(region)"
            case .longestPrefix:
                text = "longest prefix: \(first.prefix) on \(names) over \(next.prefix) on '\(next.vif)'"
            case .asPathLength:
                text =
                    "shorter AS_PATH: length \(first.asPathLength) on \(names) over \(next.asPathLength) on '\(next.vif)' (\(next.prepend) prepends)"
            case .homeRegion:
                text =
                    "home Region at equal prefix and AS_PATH: \(names) at a location associated with \(region) over '\(next.vif)' (\(next.homeRegion ?? "no known Region"))"
            }
        } else {
            text = "only \(names) \(tiers[0].count > 1 ? "reach" : "reaches") \(region)"
        }
        if tiers[0].count > 1 {
            text += "; multipath: equal prefix, AS_PATH and Region preference"
        }
        if customerASN.isPrivate && tiers.joined().contains(where: { $0.prepend > 0 }) {
            text += "; prepends have no effect: AWS replaces private AS \(customerASN)"
        }
        return text
    }
}
