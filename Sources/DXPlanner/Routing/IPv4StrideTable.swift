/// A 16-8-8 multibit lookup table for IPv4 longest-prefix match (controlled prefix expansion,
/// as in Gupta, Lin and McKeown's DIR-24-8 and Srinivasan and Varghese's multibit tries).
///
/// A leaf cell holds the prefix length (bits 25-30) and `entry + 1` (bits 0-24) of the longest
/// prefix covering it, or 0 for none; a cell with the top bit set holds the number of a 256-cell
/// chunk for the next 8 bits. A lookup reads at most three cells. The table mirrors a
/// ``PatriciaIndex`` and is updated on every insert and removal; with 2^25 or more entries it
/// switches itself off (``isEnabled`` false) and the caller falls back to the Patricia trie.
@usableFromInline
struct IPv4StrideTable: Sendable {
    @usableFromInline static let pointer: UInt32 = 0x8000_0000
    @usableFromInline static let entryMask: UInt32 = (1 << 25) - 1
    @usableFromInline var level1 = [UInt32](repeating: 0, count: 1 << 16)
    @usableFromInline var chunks: [UInt32] = []
    @usableFromInline var isEnabled = true

    @usableFromInline init() {}

    /// The entry number and prefix length of the longest prefix containing `address`.
    @inlinable
    func longestMatch(_ address: UInt32) -> (entry: Int, length: Int)? {
        var cell = level1[Int(address >> 16)]
        if cell & Self.pointer != 0 {
            cell = chunks[Int(cell & ~Self.pointer) << 8 | Int((address >> 8) & 0xFF)]
            if cell & Self.pointer != 0 {
                cell = chunks[Int(cell & ~Self.pointer) << 8 | Int(address & 0xFF)]
            }
        }
        if cell == 0 { return nil }
        return (Int(cell & Self.entryMask) - 1, Int(cell >> 25))
    }

    private mutating func encode(entry: Int, length: Int) -> UInt32? {
        guard isEnabled else { return nil }
        guard entry >= -1, entry + 1 <= Int(Self.entryMask), length >= 0, length <= 32 else {
            isEnabled = false
            level1 = []
            chunks = []
            return nil
        }
        if entry < 0 { return 0 }
        return UInt32(truncatingIfNeeded: length) << 25 | UInt32(truncatingIfNeeded: entry + 1)
    }

    /// Records a new entry `entry` for `key/length`; cells already held by more specific
    /// prefixes keep them.
    mutating func insert(_ key: UInt32, length: Int, entry: Int) {
        guard let value = encode(entry: entry, length: length) else { return }
        let length32 = UInt32(truncatingIfNeeded: length)
        rewrite(key, length: length) { cell in
            cell == 0 || cell >> 25 < length32 ? value : cell
        }
    }

    /// Within `key/length`, replaces cells holding entry `old` by entry `new` of length
    /// `newLength` (`new == -1` for none). Used on removal and renumbering.
    mutating func replace(_ key: UInt32, length: Int, old: Int, new: Int, newLength: Int) {
        guard isEnabled, old >= 0, old + 1 <= Int(Self.entryMask) else { return }
        guard let newValue = encode(entry: new, length: newLength) else { return }
        let oldEntry = UInt32(truncatingIfNeeded: old + 1)
        rewrite(key, length: length) { cell in
            cell != 0 && cell & Self.entryMask == oldEntry ? newValue : cell
        }
    }

    /// Applies `update` to every leaf cell covered by `key/length`, creating chunks as needed.
    private mutating func rewrite(_ key: UInt32, length: Int, _ update: (UInt32) -> UInt32) {
        let length = max(0, min(32, length))
        let top = Int(key >> 16)
        if length <= 16 {
            let span = 1 << (16 - length)
            for index in top..<(top + span) { level1[index] = rewriteCell(level1[index], update) }
            return
        }
        var topCell = level1[top]
        let chunk2 = ensureChunk(cell: &topCell)
        level1[top] = topCell
        let middle = chunk2 << 8 | Int((key >> 8) & 0xFF)
        if length <= 24 {
            let span = 1 << (24 - length)
            for index in middle..<(middle + span) { chunks[index] = rewriteCell(chunks[index], update) }
            return
        }
        var middleCell = chunks[middle]
        let chunk3 = ensureChunk(cell: &middleCell)
        chunks[middle] = middleCell
        let low = chunk3 << 8 | Int(key & 0xFF)
        let span = 1 << (32 - length)
        for index in low..<(low + span) { chunks[index] = rewriteCell(chunks[index], update) }
    }

    /// A leaf cell updated, or a chunk pointer whose chunk has been updated throughout.
    private mutating func rewriteCell(_ cell: UInt32, _ update: (UInt32) -> UInt32) -> UInt32 {
        guard cell & Self.pointer != 0 else { return update(cell) }
        let base = Int(cell & ~Self.pointer) << 8
        for index in base..<(base + 256) {
            chunks[index] = rewriteCell(chunks[index], update)
        }
        return cell
    }

    /// The chunk `cell` points to, creating one that inherits the cell's value if needed.
    private mutating func ensureChunk(cell: inout UInt32) -> Int {
        if cell & Self.pointer != 0 { return Int(cell & ~Self.pointer) }
        let number = chunks.count >> 8
        chunks.append(contentsOf: repeatElement(cell, count: 256))
        cell = Self.pointer | UInt32(truncatingIfNeeded: number)
        return number
    }
}
