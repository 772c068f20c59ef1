import DXModel

/// A left-aligned bit string usable as a ``PatriciaIndex`` key: `UInt32` for IPv4, ``Bits128`` for IPv6.
protocol PatriciaKey: Hashable, Comparable, Sendable {
    static var bitWidth: Int { get }
    static var zeroKey: Self { get }
    /// All bits after the first `length` cleared.
    func masked(_ length: Int) -> Self
    /// Bit `index` from the most significant (0-based), as 0 or 1.
    func bit(_ index: Int) -> Int
    /// The number of equal leading bits.
    func commonPrefixLength(_ other: Self) -> Int
}

extension UInt32: PatriciaKey {
    static var zeroKey: UInt32 { 0 }

    @inline(__always)
    func masked(_ length: Int) -> UInt32 {
        length <= 0 ? 0 : self & (UInt32.max << UInt32(truncatingIfNeeded: 32 - Swift.min(length, 32)))
    }

    @inline(__always)
    func bit(_ index: Int) -> Int {
        Int(truncatingIfNeeded: (self &>> UInt32(truncatingIfNeeded: 31 - index)) & 1)
    }

    @inline(__always)
    func commonPrefixLength(_ other: UInt32) -> Int { (self ^ other).leadingZeroBitCount }
}

extension Bits128: PatriciaKey {
    static var bitWidth: Int { 128 }
    static var zeroKey: Bits128 { .zero }
}
