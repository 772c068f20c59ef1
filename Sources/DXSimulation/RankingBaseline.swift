/// The RIB a failure run starts from (nothing failed, or the `--fail` scenario that
/// `--each-failure` adds to) and the VIFs live there but down in the run: the run derives its
/// rankings from the baseline's (``BestPathRanking/removing(_:)``) instead of ranking every live
/// VIF's route again, so that one failure costs what it changes.
final class RankingBaseline: Sendable {
    let rib: CustomerRIB
    /// Names of VIFs live in `rib` and down in the run; the run has no VIF live that `rib` has down.
    let lost: Set<String>

    init(rib: CustomerRIB, lost: Set<String>) {
        self.rib = rib
        self.lost = lost
    }
}
