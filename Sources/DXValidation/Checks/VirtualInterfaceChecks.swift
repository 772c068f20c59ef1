import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// VLAN, peer address, BGP session and inbound policy rules (`dx-virtual-interfaces`, `dx-bgp-settings`).
struct VirtualInterfaceChecks {
    var resolved: ResolvedTopology
    var topology: Topology { resolved.topology }

    func run() -> [Finding] {
        var findings: [Finding] = []
        for group in resolved.linkGroups {
            var vlans: [Int: VirtualInterface] = [:]
            for vif in group.virtualInterfaces {
                let vlan = vif.vlan
                let range = DirectConnectRules.vlanRange
                if !range.contains(vlan.value) {
                    findings.append(
                        Finding(
                            .vlanOutOfRange, at: vlan.location,
                            "VLAN \(vlan.value) of '\(vif.name.value)' is out of range (expected \(range.lowerBound) to \(range.upperBound))"
                        ))
                } else if let first = vlans[vlan.value] {
                    findings.append(
                        Finding(
                            .vlanDuplicate, at: vlan.location,
                            "VLAN \(vlan.value) of '\(vif.name.value)' is already used by '\(first.name.value)' on \(group.description)"
                        ))
                } else {
                    vlans[vlan.value] = vif
                }
            }
        }
        for (_, vif) in topology.virtualInterfaces {
            findings += peerAddresses(vif)
            findings += session(vif)
        }
        findings += overlappingPeers()
        if !topology.virtualInterfaces.contains(where: { $0.virtualInterface.isPublic }) {
            findings.append(
                Finding(
                    .privateVIFInConnect, at: topology.connect.location,
                    "no public virtual interface: Amazon Connect in \(topology.connect.region.value) cannot be reached over Direct Connect"
                ))
        }
        return findings
    }

    private func peerAddresses(_ vif: VirtualInterface) -> [Finding] {
        let family = vif.addressFamily.value
        guard let customer = vif.customerAddress, let amazon = vif.amazonAddress else {
            if family == .ipv4 && vif.isPublic {
                return [
                    Finding(
                        .peerAddressMissing, at: vif.name.location,
                        "public virtual interface '\(vif.name.value)' has no \(vif.customerAddress == nil ? "customer_address" : "amazon_address")"
                    )
                ]
            }
            if family == .ipv6 {
                return [
                    Finding(
                        .ipv6PeerAllocated, at: vif.name.location,
                        "'\(vif.name.value)': AWS allocates the IPv6 /125 peer addresses")
                ]
            }
            return []
        }
        for side in [customer, amazon] where side.value.address.family != family {
            return [
                Finding(
                    .peerAddressFamily, at: side.location,
                    "'\(side.value)' is not an \(family.rawValue == "ipv4" ? "IPv4" : "IPv6") address, but '\(vif.name.value)' has address_family \(family.rawValue)"
                )
            ]
        }
        let allowed =
            family == .ipv4
            ? DirectConnectRules.ipv4PeeringPrefixLengths : [DirectConnectRules.ipv6PeeringPrefixLength]
        for side in [customer, amazon] where !allowed.contains(side.value.prefixLength) {
            return [
                Finding(
                    .peerAddressMask, at: side.location,
                    "'\(side.value)' has a /\(side.value.prefixLength) mask (expected \(allowed.map { "/\($0)" }.joined(separator: " or ")))"
                )
            ]
        }
        var findings: [Finding] = []
        if customer.value.prefix != amazon.value.prefix {
            findings.append(
                Finding(
                    .peerAddressSubnet, at: amazon.location,
                    "amazon_address \(amazon.value) is not in the same subnet as customer_address \(customer.value) (\(customer.value.prefix))"
                ))
        } else if customer.value.address == amazon.value.address {
            findings.append(
                Finding(
                    .peerAddressEqual, at: amazon.location,
                    "amazon_address equals customer_address \(customer.value.address)"))
        }
        if family == .ipv4 && customer.value.prefixLength == 30 {
            for side in [customer, amazon]
            where side.value.address == side.value.prefix.firstAddress
                || side.value.address == side.value.prefix.lastAddress
            {
                findings.append(
                    Finding(
                        .peerAddressNotHost, at: side.location,
                        "\(side.value.address) is the \(side.value.address == side.value.prefix.firstAddress ? "network" : "broadcast") address of \(side.value.prefix)"
                    ))
            }
        }
        if vif.isPublic && family == .ipv4,
            let block = SpecialPurposePrefixes.nonPublicBlock(containing: customer.value.prefix)
        {
            findings.append(
                Finding(
                    .peerAddressNotPublic, at: customer.location,
                    "peer subnet \(customer.value.prefix) of public VIF '\(vif.name.value)' is in \(block.prefix) (\(block.name))"
                ))
        }
        return findings
    }

    /// Each peer subnet against the earlier ones, through a trie (the stored subnets never
    /// overlap, so a clash is one covering subnet or the earliest one inside): n log n, not n².
    private func overlappingPeers() -> [Finding] {
        var findings: [Finding] = []
        var seen = PrefixTrie<Int>()
        var owners: [String] = []
        for (_, vif) in topology.virtualInterfaces {
            guard let address = vif.customerAddress else { continue }
            let prefix = address.value.prefix
            if let other = seen.longestMatch(prefix) ?? seen.moreSpecifics(of: prefix).min(by: { $0.value < $1.value })
            {
                findings.append(
                    Finding(
                        .peerAddressOverlap, at: address.location,
                        "peer subnet \(prefix) of '\(vif.name.value)' overlaps \(other.prefix) of '\(owners[other.value])'"
                    ))
            } else {
                seen.insert(prefix, owners.count)
                owners.append(vif.name.value)
            }
        }
        return findings
    }

    private func session(_ vif: VirtualInterface) -> [Finding] {
        var findings: [Finding] = []
        switch vif.bgpAuthKey?.value {
        case nil:
            findings.append(
                Finding(
                    .authKeyMissing, at: vif.name.location, "virtual interface '\(vif.name.value)' has no bgp_auth_key")
            )
        case .literal(let key)?:
            findings.append(
                Finding(
                    .authKeyLiteral, at: vif.bgpAuthKey!.location,
                    "virtual interface '\(vif.name.value)' has a literal BGP MD5 key (not shown)"))
            let length = DirectConnectRules.bgpAuthKeyLength
            if !length.contains(key.count) {
                findings.append(
                    Finding(
                        .authKeyLength, at: vif.bgpAuthKey!.location,
                        "the BGP MD5 key of '\(vif.name.value)' has \(key.count) characters (expected \(length.lowerBound) to \(length.upperBound))"
                    ))
            }
        case .environment?:
            break
        }
        if !vif.bfd {
            findings.append(
                Finding(.bfdNotEnabled, at: vif.name.location, "virtual interface '\(vif.name.value)' runs without BFD")
            )
        }
        guard vif.isPublic else {
            if !vif.advertise.isEmpty {
                findings.append(
                    Finding(
                        .advertiseOnPrivate, at: vif.advertise[0].location,
                        "\(vif.type.value.rawValue) VIF '\(vif.name.value)' lists prefixes; the simulation ignores them"
                    ))
            }
            return findings
        }
        if vif.accept.value.isEmpty {
            findings.append(
                Finding(.acceptNothing, at: vif.accept.location, "'\(vif.name.value)' accepts no AWS route"))
        }
        if let services = vif.acceptServices, services.value.isEmpty {
            findings.append(
                Finding(
                    .acceptServicesEmpty, at: services.location,
                    "accept_services of '\(vif.name.value)' lists no service; '\(vif.name.value)' accepts no AWS route")
            )
        } else if let services = vif.acceptServices {
            for service in services.value where !AWSServiceCode.known.contains(service) {
                var message = "unknown ip-ranges service '\(service)' in accept_services of '\(vif.name.value)'"
                if let suggestion = Suggestion.closest(to: service, among: AWSServiceCode.known) {
                    message += " (did you mean '\(suggestion)'?)"
                }
                findings.append(Finding(.acceptServiceUnknown, at: services.location, message))
            }
            let missing = [AWSServiceCode.amazonConnect, AWSServiceCode.ec2].filter {
                !services.value.contains($0) && !services.value.contains(AWSServiceCode.amazon)
            }
            if !missing.isEmpty {
                findings.append(
                    Finding(
                        .acceptServicesWithoutConnect, at: services.location,
                        "accept_services of '\(vif.name.value)' leaves out \(missing.joined(separator: " and "))"))
            }
        }
        if vif.advertise.isEmpty {
            findings.append(
                Finding(
                    .publicVIFNoPrefixes, at: vif.name.location,
                    "public virtual interface '\(vif.name.value)' advertises no prefix"))
        } else if vif.advertise.count > DirectConnectRules.publicVIFMaximumPrefixes {
            findings.append(
                Finding(
                    .tooManyPrefixes, at: vif.advertise[DirectConnectRules.publicVIFMaximumPrefixes].location,
                    "'\(vif.name.value)' advertises \(vif.advertise.count) prefixes (limit \(DirectConnectRules.publicVIFMaximumPrefixes) per session)"
                ))
        }
        return findings
    }
}
