import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation

/// Random addresses that fall in a few small clusters (plus one in 20 anywhere), so that random
/// prefixes made from them nest deeply: the inputs of the prefix-structure property tests.
package enum ClusteredAddresses {
    package static func next(_ family: AddressFamily, using rng: inout SplitMix64) -> IPAddress {
        switch family {
        case .ipv4:
            // A few /12 clusters plus the occasional anywhere address.
            let cluster = [UInt32(0x0A00_0000), 0xC000_0000, 0x6440_0000].randomElement(using: &rng)!
            let spread =
                Bool.random(using: &rng)
                ? UInt32.random(in: 0...0xF_FFFF, using: &rng) : UInt32.random(in: 0...0xFF, using: &rng)
            return .v4(
                IPv4Address(
                    Int.random(in: 0..<20, using: &rng) == 0
                        ? UInt32.random(in: 0...UInt32.max, using: &rng) : cluster | spread))
        case .ipv6:
            let high = UInt64(0x2001_0db8_0000_0000) | UInt64.random(in: 0...0xF, using: &rng) << 12
            let low =
                Bool.random(using: &rng)
                ? UInt64.random(in: 0...3, using: &rng) : UInt64.random(in: 0...UInt64.max, using: &rng)
            return .v6(
                IPv6Address(
                    high: Int.random(in: 0..<20, using: &rng) == 0
                        ? UInt64.random(in: 0...UInt64.max, using: &rng) : high, low: low))
        }
    }
}
