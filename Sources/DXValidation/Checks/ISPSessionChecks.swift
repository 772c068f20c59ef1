import DXCore
import DXInput
import DXModel

/// The addresses of an ISP session (`internet[].neighbor_address`, `local_address`): both or
/// neither, one family, two different addresses, none of them a Direct Connect peering address
/// (RFC 4271 §3, `rfc4271`). Whether they lie in AWS's ranges needs ip-ranges.json and is checked
/// by the router planner with the same rule.
struct ISPSessionChecks {
    var topology: Topology

    func run() -> [Finding] {
        var findings: [Finding] = []
        let peering = topology.virtualInterfaces.flatMap { _, vif in
            [vif.customerAddress?.value.prefix, vif.amazonAddress?.value.prefix].compactMap { $0 }
        }
        for uplink in topology.internet {
            let name = uplink.name.value
            switch (uplink.neighborAddress, uplink.localAddress) {
            case (nil, nil):
                continue
            case (let given?, nil), (nil, let given?):
                let missing = uplink.neighborAddress == nil ? "neighbor_address" : "local_address"
                findings.append(
                    Finding(
                        .ispSessionAddress, at: given.location,
                        "uplink '\(name)' has only one session address; '\(missing)' is missing"))
            case (let neighbor?, let local?):
                if neighbor.value.family != local.value.family {
                    findings.append(
                        Finding(
                            .ispSessionAddress, at: local.location,
                            "uplink '\(name)': neighbor_address \(neighbor.value) and local_address \(local.value) are of different families"
                        ))
                } else if neighbor.value == local.value {
                    findings.append(
                        Finding(
                            .ispSessionAddress, at: local.location,
                            "uplink '\(name)': neighbor_address and local_address are both \(local.value)"))
                }
                for address in [neighbor, local] {
                    if let subnet = peering.first(where: { $0.contains(address.value) }) {
                        findings.append(
                            Finding(
                                .ispSessionAddress, at: address.location,
                                "uplink '\(name)': \(address.value) is inside the Direct Connect peering subnet \(subnet)"
                            ))
                    }
                }
            }
        }
        return findings
    }
}
