import DXInput
import DXModel

/// An immutable table of prefixes and values kept in prefix order (family, network, length),
/// answering exact, covering and more-specific queries by binary search.
///
/// Building it from an already sorted routing table costs one pass, against a trie's per-prefix
/// inserts, so it suits a full Internet table queried a few thousand times by the simulator.
/// More-specifics of P are contiguous in this order: a prefix inside P sorts after P and before
/// the first prefix past P's last address.
public struct SortedPrefixTable<Value: Sendable>: Sendable {
    public private(set) var prefixes: [IPPrefix]
    public private(set) var values: [Value]
    /// Per family (IPv4, IPv6): a default route that applies when `prefixes` has none of its own.
    private var defaults: (Value?, Value?) = (nil, nil)
    /// Bit `n` set when some prefix of length `n` exists, per family (covering skips the rest).
    private var lengths: [AddressFamily: (low: UInt64, high: UInt128Bits)]

    /// Builds from entries in any order; for a prefix given twice the last value is kept.
    public init(_ entries: [(prefix: IPPrefix, value: Value)]) {
        self.init(prefixes: entries.map(\.prefix), values: entries.map(\.value))
    }

    /// Builds from parallel arrays, without copying or writing them when they are already in
    /// strictly ascending prefix order (a routing table as ``InternetTable`` keeps it: the table and
    /// this share the arrays); for a prefix given twice the last value is kept. `defaultRoutes`
    /// are the default routes (`0.0.0.0/0`, `::/0`) of the families given, kept apart so that the
    /// arrays need no copy to make room for them; a default route in the arrays wins over them.
    public init(prefixes: [IPPrefix], values: [Value], defaultRoutes: [(family: AddressFamily, value: Value)] = []) {
        precondition(prefixes.count == values.count, "prefixes and values differ in length")
        // Per family (IPv4, IPv6) in locals: a dictionary update per prefix cost ~50 ms for a full table.
        var low: (UInt64, UInt64) = (0, 0)
        var high = (UInt128Bits(), UInt128Bits())
        var present = (false, false)
        func note(_ prefix: IPPrefix) {
            if prefix.family == .ipv4 {
                present.0 = true
                if prefix.length < 64 { low.0 |= 1 << UInt64(prefix.length) } else { high.0.set(prefix.length - 64) }
            } else {
                present.1 = true
                if prefix.length < 64 { low.1 |= 1 << UInt64(prefix.length) } else { high.1.set(prefix.length - 64) }
            }
        }
        var ascending = true
        prefixes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if index > 0 && !(buffer[index - 1] < buffer[index]) {
                    ascending = false
                    return
                }
                note(buffer[index])
            }
        }
        if ascending {
            self.prefixes = prefixes
            self.values = values
        } else {
            (low, high, present) = ((0, 0), (UInt128Bits(), UInt128Bits()), (false, false))
            var prefixes = prefixes
            var values = values
            if !zip(prefixes, prefixes.dropFirst()).allSatisfy({ !($1 < $0) }) {
                let order = prefixes.indices.sorted { (prefixes[$0], $0) < (prefixes[$1], $1) }
                prefixes = order.map { prefixes[$0] }
                values = order.map { values[$0] }
            }
            var kept = 0
            for index in prefixes.indices {
                let prefix = prefixes[index]
                if kept > 0 && prefixes[kept - 1] == prefix {
                    values[kept - 1] = values[index]
                    continue
                }
                prefixes[kept] = prefix
                values[kept] = values[index]
                kept += 1
                note(prefix)
            }
            prefixes.removeLast(prefixes.count - kept)
            values.removeLast(values.count - kept)
            self.prefixes = prefixes
            self.values = values
        }
        for (family, value) in defaultRoutes {
            if family == .ipv4 { defaults.0 = value } else { defaults.1 = value }
            note(.defaultRoute(family))
        }
        var lengths: [AddressFamily: (low: UInt64, high: UInt128Bits)] = [:]
        if present.0 { lengths[.ipv4] = (low.0, high.0) }
        if present.1 { lengths[.ipv6] = (low.1, high.1) }
        self.lengths = lengths
    }

    /// Entries, each prefix once (a default route given apart counts when the arrays lack it).
    public var count: Int {
        var count = prefixes.count
        if defaults.0 != nil && !contains(.defaultRoute(.ipv4)) { count += 1 }
        if defaults.1 != nil && !contains(.defaultRoute(.ipv6)) { count += 1 }
        return count
    }

    /// The first index whose prefix is not below `prefix`.
    private func lowerBound(_ prefix: IPPrefix) -> Int {
        var low = 0
        var high = prefixes.count
        while low < high {
            let middle = (low + high) / 2
            if prefixes[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func contains(_ prefix: IPPrefix) -> Bool {
        let index = lowerBound(prefix)
        return index < prefixes.count && prefixes[index] == prefix
    }

    /// The default route given apart for `prefix`'s family, when `prefix` is a default route.
    private func givenDefault(_ prefix: IPPrefix) -> Value? {
        guard prefix.length == 0 else { return nil }
        return prefix.family == .ipv4 ? defaults.0 : defaults.1
    }

    public subscript(exact prefix: IPPrefix) -> Value? {
        let index = lowerBound(prefix)
        return index < prefixes.count && prefixes[index] == prefix ? values[index] : givenDefault(prefix)
    }

    /// Every entry containing `prefix` (itself included), most specific first.
    public func covering(_ prefix: IPPrefix) -> [(prefix: IPPrefix, value: Value)] {
        guard let bits = lengths[prefix.family] else { return [] }
        var result: [(prefix: IPPrefix, value: Value)] = []
        for length in stride(from: prefix.length, through: 0, by: -1) {
            let present = length < 64 ? bits.low & (1 << UInt64(length)) != 0 : bits.high.contains(length - 64)
            guard present, let candidate = IPPrefix(containing: prefix.network, length: length),
                let value = self[exact: candidate]
            else { continue }
            result.append((candidate, value))
        }
        return result
    }

    /// Every entry inside `prefix` (itself included), in prefix order.
    public func moreSpecifics(of prefix: IPPrefix) -> [(prefix: IPPrefix, value: Value)] {
        var result: [(prefix: IPPrefix, value: Value)] = []
        var index = lowerBound(prefix)
        if let value = givenDefault(prefix), !(index < prefixes.count && prefixes[index] == prefix) {
            result.append((prefix, value))
        }
        while index < prefixes.count, prefix.contains(prefixes[index]) {
            result.append((prefixes[index], values[index]))
            index += 1
        }
        return result
    }
}
/// A 65-bit set for prefix lengths 64…128 (IPv6), without relying on `UInt128` availability.
public struct UInt128Bits: Sendable {
    var words: (UInt64, UInt64) = (0, 0)

    mutating func set(_ bit: Int) {
        if bit < 64 { words.0 |= 1 << UInt64(bit) } else { words.1 |= 1 << UInt64(bit - 64) }
    }

    func contains(_ bit: Int) -> Bool {
        bit < 64 ? words.0 & (1 << UInt64(bit)) != 0 : words.1 & (1 << UInt64(bit - 64)) != 0
    }
}
