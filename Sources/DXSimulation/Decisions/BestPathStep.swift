/// The step of BGP best-path selection (`rfc4271` §9.1.2.2) that put the winning routes ahead of
/// the first route that lost, with the values it compared (like GoBGP's `BestPathReason`).
public enum BestPathStep: Hashable, Sendable {
    /// Higher LOCAL_PREF: the winners' value, the loser's, and where the loser was learned.
    case localPreference(winner: Int, loser: Int, loserOrigin: String)
    /// Shorter AS_PATH at equal LOCAL_PREF.
    case asPathLength(winner: Int, loser: Int, loserOrigin: String, localPreference: Int)
}
