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
    // The queries are inlinable, so that the simulator's `SortedPrefixTable<Int32>` is specialized
    // for its value type instead of going through generic metadata on each of thousands of calls.
    @usableFromInline internal private(set) var storedPrefixes: [IPPrefix]
    @usableFromInline internal private(set) var storedValues: [Value]
    /// Per family (IPv4, IPv6): a default route that applies when `prefixes` has none of its own.
    @usableFromInline internal var defaults: (Value?, Value?) = (nil, nil)
    /// The prefix lengths present, per family (covering skips the rest).
    @usableFromInline internal var lengths: PrefixLengths

    public var prefixes: [IPPrefix] { storedPrefixes }
    public var values: [Value] { storedValues }

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
        var lengths = PrefixLengths()
        var ascending = true
        prefixes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if index > 0 && !(buffer[index - 1] < buffer[index]) {
                    ascending = false
                    return
                }
                lengths.insert(buffer[index].length, family: buffer[index].family)
            }
        }
        if ascending {
            self.init(ascending: prefixes, values: values, lengths: lengths, defaultRoutes: defaultRoutes)
            return
        }
        var prefixes = prefixes
        var values = values
        if !zip(prefixes, prefixes.dropFirst()).allSatisfy({ !($1 < $0) }) {
            let order = prefixes.indices.sorted { (prefixes[$0], $0) < (prefixes[$1], $1) }
            prefixes = order.map { prefixes[$0] }
            values = order.map { values[$0] }
        }
        lengths = PrefixLengths()
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
            lengths.insert(prefix.length, family: prefix.family)
        }
        prefixes.removeLast(prefixes.count - kept)
        values.removeLast(values.count - kept)
        self.init(ascending: prefixes, values: values, lengths: lengths, defaultRoutes: defaultRoutes)
    }

    /// Arrays known to be strictly ascending, with the lengths they hold (a parsed
    /// ``InternetTable``'s): kept as they are, no pass over them.
    package init(
        ascending prefixes: [IPPrefix], values: [Value], lengths: PrefixLengths,
        defaultRoutes: [(family: AddressFamily, value: Value)] = []
    ) {
        precondition(prefixes.count == values.count, "prefixes and values differ in length")
        storedPrefixes = prefixes
        storedValues = values
        self.lengths = lengths
        for (family, value) in defaultRoutes {
            if family == .ipv4 { defaults.0 = value } else { defaults.1 = value }
            self.lengths.insert(0, family: family)
        }
    }

    /// Entries, each prefix once (a default route given apart counts when the arrays lack it).
    @inlinable public var count: Int {
        var count = storedPrefixes.count
        if defaults.0 != nil && !contains(.defaultRoute(.ipv4)) { count += 1 }
        if defaults.1 != nil && !contains(.defaultRoute(.ipv6)) { count += 1 }
        return count
    }

    /// The first index whose prefix is not below `prefix`.
    @inlinable internal func lowerBound(_ prefix: IPPrefix) -> Int {
        var low = 0
        var high = storedPrefixes.count
        while low < high {
            let middle = (low + high) / 2
            if storedPrefixes[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low
    }

    @inlinable internal func contains(_ prefix: IPPrefix) -> Bool {
        let index = lowerBound(prefix)
        return index < storedPrefixes.count && storedPrefixes[index] == prefix
    }

    /// The default route given apart for `prefix`'s family, when `prefix` is a default route.
    @inlinable internal func givenDefault(_ prefix: IPPrefix) -> Value? {
        guard prefix.length == 0 else { return nil }
        return prefix.family == .ipv4 ? defaults.0 : defaults.1
    }

    @inlinable public subscript(exact prefix: IPPrefix) -> Value? {
        let index = lowerBound(prefix)
        return index < storedPrefixes.count && storedPrefixes[index] == prefix
            ? storedValues[index] : givenDefault(prefix)
    }

    /// Every entry containing `prefix` (itself included), most specific first.
    @inlinable public func covering(_ prefix: IPPrefix) -> [(prefix: IPPrefix, value: Value)] {
        let family = prefix.family
        guard !lengths.isEmpty(family: family) else { return [] }
        var result: [(prefix: IPPrefix, value: Value)] = []
        for length in stride(from: prefix.length, through: 0, by: -1) {
            guard lengths.contains(length, family: family),
                let candidate = IPPrefix(containing: prefix.network, length: length),
                let value = self[exact: candidate]
            else { continue }
            result.append((candidate, value))
        }
        return result
    }

    /// Every entry inside `prefix` (itself included), in prefix order.
    @inlinable public func moreSpecifics(of prefix: IPPrefix) -> [(prefix: IPPrefix, value: Value)] {
        var result: [(prefix: IPPrefix, value: Value)] = []
        var index = lowerBound(prefix)
        if let value = givenDefault(prefix), !(index < storedPrefixes.count && storedPrefixes[index] == prefix) {
            result.append((prefix, value))
        }
        while index < storedPrefixes.count, prefix.contains(storedPrefixes[index]) {
            result.append((storedPrefixes[index], storedValues[index]))
            index += 1
        }
        return result
    }
}
