import DXModel

/// A path-compressed binary (Patricia) trie over one address family, stored in a flat node array
/// with `Int32` child indices. Entries are numbered densely 0..<count; the owner keeps the
/// values in a parallel array.
struct PatriciaIndex<Key: PatriciaKey>: Sendable {
    struct Node: Sendable {
        var key: Key
        var entry: Int32
        var child0: Int32
        var child1: Int32
        var length: UInt8
    }

    private(set) var nodes: [Node] = []
    private(set) var root: Int32 = -1
    /// The node of each entry.
    private(set) var entryNodes: [Int32] = []

    var count: Int { entryNodes.count }

    func key(ofEntry entry: Int) -> (key: Key, length: Int) {
        let node = nodes[Int(entryNodes[entry])]
        return (node.key, Int(node.length))
    }

    private mutating func newNode(_ key: Key, _ length: Int, entry: Int32) -> Int32 {
        let index = Int32(truncatingIfNeeded: nodes.count)
        nodes.append(Node(key: key, entry: entry, child0: -1, child1: -1, length: UInt8(truncatingIfNeeded: length)))
        if entry >= 0 { entryNodes.append(index) }
        return index
    }

    private mutating func setChild(of parent: Int32, bit: Int, to child: Int32) {
        if parent < 0 {
            root = child
        } else if bit == 0 {
            nodes[Int(parent)].child0 = child
        } else {
            nodes[Int(parent)].child1 = child
        }
    }

    /// Finds or creates the entry for `key/length` (key must be masked). Returns the entry
    /// number and whether it was created.
    mutating func insert(_ key: Key, length: Int) -> (entry: Int, isNew: Bool) {
        let newEntry = Int32(truncatingIfNeeded: entryNodes.count)
        var parent: Int32 = -1
        var parentBit = 0
        var current = root
        while current >= 0 {
            let node = nodes[Int(current)]
            let nodeLength = Int(node.length)
            let common = min(key.commonPrefixLength(node.key), length, nodeLength)
            if common == nodeLength {
                if nodeLength == length {
                    if node.entry >= 0 { return (Int(node.entry), false) }
                    nodes[Int(current)].entry = newEntry
                    entryNodes.append(current)
                    return (Int(newEntry), true)
                }
                parent = current
                parentBit = key.bit(nodeLength)
                current = parentBit == 0 ? node.child0 : node.child1
                continue
            }
            if common == length {
                // The new prefix sits above `current`.
                let created = newNode(key, length, entry: newEntry)
                if node.key.bit(length) == 0 {
                    nodes[Int(created)].child0 = current
                } else {
                    nodes[Int(created)].child1 = current
                }
                setChild(of: parent, bit: parentBit, to: created)
                return (Int(newEntry), true)
            }
            // Diverge at `common`: a glue node with the old subtree and a new leaf.
            let glue = newNode(key.masked(common), common, entry: -1)
            let leaf = newNode(key, length, entry: newEntry)
            if key.bit(common) == 0 {
                nodes[Int(glue)].child0 = leaf
                nodes[Int(glue)].child1 = current
            } else {
                nodes[Int(glue)].child0 = current
                nodes[Int(glue)].child1 = leaf
            }
            setChild(of: parent, bit: parentBit, to: glue)
            return (Int(newEntry), true)
        }
        let leaf = newNode(key, length, entry: newEntry)
        setChild(of: parent, bit: parentBit, to: leaf)
        return (Int(newEntry), true)
    }

    /// The entry for exactly `key/length`.
    func find(_ key: Key, length: Int) -> Int? {
        var current = root
        while current >= 0 {
            let node = nodes[Int(current)]
            let nodeLength = Int(node.length)
            if nodeLength > length || key.masked(nodeLength) != node.key { return nil }
            if nodeLength == length { return node.entry >= 0 ? Int(node.entry) : nil }
            current = key.bit(nodeLength) == 0 ? node.child0 : node.child1
        }
        return nil
    }

    /// Removes the entry for `key/length`. The last entry is renumbered into the freed slot;
    /// returns `(removed, moved)` where `moved` is the old number of the renumbered entry
    /// (equal to `removed` when nothing moved). The caller mirrors this with a swap-remove.
    mutating func remove(_ key: Key, length: Int) -> (removed: Int, moved: Int)? {
        guard let entry = find(key, length: length) else { return nil }
        let last = entryNodes.count - 1
        nodes[Int(entryNodes[entry])].entry = -1
        if entry != last {
            let movedNode = entryNodes[last]
            nodes[Int(movedNode)].entry = Int32(truncatingIfNeeded: entry)
            entryNodes[entry] = movedNode
        }
        entryNodes.removeLast()
        return (entry, last)
    }

    /// The most specific entry containing `key/length` (use `length == bitWidth` for an address).
    @inline(__always)
    func longestMatch(_ key: Key, length: Int) -> Int? {
        var best: Int32 = -1
        var current = root
        while current >= 0 {
            let node = nodes[Int(current)]
            let nodeLength = Int(node.length)
            if nodeLength > length || key.masked(nodeLength) != node.key { break }
            if node.entry >= 0 { best = node.entry }
            if nodeLength == length { break }
            current = key.bit(nodeLength) == 0 ? node.child0 : node.child1
        }
        return best >= 0 ? Int(best) : nil
    }

    /// All entries containing `key/length`, least specific first.
    func covering(_ key: Key, length: Int) -> [Int] {
        var result: [Int] = []
        var current = root
        while current >= 0 {
            let node = nodes[Int(current)]
            let nodeLength = Int(node.length)
            if nodeLength > length || key.masked(nodeLength) != node.key { break }
            if node.entry >= 0 { result.append(Int(node.entry)) }
            if nodeLength == length { break }
            current = key.bit(nodeLength) == 0 ? node.child0 : node.child1
        }
        return result
    }

    /// All entries equal to or inside `key/length`, in ascending (network, length) order.
    func moreSpecifics(_ key: Key, length: Int) -> [Int] {
        var current = root
        while current >= 0 {
            let node = nodes[Int(current)]
            let nodeLength = Int(node.length)
            if nodeLength >= length {
                // The subtree is inside the query iff the node's key agrees on the query bits.
                if node.key.masked(length) != key { return [] }
                break
            }
            if key.masked(nodeLength) != node.key { return [] }
            current = key.bit(nodeLength) == 0 ? node.child0 : node.child1
        }
        guard current >= 0 else { return [] }
        return preorder(from: current)
    }

    /// All entries in ascending (network, length) order.
    func allEntries() -> [Int] {
        root >= 0 ? preorder(from: root) : []
    }

    /// Pre-order walk, 0-child before 1-child: ascending network, shorter first on ties.
    private func preorder(from start: Int32) -> [Int] {
        var result: [Int] = []
        var stack: [Int32] = [start]
        while let index = stack.popLast() {
            let node = nodes[Int(index)]
            if node.entry >= 0 { result.append(Int(node.entry)) }
            if node.child1 >= 0 { stack.append(node.child1) }
            if node.child0 >= 0 { stack.append(node.child0) }
        }
        return result
    }

    /// Bytes held by the node and entry arrays (their capacity, not just their count).
    var storageBytes: Int {
        nodes.capacity * MemoryLayout<Node>.stride + entryNodes.capacity * MemoryLayout<Int32>.stride
    }

    /// Reserves room for about `entries` more entries.
    mutating func reserveCapacity(_ entries: Int) {
        nodes.reserveCapacity(nodes.count + 2 * entries)
        entryNodes.reserveCapacity(entryNodes.count + entries)
    }
}
