import DXCore
import DXInput
import DXModel

/// The routers' `loopback_v6` addresses, between which the IPv6 iBGP mesh runs: a global unicast
/// address (RFC 4291 §2.4, `rfc4291`; unique-local `fc00::/7`, RFC 4193, is accepted), one per
/// router, outside every Direct Connect peering subnet (RFC 4271 §3, `rfc4271`). Whether one lies
/// in AWS's ranges needs ip-ranges.json and is checked by the router planner with the same rule.
struct LoopbackChecks {
    var topology: Topology

    /// The special-purpose block that makes `address` unusable as a loopback, if any.
    static func unusableBlock(_ address: IPv6Address) -> SpecialPurposePrefixes.Block? {
        guard let host = IPPrefix(containing: .v6(address), length: 128),
            let block = SpecialPurposePrefixes.nonPublicBlock(containing: host)
        else { return nil }
        return block.prefix == IPPrefix("fc00::/7") ? nil : block
    }

    func run() -> [Finding] {
        var findings: [Finding] = []
        let peering = topology.virtualInterfaces.flatMap { _, vif in
            vif.peers.flatMap { [$0.customerAddress?.value.prefix, $0.amazonAddress?.value.prefix] }.compactMap { $0 }
        }
        var firstUser: [IPv6Address: String] = [:]
        for router in topology.routers {
            guard let loopback = router.loopbackV6 else { continue }
            let name = router.name.value
            if let block = Self.unusableBlock(loopback.value) {
                findings.append(
                    Finding(
                        .loopbackV6Address, at: loopback.location,
                        "router '\(name)': loopback_v6 \(loopback.value) is not a global unicast address (\(block.prefix), \(block.name))"
                    ))
            }
            if let other = firstUser[loopback.value] {
                findings.append(
                    Finding(
                        .loopbackV6Address, at: loopback.location,
                        "router '\(name)': loopback_v6 \(loopback.value) is also the loopback_v6 of router '\(other)'"))
            } else {
                firstUser[loopback.value] = name
            }
            if let subnet = peering.first(where: { $0.contains(.v6(loopback.value)) }) {
                findings.append(
                    Finding(
                        .loopbackV6Address, at: loopback.location,
                        "router '\(name)': loopback_v6 \(loopback.value) is inside the Direct Connect peering subnet \(subnet)"
                    ))
            }
        }
        return findings
    }
}
