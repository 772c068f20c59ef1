import DXInput
import DXModel

/// A map from IP prefixes (IPv4 and IPv6) to values with longest-prefix-match lookup, the
/// forwarding rule of RFC 1812 §5.2.4.3 and RFC 4632 §5.1.
///
/// Each family is a path-compressed binary (Patricia) trie in flat arrays (no class
/// references), so copies are cheap until mutated and the type is `Sendable` when `Value` is.
/// Iteration is in ``IPPrefix`` order: IPv4 first, then by network, shorter prefixes first.
public struct PrefixTrie<Value>: Sequence {
    private var index4 = PatriciaIndex<UInt32>()
    private var index6 = PatriciaIndex<Bits128>()
    private var values4: [Value] = []
    private var values6: [Value] = []

    public init() {}

    /// A trie holding `entries`; a later entry for the same prefix replaces an earlier one.
    public init<S: Sequence>(_ entries: S) where S.Element == (IPPrefix, Value) {
        for (prefix, value) in entries { insert(prefix, value) }
    }

    /// The number of prefixes stored.
    public var count: Int { values4.count + values6.count }

    public var isEmpty: Bool { count == 0 }

    /// Stores `value` for `prefix`, replacing any value already stored for exactly that prefix.
    public mutating func insert(_ prefix: IPPrefix, _ value: Value) {
        insert(prefix, value) { _, new in new }
    }

    /// Stores `value` for `prefix`; if the prefix is already present, stores
    /// `combine(old, value)` instead.
    public mutating func insert(_ prefix: IPPrefix, _ value: Value, merging combine: (Value, Value) throws -> Value)
        rethrows
    {
        switch prefix.family {
        case .ipv4:
            let key = Self.key4(prefix)
            let (entry, isNew) = index4.insert(key, length: prefix.length)
            if isNew { values4.append(value) } else { values4[entry] = try combine(values4[entry], value) }
        case .ipv6:
            let (entry, isNew) = index6.insert(prefix.bits, length: prefix.length)
            if isNew { values6.append(value) } else { values6[entry] = try combine(values6[entry], value) }
        }
    }

    /// Removes and returns the value stored for exactly `prefix`.
    @discardableResult
    public mutating func removeValue(for prefix: IPPrefix) -> Value? {
        switch prefix.family {
        case .ipv4:
            let key = Self.key4(prefix)
            guard let (removed, moved) = index4.remove(key, length: prefix.length) else { return nil }
            values4.swapAt(removed, moved)
            return values4.removeLast()
        case .ipv6:
            guard let (removed, moved) = index6.remove(prefix.bits, length: prefix.length) else { return nil }
            values6.swapAt(removed, moved)
            return values6.removeLast()
        }
    }

    /// The value stored for exactly `prefix`; setting nil removes it.
    public subscript(exact prefix: IPPrefix) -> Value? {
        get {
            switch prefix.family {
            case .ipv4: index4.find(Self.key4(prefix), length: prefix.length).map { values4[$0] }
            case .ipv6: index6.find(prefix.bits, length: prefix.length).map { values6[$0] }
            }
        }
        set {
            if let newValue { insert(prefix, newValue) } else { removeValue(for: prefix) }
        }
    }

    /// The most specific stored prefix containing `address`, and its value. For many lookups
    /// in a large table, a ``LongestMatchTable`` built from the trie is much faster.
    public func longestMatch(_ address: IPAddress) -> (prefix: IPPrefix, value: Value)? {
        switch address {
        case .v4(let v4):
            guard let entry = index4.longestMatch(v4.value, length: 32) else { return nil }
            return (prefix4(entry), values4[entry])
        case .v6(let v6):
            guard let entry = index6.longestMatch(Bits128(hi: v6.high, lo: v6.low), length: 128) else { return nil }
            return (prefix6(entry), values6[entry])
        }
    }

    /// The most specific stored prefix that contains `prefix` (possibly `prefix` itself).
    public func longestMatch(_ prefix: IPPrefix) -> (prefix: IPPrefix, value: Value)? {
        switch prefix.family {
        case .ipv4:
            guard let entry = index4.longestMatch(Self.key4(prefix), length: prefix.length) else { return nil }
            return (prefix4(entry), values4[entry])
        case .ipv6:
            guard let entry = index6.longestMatch(prefix.bits, length: prefix.length) else { return nil }
            return (prefix6(entry), values6[entry])
        }
    }

    /// All stored prefixes that contain `prefix` (including itself), most specific first.
    public func covering(_ prefix: IPPrefix) -> [(prefix: IPPrefix, value: Value)] {
        switch prefix.family {
        case .ipv4:
            index4.covering(Self.key4(prefix), length: prefix.length).reversed().map { (prefix4($0), values4[$0]) }
        case .ipv6: index6.covering(prefix.bits, length: prefix.length).reversed().map { (prefix6($0), values6[$0]) }
        }
    }

    /// All stored prefixes equal to or inside `prefix`, in ascending ``IPPrefix`` order.
    public func moreSpecifics(of prefix: IPPrefix) -> [(prefix: IPPrefix, value: Value)] {
        switch prefix.family {
        case .ipv4: index4.moreSpecifics(Self.key4(prefix), length: prefix.length).map { (prefix4($0), values4[$0]) }
        case .ipv6: index6.moreSpecifics(prefix.bits, length: prefix.length).map { (prefix6($0), values6[$0]) }
        }
    }

    /// All stored prefixes, in ascending ``IPPrefix`` order.
    public var prefixes: [IPPrefix] {
        index4.allEntries().map(prefix4) + index6.allEntries().map(prefix6)
    }

    /// Iterates entries in ascending ``IPPrefix`` order.
    public func makeIterator() -> IndexingIterator<[(prefix: IPPrefix, value: Value)]> {
        let entries =
            index4.allEntries().map { (prefix: prefix4($0), value: values4[$0]) }
            + index6.allEntries().map { (prefix: prefix6($0), value: values6[$0]) }
        return entries.makeIterator()
    }

    /// Bytes held by the trie's arrays (values counted by their inline size), for capacity
    /// planning and the benchmark's memory figure.
    public var storageBytes: Int {
        index4.storageBytes + index6.storageBytes
            + (values4.capacity + values6.capacity) * MemoryLayout<Value>.stride
    }

    /// Reserves room for about `count` more prefixes of `family`.
    public mutating func reserveCapacity(_ count: Int, for family: AddressFamily) {
        switch family {
        case .ipv4:
            index4.reserveCapacity(count)
            values4.reserveCapacity(values4.count + count)
        case .ipv6:
            index6.reserveCapacity(count)
            values6.reserveCapacity(values6.count + count)
        }
    }

    private static func key4(_ prefix: IPPrefix) -> UInt32 {
        UInt32(truncatingIfNeeded: prefix.bits.hi >> 32)
    }

    private func prefix4(_ entry: Int) -> IPPrefix {
        let (key, length) = index4.key(ofEntry: entry)
        return IPPrefix(family: .ipv4, bits: Bits128(hi: UInt64(key) << 32, lo: 0), length: length)
    }

    private func prefix6(_ entry: Int) -> IPPrefix {
        let (key, length) = index6.key(ofEntry: entry)
        return IPPrefix(family: .ipv6, bits: key, length: length)
    }
}

extension PrefixTrie: Sendable where Value: Sendable {}
