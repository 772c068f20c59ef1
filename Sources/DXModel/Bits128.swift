/// A 128-bit unsigned value as two 64-bit halves, most significant bit first.
///
/// Addresses of both families are held left-aligned in one of these (an IPv4 address occupies the
/// top 32 bits of `hi`), so prefix arithmetic is shared. Internal helper; not `UInt128`, which is
/// not available on every Apple OS version.
@usableFromInline
package struct Bits128: Hashable, Comparable, Sendable {
    @usableFromInline package var hi: UInt64
    @usableFromInline package var lo: UInt64

    package static let zero = Bits128(hi: 0, lo: 0)
    package static let allOnes = Bits128(hi: .max, lo: .max)

    @inlinable
    package init(hi: UInt64, lo: UInt64) {
        self.hi = hi
        self.lo = lo
    }

    /// The top `length` bits set (`length` clamped to 0...128).
    package static func mask(_ length: Int) -> Bits128 {
        if length <= 0 { return .zero }
        if length >= 128 { return .allOnes }
        if length <= 64 { return Bits128(hi: UInt64.max << UInt64(64 - length), lo: 0) }
        return Bits128(hi: .max, lo: UInt64.max << UInt64(128 - length))
    }

    package static func & (a: Bits128, b: Bits128) -> Bits128 { Bits128(hi: a.hi & b.hi, lo: a.lo & b.lo) }
    package static func | (a: Bits128, b: Bits128) -> Bits128 { Bits128(hi: a.hi | b.hi, lo: a.lo | b.lo) }
    package static func ^ (a: Bits128, b: Bits128) -> Bits128 { Bits128(hi: a.hi ^ b.hi, lo: a.lo ^ b.lo) }
    package static prefix func ~ (a: Bits128) -> Bits128 { Bits128(hi: ~a.hi, lo: ~a.lo) }

    @usableFromInline
    package static func < (a: Bits128, b: Bits128) -> Bool { a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo }

    /// The value with all bits after the first `length` cleared.
    @inline(__always)
    package func masked(_ length: Int) -> Bits128 { self & Bits128.mask(length) }

    /// Bit `index` counted from the most significant (0...127), as 0 or 1.
    @inline(__always)
    package func bit(_ index: Int) -> Int {
        if index < 64 { return Int(truncatingIfNeeded: (hi >> UInt64(63 - index)) & 1) }
        return Int(truncatingIfNeeded: (lo >> UInt64(127 - (index & 127))) & 1)
    }

    /// The value with bit `index` (0 = most significant) set.
    package func settingBit(_ index: Int) -> Bits128 {
        if index < 0 || index > 127 { return self }
        if index < 64 { return Bits128(hi: hi | (1 << UInt64(63 - index)), lo: lo) }
        return Bits128(hi: hi, lo: lo | (1 << UInt64(127 - index)))
    }

    /// The number of leading bits equal in both values (0...128).
    @inline(__always)
    package func commonPrefixLength(_ other: Bits128) -> Int {
        let x = hi ^ other.hi
        if x != 0 { return x.leadingZeroBitCount }
        return 64 + (lo ^ other.lo).leadingZeroBitCount
    }
}
