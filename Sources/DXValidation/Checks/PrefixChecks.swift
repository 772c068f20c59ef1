import DXAWS
import DXCore
import DXInput
import DXModel

/// Customer prefixes and what is advertised to AWS (`dx-routing-policies`, `dx-virtual-interfaces`).
struct PrefixChecks {
    var resolved: ResolvedTopology
    var topology: Topology { resolved.topology }

    func run() -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<IPPrefix> = []
        for prefix in topology.customer.prefixes {
            if !seen.insert(prefix.value).inserted {
                findings.append(
                    Finding(.prefixDuplicate, at: prefix.location, "customer prefix \(prefix.value) is listed twice"))
            }
            findings += publicness(prefix, owner: "customer prefix")
        }
        let owned = topology.customer.prefixes.map(\.value)
        let isPrivateASN = topology.customer.asn.value.isPrivate
        var homeRegionsByPrefix: [IPPrefix: [(String, Advertisement)]] = [:]
        for (connection, vif) in topology.virtualInterfaces where vif.isPublic {
            var advertised: Set<IPPrefix> = []
            for advertisement in vif.advertise {
                let prefix = advertisement.prefix
                if !advertised.insert(prefix.value).inserted {
                    findings.append(
                        Finding(
                            .prefixDuplicate, at: prefix.location,
                            "\(prefix.value) is advertised twice on '\(vif.name.value)'"))
                }
                // Each prefix goes on the session of its family (`dx-api-create-bgp-peer`).
                if !vif.carries(prefix.value.family) {
                    findings.append(
                        Finding(
                            .prefixFamilyMismatch, at: prefix.location,
                            "\(prefix.value) is advertised on \(vif.addressFamily.value.rawValue) VIF '\(vif.name.value)'"
                        ))
                }
                if !owned.contains(where: { $0.contains(prefix.value) }) {
                    findings.append(
                        Finding(
                            .prefixNotOwned, at: prefix.location,
                            "\(prefix.value) advertised on '\(vif.name.value)' is not inside customer.prefixes"))
                }
                findings += length(prefix, owner: "advertised prefix")
                if SpecialPurposePrefixes.nonPublicBlock(containing: prefix.value) != nil {
                    findings += publicness(prefix, owner: "advertised prefix")
                }
                findings += communities(advertisement, vif: vif)
                if advertisement.asPathPrepend.value > 0 && isPrivateASN {
                    findings.append(
                        Finding(
                            .prependPrivateASN, at: advertisement.asPathPrepend.location,
                            "prepending \(advertisement.asPathPrepend.value)× with private AS \(topology.customer.asn.value) on '\(vif.name.value)' has no effect outside AWS"
                        ))
                }
                if let home = resolved.site(of: connection).homeRegion {
                    homeRegionsByPrefix[prefix.value, default: []].append((home, advertisement))
                }
            }
        }
        for prefix in homeRegionsByPrefix.keys.sorted() {
            let entries = homeRegionsByPrefix[prefix]!
            let regions = Set(entries.map(\.0)).sorted()
            if regions.count > 1 {
                findings.append(
                    Finding(
                        .overlappingAcrossRegions, at: entries.last!.1.prefix.location,
                        "\(prefix) is advertised at locations homed in \(regions.joined(separator: " and "))"))
            }
        }
        return findings
    }

    private func publicness(_ prefix: Located<IPPrefix>, owner: String) -> [Finding] {
        guard let block = SpecialPurposePrefixes.block(containing: prefix.value) else {
            return length(prefix, owner: owner)
        }
        if block.isDocumentation {
            return [
                Finding(
                    .documentationPrefix, at: prefix.location,
                    "\(owner) \(prefix.value) is in \(block.prefix) (\(block.name))")
            ]
        }
        return [
            Finding(.prefixBogon, at: prefix.location, "\(owner) \(prefix.value) is in \(block.prefix) (\(block.name))")
        ]
    }

    /// IPv4 /1–/32, IPv6 /1–/64 (AWS DX "Virtual interfaces": public VIF prefix lengths).
    private func length(_ prefix: Located<IPPrefix>, owner: String) -> [Finding] {
        let maximum = prefix.value.family == .ipv4 ? 32 : 64
        guard !(1...maximum).contains(prefix.value.length) else { return [] }
        return [
            Finding(
                .prefixLength, at: prefix.location,
                "\(owner) \(prefix.value) has length /\(prefix.value.length) (expected /1 to /\(maximum))")
        ]
    }

    private func communities(_ advertisement: Advertisement, vif: VirtualInterface) -> [Finding] {
        var findings: [Finding] = []
        let scopeCommunities = Set(AdvertiseScope.allCases.map(\.community))
        var scopes = advertisement.scope.map { [$0.value.community] } ?? []
        for community in advertisement.communities {
            if scopeCommunities.contains(community.value) {
                scopes.append(community.value)
            } else if community.value.isAWSReserved {
                findings.append(
                    Finding(
                        .reservedCommunity, at: community.location,
                        "\(community.value) on \(advertisement.prefix.value) is reserved by AWS and will be stripped"))
            } else {
                findings.append(
                    Finding(
                        .communityStripped, at: community.location,
                        "AWS strips \(community.value) from \(advertisement.prefix.value)"))
            }
        }
        if Set(scopes).count > 1 {
            let list = Set(scopes).sorted().map(\.description).joined(separator: ", ")
            findings.append(
                Finding(
                    .scopeConflict, at: advertisement.prefix.location,
                    "\(advertisement.prefix.value) on '\(vif.name.value)' carries conflicting scope communities \(list)"
                ))
        }
        return findings
    }
}
