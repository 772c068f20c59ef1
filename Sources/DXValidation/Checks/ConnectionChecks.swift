import DXAWS
import DXCore
import DXInput
import DXModel

/// Port, optics, auto-negotiation, MACsec, LAG and quota rules (`dx-welcome`, `dx-quotas`).
struct ConnectionChecks {
    var resolved: ResolvedTopology
    var topology: Topology { resolved.topology }

    func run() -> [Finding] {
        var findings = resolved.siteFindings
        for (connection, site) in zip(topology.connections, resolved.sites) {
            findings += port(connection, site: site)
            findings += macsec(connection, site: site)
            if connection.virtualInterfaces.isEmpty && connection.lag == nil {
                findings.append(
                    Finding(
                        .connectionWithoutVIF, at: connection.name.location,
                        "connection '\(connection.name.value)' has no virtual interface"))
            }
            if connection.type.value == .hosted {
                if connection.virtualInterfaces.count > DirectConnectRules.maximumVIFsPerHostedConnection {
                    findings.append(
                        Finding(
                            .hostedVIFCount,
                            at: connection.virtualInterfaces[DirectConnectRules.maximumVIFsPerHostedConnection]
                                .location,
                            "hosted connection '\(connection.name.value)' has \(connection.virtualInterfaces.count) virtual interfaces; a hosted connection supports exactly one"
                        ))
                }
                if connection.path.value == .crossConnect {
                    findings.append(
                        Finding(
                            .hostedPath, at: connection.path.location,
                            "hosted connection '\(connection.name.value)' is marked `via: cross-connect`"))
                }
            }
        }
        findings += lags()
        findings += virtualInterfaceQuotas()
        return findings
    }

    private func port(_ connection: Connection, site: ConnectionSite) -> [Finding] {
        var findings: [Finding] = []
        let speed = connection.speed
        let offered = DirectConnectRules.speeds(for: connection.type.value)
        if !offered.contains(speed.value) {
            findings.append(
                Finding(
                    .speedInvalid, at: speed.location,
                    "unknown port speed '\(speed.value)' for a \(connection.type.value.rawValue) connection (expected \(TopologyDecoder.alternatives(offered.map(\.description))))"
                ))
            return findings
        }
        if connection.type.value == .hosted,
            DirectConnectRules.hostedSpeedsNeedingHundredGigabitPorts.contains(speed.value)
        {
            findings.append(
                Finding(
                    .hosted25G, at: speed.location,
                    "\(speed.value) hosted connection '\(connection.name.value)' needs a location with 100 Gbps ports"))
        }
        if connection.type.value == .dedicated, let listed = site.location?.portSpeeds, !listed.contains(speed.value) {
            findings.append(
                Finding(
                    .speedNotAtLocation, at: speed.location,
                    "\(site.location!.name) (\(site.homeRegion ?? "")) lists \(listed.map(\.description).joined(separator: ", ")), not \(speed.value)"
                ))
        }
        if let transceiver = connection.transceiver {
            if connection.type.value == .hosted {
                findings.append(
                    Finding(
                        .transceiverHosted, at: transceiver.location,
                        "transceiver \(MessageValue.quoted(transceiver.value)) of hosted connection '\(connection.name.value)' is the partner's concern"
                    ))
            } else if let expected = DirectConnectRules.transceiver(for: speed.value),
                transceiver.value.uppercased() != expected.uppercased()
            {
                findings.append(
                    Finding(
                        .transceiverMismatch, at: transceiver.location,
                        "transceiver \(MessageValue.quoted(transceiver.value)) does not match \(speed.value) (expected \(expected), single-mode fiber)"
                    ))
            }
        }
        if connection.type.value == .dedicated {
            let above1G = speed.value.megabitsPerSecond > 1000
            switch (connection.autonegotiation?.value, above1G) {
            case (true?, true):
                findings.append(
                    Finding(
                        .autonegotiationHighSpeed, at: connection.autonegotiation!.location,
                        "auto-negotiation is on for \(speed.value) connection '\(connection.name.value)'"))
            case (nil, false):
                findings.append(
                    Finding(
                        .autonegotiationAdvice, at: connection.name.location,
                        "1Gbps connection '\(connection.name.value)': auto-negotiation must match the AWS endpoint"))
            default:
                break
            }
        }
        return findings
    }

    private func macsec(_ connection: Connection, site: ConnectionSite) -> [Finding] {
        guard let macsec = connection.macsec, macsec.value else { return [] }
        if connection.type.value == .hosted {
            return [
                Finding(.macsecHosted, at: macsec.location, "MACsec on hosted connection '\(connection.name.value)'")
            ]
        }
        let speed = connection.speed.value
        guard DirectConnectRules.macsecSpeeds.contains(speed) else {
            let expected = TopologyDecoder.alternatives(DirectConnectRules.macsecSpeeds.map(\.description))
            return [
                Finding(
                    .macsecSpeed, at: macsec.location,
                    "MACsec on \(speed) connection '\(connection.name.value)' (expected \(expected))")
            ]
        }
        if let listed = site.location?.macsecSpeeds, !listed.contains(speed) {
            let offered =
                listed.isEmpty ? "no MACsec" : "MACsec at \(listed.map(\.description).joined(separator: ", "))"
            return [
                Finding(
                    .macsecNotAtLocation, at: macsec.location,
                    "\(site.location!.name) (\(site.homeRegion ?? "")) offers \(offered), not at \(speed)")
            ]
        }
        let suites = DirectConnectRules.macsecCipherSuites(for: speed)
        let cipher = suites.count == 1 ? "\(suites[0]) (required at \(speed))" : TopologyDecoder.alternatives(suites)
        return [
            Finding(
                .macsecCipher, at: macsec.location,
                "MACsec on '\(connection.name.value)': use \(cipher) with a static CAK")
        ]
    }

    private func lags() -> [Finding] {
        var findings: [Finding] = []
        var groups: [String: [Connection]] = [:]
        for connection in topology.connections {
            if let lag = connection.lag { groups[lag.value, default: []].append(connection) }
        }
        for name in groups.keys.sorted() {
            let members = groups[name]!
            let first = members[0]
            for member in members where member.type.value == .hosted {
                findings.append(
                    Finding(
                        .lagHosted, at: member.lag!.location,
                        "hosted connection '\(member.name.value)' cannot join LAG '\(name)'"))
            }
            for member in members.dropFirst() {
                if member.speed.value != first.speed.value {
                    findings.append(
                        Finding(
                            .lagSpeedMismatch, at: member.speed.location,
                            "LAG '\(name)': '\(member.name.value)' is \(member.speed.value) but '\(first.name.value)' is \(first.speed.value)"
                        ))
                }
                if resolved.site(of: member) != resolved.site(of: first) {
                    findings.append(
                        Finding(
                            .lagLocationMismatch, at: member.lag!.location,
                            "LAG '\(name)': '\(member.name.value)' is not at the same location and Region as '\(first.name.value)'"
                        ))
                }
                if member.router.value != first.router.value {
                    findings.append(
                        Finding(
                            .lagRouterMismatch, at: member.router.location,
                            "LAG '\(name)': '\(member.name.value)' ends on router '\(member.router.value)' but '\(first.name.value)' on '\(first.router.value)'"
                        ))
                }
                if (member.macsec?.value ?? false) != (first.macsec?.value ?? false) {
                    findings.append(
                        Finding(
                            .lagMacsecMismatch, at: member.lag!.location,
                            "LAG '\(name)': MACsec differs between '\(member.name.value)' and '\(first.name.value)'"))
                }
            }
            let limit = DirectConnectRules.maximumLAGMembers(for: first.speed.value) ?? 4
            if members.count > limit {
                findings.append(
                    Finding(
                        .lagTooManyMembers, at: members[limit].lag!.location,
                        "LAG '\(name)' has \(members.count) members; at \(first.speed.value) the limit is \(limit)"))
            }
            let withVIFs = members.filter { !$0.virtualInterfaces.isEmpty }
            if withVIFs.count > 1 {
                findings.append(
                    Finding(
                        .lagVirtualInterfaces, at: withVIFs[1].virtualInterfaces[0].location,
                        "LAG '\(name)': virtual interfaces are listed under both '\(withVIFs[0].name.value)' and '\(withVIFs[1].name.value)'; they all live on the LAG"
                    ))
            }
        }
        return findings
    }

    /// 50 public/private + 4 transit VIFs per dedicated connection or LAG, and 51 in all (AWS DX
    /// quotas, https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html).
    private func virtualInterfaceQuotas() -> [Finding] {
        var findings: [Finding] = []
        let publicOrPrivate = DirectConnectRules.maximumPublicOrPrivateVIFsPerDedicatedConnection
        let transitLimit = DirectConnectRules.maximumTransitVIFsPerDedicatedConnection
        for group in resolved.linkGroups where group.connections.allSatisfy({ $0.type.value == .dedicated }) {
            let vifs = group.virtualInterfaces
            let transit = vifs.filter { $0.type.value == .transit }.count
            let other = vifs.count - transit
            let total =
                group.lagName == nil
                ? DirectConnectRules.maximumVIFsPerDedicatedConnection
                : DirectConnectRules.maximumVirtualInterfacesPerLAG
            if other > publicOrPrivate || transit > transitLimit || vifs.count > total {
                let message =
                    "\(group.description) has \(other) public/private and \(transit) transit virtual interfaces"
                    + " (limits: \(publicOrPrivate) and \(transitLimit), \(total) in all)"
                findings.append(Finding(.vifCountLimit, at: vifs.last!.location, message))
            }
        }
        return findings
    }
}
