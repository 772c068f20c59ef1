/// An exact number of IP addresses: a sum of prefix sizes (each 2^0…2^128), held as a 192-bit
/// unsigned integer so that adding up to 2^64 whole IPv6 spaces stays exact. Only what
/// ``AddressShare`` needs: addition, comparison, multiplication by a small factor.
public struct AddressCount: Hashable, Comparable, Sendable {
    /// Little-endian 64-bit words: `words.0` holds bits 0–63.
    private var words: (UInt64, UInt64, UInt64)

    public static let zero = AddressCount(words: (0, 0, 0))

    private init(words: (UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// A small count.
    public init(_ value: UInt64) {
        words = (value, 0, 0)
    }

    /// The number of addresses in `prefix`, 2^(host bits).
    public init(_ prefix: IPPrefix) {
        let bit = prefix.hostBitCount
        words = (0, 0, 0)
        switch bit {
        case 0..<64: words.0 = 1 << UInt64(bit)
        case 64..<128: words.1 = 1 << UInt64(bit - 64)
        default: words.2 = 1 << UInt64(bit - 128)
        }
    }

    public var isZero: Bool { self == .zero }

    /// The nearest `Double` (exact up to 2^53, and for every single prefix size).
    public var doubleValue: Double {
        Double(words.2) * 0x1p128 + Double(words.1) * 0x1p64 + Double(words.0)
    }

    /// The exact count in decimal digits, such as `340282366920938463463374607431768211456` for
    /// the whole IPv6 space; what JSON writes, since a Double is not exact above 2^53.
    public var decimalText: String {
        var rest = [words.2, words.1, words.0]
        var chunks: [UInt64] = []
        let base: UInt64 = 1_000_000_000_000_000_000
        repeat {
            var remainder: UInt64 = 0
            for index in rest.indices {
                let (quotient, r) = base.dividingFullWidth((high: remainder, low: rest[index]))
                rest[index] = quotient
                remainder = r
            }
            chunks.append(remainder)
        } while rest.contains { $0 != 0 }
        var text = String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 18 - digits.count) + digits
        }
        return text
    }

    public static func + (a: AddressCount, b: AddressCount) -> AddressCount {
        let (w0, c0) = a.words.0.addingReportingOverflow(b.words.0)
        let (s1, c1a) = a.words.1.addingReportingOverflow(b.words.1)
        let (w1, c1b) = s1.addingReportingOverflow(c0 ? 1 : 0)
        let (s2, c2a) = a.words.2.addingReportingOverflow(b.words.2)
        let (w2, c2b) = s2.addingReportingOverflow(c1a || c1b ? 1 : 0)
        precondition(!c2a && !c2b, "address count overflow")
        return AddressCount(words: (w0, w1, w2))
    }

    public static func += (a: inout AddressCount, b: AddressCount) { a = a + b }

    /// The count times a small factor; traps on overflow (counts here stay far below 2^180).
    public func multiplied(by factor: UInt64) -> AddressCount {
        let p0 = words.0.multipliedFullWidth(by: factor)
        let p1 = words.1.multipliedFullWidth(by: factor)
        let p2 = words.2.multipliedFullWidth(by: factor)
        let (w1, c1) = p1.low.addingReportingOverflow(p0.high)
        let (w2a, c2a) = p2.low.addingReportingOverflow(p1.high)
        let (w2, c2b) = w2a.addingReportingOverflow(c1 ? 1 : 0)
        precondition(p2.high == 0 && !c2a && !c2b, "address count overflow")
        return AddressCount(words: (p0.low, w1, w2))
    }

    public static func == (a: AddressCount, b: AddressCount) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    public static func < (a: AddressCount, b: AddressCount) -> Bool {
        (a.words.2, a.words.1, a.words.0) < (b.words.2, b.words.1, b.words.0)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}
