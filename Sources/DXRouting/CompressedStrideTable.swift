import DXModel

/// A read-only multibit trie for longest-prefix match over one address family: a first level
/// of 2^16 plain cells indexed by the top 16 bits, then 8-bit strides down to the family's
/// width (16-8-8 for IPv4, 16-8-…-8 for IPv6), built by controlled prefix expansion
/// (Srinivasan and Varghese, "Fast address lookups using controlled prefix expansion", 1999).
///
/// Below the first level each node's 256 cells are stored as runs of equal cells: a 256-bit
/// map marks where a run starts and the cell of byte `b` is the run numbered by the count of
/// marks up to `b` (the leaf compression of Poptrie, Asai and Ohara, SIGCOMM 2015). A node
/// takes 40 bytes plus 4 per run instead of 1 KiB, so the full Internet table fits in a few
/// MiB and most lookups stay in cache.
///
/// A node with many runs (a /16 full of /24s, the common case in an Internet table) is stored
/// plainly instead, 256 cells, so that its lookup is one load rather than two (the node's map,
/// then the run).
///
/// A leaf cell holds the prefix length (bits 23-30) and `entry + 1` (bits 0-22) of the longest
/// prefix covering it, 0 for none. A cell with the top bit set points to a node: bit 30 set for
/// a plain node, whose cells start at `runs[number * 256]`, clear for a compressed node.
@usableFromInline
struct CompressedStrideTable: Sendable {
    /// One prefix to store: its bits (left-aligned, host bits zero), length, and entry number.
    @usableFromInline
    struct Prefix {
        package var bits: Bits128
        var length: Int
        var entry: Int

        @usableFromInline
        init(bits: Bits128, length: Int, entry: Int) {
            self.bits = bits
            self.length = length
            self.entry = entry
        }
    }

    @usableFromInline static let pointerFlag: UInt32 = 1 << 31
    @usableFromInline static let plainFlag: UInt32 = 1 << 30
    @usableFromInline static let nodeMask: UInt32 = (1 << 30) - 1
    /// Nodes with at least this many runs are stored plainly (at most twice the bytes of the
    /// compressed form, 1 KiB against 40 + 4 per run).
    static let plainRunThreshold = 128
    @usableFromInline static let entryMask: UInt32 = (1 << 23) - 1
    /// The most entries a table can number (23 bits, 0 meaning "no match").
    @usableFromInline static let maximumEntries = Int(entryMask) - 1
    @usableFromInline static let wordsPerNode = 5

    @usableFromInline var root: [UInt32]
    /// Five words per node: the four 64-bit words of the run-start map (bit `b & 63` of word
    /// `b >> 6` for byte `b`), then the index of the node's first run (low 32 bits) and the
    /// number of runs started before words 1, 2 and 3 (one byte each, from bit 32).
    @usableFromInline var nodes: [UInt64] = []
    /// The cells of the plain nodes (256 each, first), then of every compressed node's runs.
    @usableFromInline var runs: [UInt32] = []

    /// A table of `prefixes`, which must be in ``IPPrefix`` order (network ascending, shorter
    /// first) without duplicates, with entries below ``maximumEntries``.
    @usableFromInline
    init(_ prefixes: [Prefix]) {
        root = [UInt32](repeating: 0, count: 1 << 16)
        var cells = root
        var plainCells: [UInt32] = []
        let groups = Self.expand(prefixes, 0..<prefixes.count, depth: 0, stride: 16, into: &cells)
        for group in groups {
            cells[group.cell] = buildNode(
                prefixes, group.range, depth: 16, inherited: group.inherited, plainCells: &plainCells)
        }
        root = cells
        // The plain nodes go first, so that their cells start at multiples of 256.
        if !plainCells.isEmpty {
            for header in stride(from: Self.wordsPerNode - 1, to: nodes.count, by: Self.wordsPerNode) {
                nodes[header] += UInt64(plainCells.count)
            }
            runs = plainCells + runs
        }
    }

    /// A run of prefixes longer than a node's cells, all inside the cell numbered `cell`, and
    /// the cell's value before them (the longest shorter prefix covering it).
    private struct ChildGroup {
        var cell: Int
        var range: Range<Int>
        var inherited: UInt32
    }

    /// Writes the prefixes of `range` that end within this level into `cells` (each prefix
    /// covering its expanded cells; later, more specific ones overwrite), and returns the runs
    /// of longer prefixes that need a child node. Relies on ``IPPrefix`` order: a covering
    /// prefix comes before every prefix inside it, so a cell is final when the first longer
    /// prefix inside it appears.
    private static func expand(
        _ prefixes: [Prefix], _ range: Range<Int>, depth: Int, stride: Int, into cells: inout [UInt32]
    ) -> [ChildGroup] {
        var groups: [ChildGroup] = []
        let end = depth + stride
        var index = range.lowerBound
        while index < range.upperBound {
            let prefix = prefixes[index]
            let cell = chunk(prefix.bits, from: depth, count: stride)
            if prefix.length <= end {
                let leaf =
                    UInt32(truncatingIfNeeded: prefix.length) << 23 | UInt32(truncatingIfNeeded: prefix.entry + 1)
                for covered in cell..<(cell + 1 << (end - prefix.length)) { cells[covered] = leaf }
                index += 1
                continue
            }
            var last = index + 1
            while last < range.upperBound, prefixes[last].length > end,
                chunk(prefixes[last].bits, from: depth, count: stride) == cell
            {
                last += 1
            }
            groups.append(ChildGroup(cell: cell, range: index..<last, inherited: cells[cell]))
            index = last
        }
        return groups
    }

    /// Builds the node for `range` (prefixes longer than `depth`, all inside one cell of the
    /// level above), children first, and returns the pointer cell for it.
    private mutating func buildNode(
        _ prefixes: [Prefix], _ range: Range<Int>, depth: Int, inherited: UInt32, plainCells: inout [UInt32]
    ) -> UInt32 {
        var cells = [UInt32](repeating: inherited, count: 256)
        let groups = Self.expand(prefixes, range, depth: depth, stride: 8, into: &cells)
        for group in groups {
            cells[group.cell] = buildNode(
                prefixes, group.range, depth: depth + 8, inherited: group.inherited, plainCells: &plainCells)
        }
        var runCount = 1
        for byte in 1..<256 where cells[byte] != cells[byte - 1] { runCount += 1 }
        if runCount >= Self.plainRunThreshold {
            let number = plainCells.count >> 8
            plainCells += cells
            return Self.pointerFlag | Self.plainFlag | UInt32(truncatingIfNeeded: number)
        }
        let number = nodes.count / Self.wordsPerNode
        var words = [UInt64](repeating: 0, count: 4)
        var runsBefore = [Int](repeating: 0, count: 4)
        let firstRun = runs.count
        for byte in 0..<256 {
            if byte & 63 == 0 { runsBefore[byte >> 6] = runs.count - firstRun }
            if byte == 0 || cells[byte] != cells[byte - 1] {
                words[byte >> 6] |= 1 << UInt64(byte & 63)
                runs.append(cells[byte])
            }
        }
        nodes.append(contentsOf: words)
        var header = UInt64(truncatingIfNeeded: firstRun)
        for word in 1..<4 { header |= UInt64(truncatingIfNeeded: runsBefore[word]) << UInt64(24 + 8 * word) }
        nodes.append(header)
        return Self.pointerFlag | UInt32(truncatingIfNeeded: number)
    }

    /// `count` bits of `bits` starting at bit `depth` (0 = most significant), as a number.
    @inlinable @inline(__always)
    static func chunk(_ bits: Bits128, from depth: Int, count: Int) -> Int {
        let mask = UInt64(1) << UInt64(count) - 1
        if depth + count <= 64 { return Int(truncatingIfNeeded: bits.hi >> UInt64(64 - depth - count) & mask) }
        if depth >= 64 { return Int(truncatingIfNeeded: bits.lo >> UInt64(128 - depth - count) & mask) }
        let low = depth + count - 64
        return Int(truncatingIfNeeded: (bits.hi << UInt64(low) | bits.lo >> UInt64(64 - low)) & mask)
    }

    /// Bytes held by the three arrays.
    var storageBytes: Int {
        root.capacity * MemoryLayout<UInt32>.stride + nodes.capacity * MemoryLayout<UInt64>.stride
            + runs.capacity * MemoryLayout<UInt32>.stride
    }

    /// The entry number and prefix length a leaf cell holds, nil for an empty cell.
    @inlinable @inline(__always)
    static func decode(_ cell: UInt32) -> (entry: Int, length: Int)? {
        cell == 0 ? nil : (Int(cell & entryMask) - 1, Int(cell >> 23))
    }

    /// The leaf cell for the address `key`.
    @inlinable
    func leafCell(_ key: Bits128) -> UInt32 {
        leafCell(key, top: { Self.chunk($0, from: 0, count: 16) }, byte: { Self.chunk($0, from: $1, count: 8) })
    }

    /// The leaf cell for the IPv4 address `key`.
    @inlinable
    func leafCell(_ key: UInt32) -> UInt32 {
        leafCell(key, top: { Int($0 >> 16) }, byte: { Int(truncatingIfNeeded: $0 >> UInt32(24 - $1) & 0xFF) })
    }

    /// The leaf cell for `key`, whose top 16 bits are `top(key)` and whose 8 bits from bit
    /// `depth` are `byte(key, depth)`.
    @inlinable @inline(__always)
    func leafCell<Key>(_ key: Key, top: (Key) -> Int, byte: (Key, Int) -> Int) -> UInt32 {
        root.withUnsafeBufferPointer { root in
            nodes.withUnsafeBufferPointer { nodes in
                runs.withUnsafeBufferPointer { runs in
                    var cell = root[top(key)]
                    var depth = 16
                    while cell & Self.pointerFlag != 0 {
                        cell = runs[Self.runIndex(ofNode: cell, byte: byte(key, depth), nodes: nodes)]
                        depth += 8
                    }
                    return cell
                }
            }
        }
    }

    /// The index in `runs` of the cell for `byte` in the node that `pointer` names.
    @inlinable @inline(__always)
    static func runIndex(ofNode pointer: UInt32, byte: Int, nodes: UnsafeBufferPointer<UInt64>) -> Int {
        if pointer & plainFlag != 0 { return Int(pointer & nodeMask) << 8 | byte }
        let base = Int(pointer & nodeMask) * wordsPerNode
        let word = byte >> 6
        let header = nodes[base + 4]
        let marks = nodes[base + word] & (UInt64.max >> UInt64(63 - byte & 63))
        let before = word == 0 ? 0 : Int(truncatingIfNeeded: header >> UInt64(24 + 8 * word) & 0xFF)
        return Int(truncatingIfNeeded: header & 0xFFFF_FFFF) + before + marks.nonzeroBitCount - 1
    }

    /// The leaf cells of `keys`, looked up in groups of 32 that descend level by level in two
    /// passes per level (first every lane's node words, then every lane's run), so that the
    /// cache misses of a group overlap instead of queueing behind each other (as the bulk
    /// lookups of DPDK's `rte_lpm_lookup_bulk` do).
    @inlinable
    func leafCells(_ keys: UnsafeBufferPointer<Bits128>, into cells: UnsafeMutableBufferPointer<UInt32>) {
        leafCells(
            keys, into: cells, top: { Self.chunk($0, from: 0, count: 16) }, byte: { Self.chunk($0, from: $1, count: 8) }
        )
    }

    /// The leaf cells of IPv4 addresses.
    @inlinable
    func leafCells(_ keys: UnsafeBufferPointer<UInt32>, into cells: UnsafeMutableBufferPointer<UInt32>) {
        leafCells(
            keys, into: cells, top: { Int($0 >> 16) }, byte: { Int(truncatingIfNeeded: $0 >> UInt32(24 - $1) & 0xFF) })
    }

    @inlinable @inline(__always)
    func leafCells<Key>(
        _ keys: UnsafeBufferPointer<Key>, into cells: UnsafeMutableBufferPointer<UInt32>,
        top: (Key) -> Int, byte: (Key, Int) -> Int
    ) {
        precondition(cells.count >= keys.count, "output buffer too small")
        let group = 32
        root.withUnsafeBufferPointer { root in
            nodes.withUnsafeBufferPointer { nodes in
                runs.withUnsafeBufferPointer { runs in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: group) { runIndex in
                        var start = 0
                        while start < keys.count {
                            let lanes = Swift.min(group, keys.count - start)
                            var pending = false
                            for lane in 0..<lanes {
                                let cell = root[top(keys[start + lane])]
                                cells[start + lane] = cell
                                pending = pending || cell & Self.pointerFlag != 0
                            }
                            var depth = 16
                            while pending {
                                for lane in 0..<lanes {
                                    let cell = cells[start + lane]
                                    guard cell & Self.pointerFlag != 0 else {
                                        runIndex[lane] = -1
                                        continue
                                    }
                                    runIndex[lane] = Self.runIndex(
                                        ofNode: cell, byte: byte(keys[start + lane], depth), nodes: nodes)
                                }
                                pending = false
                                for lane in 0..<lanes where runIndex[lane] >= 0 {
                                    let cell = runs[runIndex[lane]]
                                    cells[start + lane] = cell
                                    pending = pending || cell & Self.pointerFlag != 0
                                }
                                depth += 8
                            }
                            start += lanes
                        }
                    }
                }
            }
        }
    }
}
