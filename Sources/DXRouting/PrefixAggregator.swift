import DXModel

/// Prefix-list arithmetic: aggregation (RFC 4632 §3.3 route aggregation) and subtraction.
public enum PrefixAggregator {
    /// The smallest list of prefixes covering exactly the union of `prefixes`: covered prefixes
    /// are dropped and sibling pairs merged repeatedly. IPv4 results come first, then IPv6, each
    /// ascending; the output equals Python's `ipaddress.collapse_addresses` applied per family.
    public static func collapse(_ prefixes: [IPPrefix]) -> [IPPrefix] {
        var v4: [UInt64] = []
        var v6: [(bits: Bits128, length: Int)] = []
        v4.reserveCapacity(prefixes.count)
        for prefix in prefixes {
            switch prefix.network {
            case .v4(let address):
                // Network in the high 32 bits, length below: sorts by (network, length).
                v4.append(UInt64(address.value) << 8 | UInt64(prefix.length))
            case .v6(let address):
                v6.append((Bits128(hi: address.high, lo: address.low), prefix.length))
            }
        }
        v4.sort()
        v6.sort { $0.bits != $1.bits ? $0.bits < $1.bits : $0.length < $1.length }

        var result: [IPPrefix] = []
        var stack4: [(bits: UInt32, length: Int)] = []
        var end4: UInt64 = 0  // one past the last address covered so far
        for packed in v4 {
            let bits = UInt32(truncatingIfNeeded: packed >> 8)
            let length = Int(packed & 0xFF)
            if UInt64(bits) < end4 { continue }  // inside an earlier prefix
            end4 = UInt64(bits) + (UInt64(1) << UInt64(32 - length))
            stack4.append((bits, length))
            while stack4.count >= 2 {
                let top = stack4[stack4.count - 1]
                let below = stack4[stack4.count - 2]
                guard top.length == below.length, top.length > 0,
                    below.bits ^ top.bits == UInt32(1) << UInt32(32 - top.length),
                    below.bits < top.bits
                else { break }
                stack4.removeLast(2)
                stack4.append((below.bits, top.length - 1))
            }
        }
        result.reserveCapacity(stack4.count)
        for item in stack4 {
            result.append(
                IPPrefix(family: .ipv4, bits: Bits128(hi: UInt64(item.bits) << 32, lo: 0), length: item.length))
        }
        result.append(
            contentsOf: collapseSorted(v6, width: 128).map { IPPrefix(family: .ipv6, bits: $0.bits, length: $0.length) }
        )
        return result
    }

    /// Collapses left-aligned (bits, length) pairs sorted by (bits, length).
    private static func collapseSorted(_ sorted: [(bits: Bits128, length: Int)], width: Int) -> [(
        bits: Bits128, length: Int
    )] {
        var stack: [(bits: Bits128, length: Int)] = []
        var last: Bits128? = nil  // last address covered so far
        for item in sorted {
            if let last, item.bits <= last { continue }
            let hostMask = ~Bits128.mask(item.length) & Bits128.mask(width)
            let itemLast = item.bits | hostMask
            last = itemLast
            stack.append(item)
            while stack.count >= 2 {
                let top = stack[stack.count - 1]
                let below = stack[stack.count - 2]
                guard top.length == below.length, top.length > 0,
                    below.bits.settingBit(top.length - 1) == top.bits,
                    below.bits.bit(top.length - 1) == 0
                else { break }
                stack.removeLast(2)
                stack.append((below.bits, top.length - 1))
            }
            if itemLast == Bits128.mask(width) { break }  // covered up to the last address
        }
        return stack
    }

    /// The smallest list of prefixes covering `base` minus every address in `holes`, ascending.
    /// Holes of the other family or outside `base` are ignored; a hole containing `base`
    /// leaves nothing.
    public static func subtract(_ base: IPPrefix, _ holes: [IPPrefix]) -> [IPPrefix] {
        var inside: [IPPrefix] = []
        for hole in holes where hole.overlaps(base) {
            if hole.contains(base) { return [] }
            inside.append(hole)
        }
        if inside.isEmpty { return [base] }
        let collapsed = collapse(inside)  // sorted, disjoint, all inside base
        var result: [IPPrefix] = []
        split(base, collapsed[...], into: &result)
        return result
    }

    /// Appends the parts of `prefix` not covered by `holes` (sorted, disjoint, inside `prefix`).
    private static func split(_ prefix: IPPrefix, _ holes: ArraySlice<IPPrefix>, into result: inout [IPPrefix]) {
        if holes.isEmpty {
            result.append(prefix)
            return
        }
        if holes.count == 1, holes.first == prefix { return }
        guard let (lower, upper) = prefix.subnets() else { return }
        let boundary = holes.firstIndex { !lower.contains($0) } ?? holes.endIndex
        split(lower, holes[holes.startIndex..<boundary], into: &result)
        split(upper, holes[boundary...], into: &result)
    }
}
