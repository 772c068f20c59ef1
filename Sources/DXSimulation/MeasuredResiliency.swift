/// What the failure runs measured: how many single failures, and how many pairs of failures,
/// keep Amazon Connect on Direct Connect in both directions. Printed next to the AWS model level
/// (``ResiliencyModel``), which it may contradict: the model reads only the design's shape.
public struct MeasuredResiliency: Sendable, Equatable {
    public var singleFailures: Int
    public var singleFailuresKept: Int
    /// nil when pairs were not run (`--failures 1`).
    public var pairs: Int?
    public var pairsKept: Int?

    /// From each run's number of failures on top of the base (`--fail`) and whether it keeps
    /// Connect on Direct Connect both ways.
    public init(_ runs: [(size: Int, kept: Bool)]) {
        let singles = runs.filter { $0.size <= 1 }
        let pairRuns = runs.filter { $0.size >= 2 }
        singleFailures = singles.count
        singleFailuresKept = singles.filter(\.kept).count
        pairs = pairRuns.isEmpty ? nil : pairRuns.count
        pairsKept = pairRuns.isEmpty ? nil : pairRuns.filter(\.kept).count
    }

    /// `measured: 7 of 9 single failures keep Connect on Direct Connect both ways` (and the pairs).
    public var description: String { "measured: " + outcome }

    /// `7 of 9 single failures keep Connect on Direct Connect both ways` (and the pairs).
    public var outcome: String {
        var text =
            "\(singleFailuresKept) of \(singleFailures) single failure\(singleFailures == 1 ? "" : "s") keep Connect on Direct Connect both ways"
        if let pairs, let pairsKept {
            text += ", \(pairsKept) of \(pairs) pair\(pairs == 1 ? "" : "s") of failures do"
        }
        return text
    }
}
