/// Allocation-free parsing of CIDR text straight from bytes, for bulk inputs such as full
/// Internet routing tables (about a million prefixes).
///
/// Accepts exactly what ``IPPrefix/parse(_:)`` accepts: a strict dotted quad (RFC 791, no leading
/// zeros) or RFC 4291 §2.2 IPv6 text (one `::`, 1-4 hex digits a group, a dotted-quad tail), then
/// `/` and a decimal length without leading zeros (RFC 4632 §3.1). It gives no reason on failure;
/// callers re-parse the text with ``IPPrefix/parse(_:)`` for the message.
extension IPPrefix {
    /// The prefix `bytes` spell, or nil if they are malformed or have host bits set (the same
    /// verdict as ``init(_:)`` on the same text).
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> IPPrefix? {
        guard let (family, bits, length) = parseParts(bytes: bytes), bits.masked(length) == bits else { return nil }
        return IPPrefix(family: family, bits: bits, length: length)
    }

    /// The family, left-aligned address bits and length of `address/length`, host bits kept;
    /// nil if the text is not valid CIDR syntax.
    package static func parseParts(bytes: UnsafeBufferPointer<UInt8>) -> (AddressFamily, Bits128, Int)? {
        let count = bytes.count
        var slash = -1
        var hasColon = false
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") {
                if slash >= 0 { return nil }
                slash = index
            } else if byte == UInt8(ascii: ":"), slash < 0 {
                hasColon = true
            }
            index += 1
        }
        guard slash > 0, slash < count - 1 else { return nil }
        // The length: decimal, no leading zero.
        if count - slash - 1 > 1, bytes[slash + 1] == UInt8(ascii: "0") { return nil }
        var length = 0
        index = slash + 1
        while index < count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            if length <= 1000 { length = length * 10 + Int(digit) }
            index += 1
        }
        if hasColon {
            guard length <= 128, let bits = parseIPv6(bytes, 0, slash) else { return nil }
            return (.ipv6, bits, length)
        }
        guard length <= 32, let value = parseIPv4(bytes, 0, slash) else { return nil }
        return (.ipv4, Bits128(hi: UInt64(value) << 32, lo: 0), length)
    }

    /// A strict dotted quad in `bytes[start..<end]`.
    @inline(__always)
    private static func parseIPv4(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32? {
        var value: UInt32 = 0
        var octets = 0
        var index = start
        while true {
            // One octet: 1-3 digits, no leading zero, at most 255.
            var octet: UInt32 = 0
            let octetStart = index
            while index < end {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                octet = octet * 10 + UInt32(digit)
                index += 1
                if index - octetStart > 3 { return nil }
            }
            let digits = index - octetStart
            if digits == 0 || octet > 255 || (digits > 1 && bytes[octetStart] == UInt8(ascii: "0")) { return nil }
            value = value << 8 | octet
            octets += 1
            if index == end { break }
            guard bytes[index] == UInt8(ascii: "."), octets < 4 else { return nil }
            index += 1
        }
        return octets == 4 ? value : nil
    }

    /// RFC 4291 §2.2 text in `bytes[start..<end]`, as left-aligned bits.
    private static func parseIPv6(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bits128? {
        // Groups before `::` go to the head, after it to the tail; the gap is filled with zeros.
        var head: (UInt64, UInt64) = (0, 0)  // as a 128-bit value built 16 bits at a time
        var headCount = 0
        var tail: (UInt64, UInt64) = (0, 0)
        var tailCount = 0
        var seenDoubleColon = false
        var index = start
        if end - start >= 2, bytes[start] == UInt8(ascii: ":"), bytes[start + 1] == UInt8(ascii: ":") {
            seenDoubleColon = true
            index = start + 2
            if index < end, bytes[index] == UInt8(ascii: ":") { return nil }
        }
        @inline(__always) func push(_ group: UInt64, into value: inout (UInt64, UInt64)) {
            value = (value.0 << 16 | value.1 >> 48, value.1 << 16 | group)
        }
        while index < end {
            // One part: hex group, or a dotted-quad tail ending the text.
            let partStart = index
            var group: UInt64 = 0
            var sawDot = false
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":") { break }
                if byte == UInt8(ascii: ".") { sawDot = true }
                index += 1
            }
            let partEnd = index
            if partEnd == partStart { return nil }  // empty group
            if sawDot {
                // An IPv4 tail must be the last part, and may not precede '::'.
                guard partEnd == end, let value = parseIPv4(bytes, partStart, partEnd) else { return nil }
                if seenDoubleColon {
                    push(UInt64(value >> 16), into: &tail)
                    push(UInt64(value & 0xFFFF), into: &tail)
                    tailCount += 2
                } else {
                    push(UInt64(value >> 16), into: &head)
                    push(UInt64(value & 0xFFFF), into: &head)
                    headCount += 2
                }
            } else {
                guard partEnd - partStart <= 4 else { return nil }
                for position in partStart..<partEnd {
                    let byte = bytes[position]
                    let digit: UInt8
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                    default: return nil
                    }
                    group = group << 4 | UInt64(digit)
                }
                if seenDoubleColon {
                    push(group, into: &tail)
                    tailCount += 1
                } else {
                    push(group, into: &head)
                    headCount += 1
                }
            }
            if headCount + tailCount > 8 { return nil }
            if index == end { break }
            // At a ':' — a single one separates groups, '::' marks the gap (once), ':::' is bad.
            index += 1
            if index < end, bytes[index] == UInt8(ascii: ":") {
                if seenDoubleColon { return nil }
                seenDoubleColon = true
                index += 1
                if index < end, bytes[index] == UInt8(ascii: ":") { return nil }
            } else if index == end {
                return nil  // a single trailing ':'
            }
        }
        if seenDoubleColon {
            guard headCount + tailCount <= 7 else { return nil }
        } else {
            guard headCount == 8 else { return nil }
        }
        // head occupies the top groups, tail the bottom ones.
        let headShift = 8 - headCount  // groups to shift head left by
        var value = head
        for _ in 0..<headShift { push(0, into: &value) }
        return Bits128(hi: value.0 | tail.0, lo: value.1 | tail.1)
    }
}
