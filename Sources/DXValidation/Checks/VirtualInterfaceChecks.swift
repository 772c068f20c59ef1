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
            findings += duplicateFamilies(vif)
            for peer in vif.peers {
                findings += peerAddresses(vif, peer)
                findings += peerSession(vif, peer)
            }
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

    /// How a message names one peer: the VIF itself in the shorthand form, "the IPv6 peer of 'x'"
    /// for a `bgp_peers` item.
    private func owner(_ vif: VirtualInterface, _ peer: BGPPeer, prefix: String = "") -> String {
        vif.bgpPeersLocation == nil
            ? "\(prefix)'\(vif.name.value)'" : "the \(peer.family.displayName) peer of \(prefix)'\(vif.name.value)'"
    }

    /// Where a finding about a whole peer points: the VIF's name, or the `bgp_peers` item.
    private func anchor(_ vif: VirtualInterface, _ peer: BGPPeer) -> SourceLocation {
        vif.bgpPeersLocation == nil ? vif.name.location : peer.location
    }

    /// One peer per family (`dx-api-create-bgp-peer`: a VIF has at most one IPv4 and one IPv6 peer).
    private func duplicateFamilies(_ vif: VirtualInterface) -> [Finding] {
        var seen: Set<AddressFamily> = []
        var findings: [Finding] = []
        for peer in vif.peers where !seen.insert(peer.family).inserted {
            findings.append(
                Finding(
                    .bgpPeerFamilyDuplicate, at: peer.addressFamily.location,
                    "'\(vif.name.value)' has a second \(peer.family.displayName) BGP peer (expected at most one per address family)"
                ))
        }
        return findings
    }

    private func peerAddresses(_ vif: VirtualInterface, _ peer: BGPPeer) -> [Finding] {
        let family = peer.family
        guard let customer = peer.customerAddress, let amazon = peer.amazonAddress else {
            if family == .ipv4 && vif.isPublic {
                return [
                    Finding(
                        .peerAddressMissing, at: anchor(vif, peer),
                        "\(vif.bgpPeersLocation == nil ? "public virtual interface '\(vif.name.value)'" : owner(vif, peer, prefix: "public virtual interface ")) has no \(peer.customerAddress == nil ? "customer_address" : "amazon_address")"
                    )
                ]
            }
            if family == .ipv6 {
                return [
                    Finding(
                        .ipv6PeerAllocated, at: anchor(vif, peer),
                        "'\(vif.name.value)': AWS allocates the IPv6 /125 peer addresses")
                ]
            }
            return []
        }
        for side in [customer, amazon] where side.value.address.family != family {
            return [
                Finding(
                    .peerAddressFamily, at: side.location,
                    "'\(side.value)' is not an \(family.displayName) address, but \(owner(vif, peer)) has address_family \(family.rawValue)"
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
            for address in vif.peers.compactMap(\.customerAddress) {
                let prefix = address.value.prefix
                if let other = seen.longestMatch(prefix)
                    ?? seen.moreSpecifics(of: prefix).min(by: { $0.value < $1.value })
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
        }
        return findings
    }

    /// The MD5 key and BFD of one BGP session.
    private func peerSession(_ vif: VirtualInterface, _ peer: BGPPeer) -> [Finding] {
        var findings: [Finding] = []
        switch peer.bgpAuthKey?.value {
        case nil:
            findings.append(
                Finding(
                    .authKeyMissing, at: anchor(vif, peer),
                    "\(owner(vif, peer, prefix: "virtual interface ")) has no bgp_auth_key"))
        case .literal(let key)?:
            findings.append(
                Finding(
                    .authKeyLiteral, at: peer.bgpAuthKey!.location,
                    "\(owner(vif, peer, prefix: "virtual interface ")) has a literal BGP MD5 key (not shown)"))
            let length = DirectConnectRules.bgpAuthKeyLength
            if !length.contains(key.count) {
                findings.append(
                    Finding(
                        .authKeyLength, at: peer.bgpAuthKey!.location,
                        "the BGP MD5 key of \(owner(vif, peer)) has \(key.count) characters (expected \(length.lowerBound) to \(length.upperBound))"
                    ))
            }
        case .environment?:
            break
        }
        if !peer.bfd {
            findings.append(
                Finding(
                    .bfdNotEnabled, at: anchor(vif, peer),
                    "\(owner(vif, peer, prefix: "virtual interface ")) runs without BFD"))
        }
        return findings
    }

    private func session(_ vif: VirtualInterface) -> [Finding] {
        var findings: [Finding] = []
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
        }
        // The limit is per BGP session, so per family on a dual-stack VIF.
        let limit = DirectConnectRules.publicVIFMaximumPrefixes
        for family in AddressFamily.allCases {
            let onSession = vif.isDualStack ? vif.advertise.filter { $0.prefix.value.family == family } : vif.advertise
            guard onSession.count > limit else { continue }
            findings.append(
                Finding(
                    .tooManyPrefixes, at: onSession[limit].location,
                    "'\(vif.name.value)' advertises \(onSession.count)\(vif.isDualStack ? " \(family.displayName)" : "") prefixes (limit \(limit) per session)"
                ))
            if !vif.isDualStack { break }
        }
        return findings
    }
}
