import Foundation

/// The decisions of one scenario among Direct Connect routes only, per AWS prefix kind and prefix
/// length (see ``CustomerRIB/acceptedDecision(exactly:)``); filled on first use, thread-safe.
final class DecisionMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var kind: Int
        var length: Int
    }

    private let lock = NSLock()
    private var decisions: [Key: PathDecision?] = [:]

    /// The stored decision, or `make()`'s, stored.
    func decision(kind: Int, length: Int, _ make: () -> PathDecision?) -> PathDecision? {
        let key = Key(kind: kind, length: length)
        if let known = lock.withLock({ decisions[key] }) { return known }
        let made = make()
        lock.withLock { decisions[key] = made }
        return made
    }
}
