import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting
import Foundation

/// The rankings (per AWS prefix kind signature) and decisions (per signature and prefix length) of one scenario
/// among Direct Connect routes only (see ``CustomerRIB/acceptedDecision(exactly:)``), and the
/// destinations' parts (``CustomerRIB/plannedParts(of:)``); filled on first use, thread-safe.
final class DecisionMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var signature: Int
        var length: Int
    }

    private let lock = NSLock()
    private var decisions: [Key: PathDecision?] = [:]
    private var rankings: [Int: BestPathRanking?] = [:]
    private var parts: [IPPrefix: [(prefix: IPPrefix, decidedBy: IPPrefix?)]] = [:]

    /// The stored ranking of a signature's routes, or `make()`'s, stored.
    func ranking(signature: Int, _ make: () -> BestPathRanking?) -> BestPathRanking? {
        if let known = lock.withLock({ rankings[signature] }) { return known }
        let made = make()
        lock.withLock { rankings[signature] = made }
        return made
    }

    /// The stored decision, or `make()`'s, stored.
    func decision(signature: Int, length: Int, _ make: () -> PathDecision?) -> PathDecision? {
        let key = Key(signature: signature, length: length)
        if let known = lock.withLock({ decisions[key] }) { return known }
        let made = make()
        lock.withLock { decisions[key] = made }
        return made
    }

    /// The stored parts of a destination (``CustomerRIB/plannedParts(of:)``), or `make()`'s, stored.
    func parts(
        of destination: IPPrefix, _ make: () -> [(prefix: IPPrefix, decidedBy: IPPrefix?)]
    ) -> [(prefix: IPPrefix, decidedBy: IPPrefix?)] {
        if let known = lock.withLock({ parts[destination] }) { return known }
        let made = make()
        lock.withLock { parts[destination] = made }
        return made
    }
}
