import DXInput
import DXModel

/// A read-only snapshot of a ``PrefixTrie`` for fast longest-prefix match (RFC 1812
/// §5.2.4.3): one ``CompressedStrideTable`` per family, a few MiB for the full Internet table.
///
/// Build it once a table is complete, then look up many addresses; ``forEachLongestMatch(_:_:)``
/// looks up batches whose memory accesses overlap and is the fastest way through a long list.
public struct LongestMatchTable<Value> {
    @usableFromInline let table4: CompressedStrideTable
    @usableFromInline let table6: CompressedStrideTable
    @usableFromInline let values4: [Value]
    @usableFromInline let values6: [Value]

    /// The most prefixes one family can hold (8,388,606; the full Internet table has about 1M).
    public static var maximumPrefixesPerFamily: Int { CompressedStrideTable.maximumEntries }

    /// A snapshot of `trie`; nil if a family has more than ``maximumPrefixesPerFamily`` prefixes.
    @inlinable
    public init?(_ trie: PrefixTrie<Value>) {
        self.init(sortedUnique: Array(trie))
    }

    /// A table of `entries` in any order; where a prefix appears more than once, the last
    /// value wins (as with ``PrefixTrie/insert(_:_:)``). Nil if a family has more than
    /// ``maximumPrefixesPerFamily`` prefixes.
    @inlinable
    public init?(_ entries: [(prefix: IPPrefix, value: Value)]) {
        var isSortedUnique = true
        for index in entries.indices.dropFirst() where !(entries[index - 1].prefix < entries[index].prefix) {
            isSortedUnique = false
            break
        }
        if isSortedUnique {
            self.init(sortedUnique: entries)
            return
        }
        // A stable sort by prefix, then the last of each run of equal prefixes.
        let order = entries.indices.sorted {
            entries[$0].prefix != entries[$1].prefix ? entries[$0].prefix < entries[$1].prefix : $0 < $1
        }
        var unique: [(prefix: IPPrefix, value: Value)] = []
        unique.reserveCapacity(order.count)
        for (position, index) in order.enumerated()
        where position + 1 == order.count || entries[order[position + 1]].prefix != entries[index].prefix {
            unique.append(entries[index])
        }
        self.init(sortedUnique: unique)
    }

    /// A table of `entries`, which are in ``IPPrefix`` order without repeats.
    @inlinable
    init?(sortedUnique entries: [(prefix: IPPrefix, value: Value)]) {
        let count4 = entries.firstIndex { $0.prefix.family == .ipv6 } ?? entries.count
        guard count4 <= Self.maximumPrefixesPerFamily, entries.count - count4 <= Self.maximumPrefixesPerFamily else {
            return nil
        }
        func prefixes(_ slice: ArraySlice<(prefix: IPPrefix, value: Value)>) -> [CompressedStrideTable.Prefix] {
            slice.enumerated().map { .init(bits: $1.prefix.bits, length: $1.prefix.length, entry: $0) }
        }
        table4 = CompressedStrideTable(prefixes(entries[..<count4]))
        table6 = CompressedStrideTable(prefixes(entries[count4...]))
        values4 = entries[..<count4].map(\.value)
        values6 = entries[count4...].map(\.value)
    }

    /// The number of prefixes stored.
    public var count: Int { values4.count + values6.count }

    /// Bytes held by the tables and values (values counted by their inline size).
    public var storageBytes: Int {
        table4.storageBytes + table6.storageBytes + (values4.capacity + values6.capacity) * MemoryLayout<Value>.stride
    }

    /// The most specific stored prefix containing `address`, and its value; the same answer as
    /// ``PrefixTrie/longestMatch(_:)-(IPAddress)`` on the trie it was built from.
    @inlinable
    public func longestMatch(_ address: IPAddress) -> (prefix: IPPrefix, value: Value)? {
        switch address {
        case .v4(let v4):
            guard let (entry, length) = CompressedStrideTable.decode(table4.leafCell(v4.value)) else { return nil }
            return (IPPrefix(family: .ipv4, bits: address.bits, length: length), values4[entry])
        case .v6:
            let bits = address.bits
            guard let (entry, length) = CompressedStrideTable.decode(table6.leafCell(bits)) else { return nil }
            return (IPPrefix(family: .ipv6, bits: bits, length: length), values6[entry])
        }
    }

    /// Calls `body` with the position and the longest match of each of `addresses`, in order.
    @inlinable
    public func forEachLongestMatch(
        _ addresses: [IPv4Address],
        _ body: (_ position: Int, _ match: (prefix: IPPrefix, value: Value)?) throws -> Void
    ) rethrows {
        try addresses.withUnsafeBufferPointer { buffer in
            // An IPv4Address is one UInt32, so the addresses are looked up in place.
            try buffer.withMemoryRebound(to: UInt32.self) { keys in
                try Self.batched(keys, family: .ipv4, values: values4, body, lookup: { table4.leafCells($0, into: $1) })
                {
                    Bits128(hi: UInt64($0) << 32, lo: 0)
                }
            }
        }
    }

    /// Calls `body` with the position and the longest match of each of `addresses`, in order.
    @inlinable
    public func forEachLongestMatch(
        _ addresses: [IPv6Address],
        _ body: (_ position: Int, _ match: (prefix: IPPrefix, value: Value)?) throws -> Void
    ) rethrows {
        let keys = addresses.map { Bits128(hi: $0.high, lo: $0.low) }
        try keys.withUnsafeBufferPointer { keys in
            try Self.batched(keys, family: .ipv6, values: values6, body, lookup: { table6.leafCells($0, into: $1) }) {
                $0
            }
        }
    }

    /// Looks up `keys` in batches of 256 through `lookup` (a table's `leafCells`) and reports
    /// each match in order, its prefix made from the key by `bits`.
    @inlinable @inline(__always)
    static func batched<Key>(
        _ keys: UnsafeBufferPointer<Key>, family: AddressFamily, values: [Value],
        _ body: (_ position: Int, _ match: (prefix: IPPrefix, value: Value)?) throws -> Void,
        lookup: (UnsafeBufferPointer<Key>, UnsafeMutableBufferPointer<UInt32>) -> Void,
        bits: (Key) -> Bits128
    ) rethrows {
        let batch = 256
        try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: batch) { cells in
            var start = 0
            while start < keys.count {
                let end = Swift.min(start + batch, keys.count)
                lookup(UnsafeBufferPointer(rebasing: keys[start..<end]), cells)
                for position in start..<end {
                    if let (entry, length) = CompressedStrideTable.decode(cells[position - start]) {
                        try body(
                            position,
                            (IPPrefix(family: family, bits: bits(keys[position]), length: length), values[entry]))
                    } else {
                        try body(position, nil)
                    }
                }
                start = end
            }
        }
    }
}

extension LongestMatchTable: Sendable where Value: Sendable {}
