import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// Turns a topology and its simulation into one `RouterPlan` per router (issue #5).
///
/// Inbound: keep the scopes in `accept` (7224:8100 / 7224:8200 / untagged), optionally only the
/// prefixes of `accept_services`, set `local_preference`. Outbound: only `advertise` prefixes with
/// their scope community, extra communities and prepend. ISPs get the customer prefixes only.
/// Sources: `dx-routing-policies`, `dx-virtual-interfaces`, `dx-bgp-settings` (Docs/Sources.md).
public struct RouterPlanner {
    public var input: SimulationInput
    public var simulation: SimulationResult
    /// Where `env:NAME` keys are read from.
    public var environment: [String: String]
    /// `dxplan config --interface OLD=NEW`: connection interface names replaced for this rendering
    /// (a topology written for one vendor rendered for another); each result is checked like a
    /// written name (`interface-name-vendor`).
    public var interfaceNames: [String: String] = [:]

    public init(input: SimulationInput, simulation: SimulationResult, environment: [String: String]) {
        self.input = input
        self.simulation = simulation
        self.environment = environment
    }

    /// Plans for every router (in file order), or only `routerName`; `vendor` overrides the topology's.
    public func plans(router routerName: String? = nil, vendor: Vendor? = nil) -> [RouterPlan] {
        input.topology.routers.filter { routerName == nil || $0.name.value == routerName }.map {
            plan(for: $0, vendor: vendor ?? $0.vendor.value)
        }
    }

    func plan(for router: Router, vendor: Vendor) -> RouterPlan {
        let topology = input.topology
        var findings: [Finding] = []
        var interfaces: [InterfacePlan] = []
        var neighbors: [NeighborPlan] = []
        var lagIndexes: [String: Int] = [:]
        let connections = topology.connections.filter { $0.router.value == router.name.value }
        for (index, connection) in connections.enumerated() {
            let port = connection.interface.map { interfaceNames[$0.value] ?? $0.value }
            if let written = connection.interface, let port,
                var finding = VendorFindings.interfaceName(
                    port, vendor: vendor, connection: connection.name.value, at: written.location)
            {
                if port != written.value {
                    finding.message += " (mapped from '\(written.value)' by --interface)"
                }
                findings.append(finding)
            }
            var parent = port ?? vendor.defaultPort(speed: connection.speed.value, index: index)
            if let lag = connection.lag?.value {
                if lagIndexes[lag] == nil { lagIndexes[lag] = lagIndexes.count }
                parent = vendor.lagInterface(index: lagIndexes[lag]!)
            }
            for vif in connection.virtualInterfaces {
                let interface = InterfacePlan(
                    parent: parent, vlan: vif.vlan.value, virtualInterface: vif.name.value,
                    connection: connection.name.value,
                    lag: connection.lag?.value, address: vif.customerAddress?.value,
                    macsec: connection.macsec?.value ?? false,
                    description: "AWS DX \(vif.type.value.rawValue) VIF \(vif.name.value) on \(connection.name.value)")
                let name = vendor.subinterface(parent, vlan: vif.vlan.value)
                if let limit = vendor.maximumInterfaceNameLength, name.count > limit {
                    findings.append(
                        Finding(
                            .interfaceNameTooLong, at: connection.interface?.location ?? connection.name.location,
                            "\(vendor.displayName) interface name '\(name)' has \(name.count) characters (limit \(limit))"
                        ))
                }
                interfaces.append(interface)
                if vif.isPublic {
                    neighbors.append(
                        neighbor(vif, interface: interface, vendor: vendor, router: router, findings: &findings))
                }
            }
        }
        let originated = Array(Set(neighbors.flatMap { $0.exportPolicy.entries.map(\.prefix) })).sorted()
        let uplinks = topology.internet.filter { $0.router.value == router.name.value }.map(\.name.value)
        return RouterPlan(
            topologyName: topology.name.value, routerName: router.name.value, vendor: vendor,
            routerID: router.routerID?.value, localASN: topology.customer.asn.value,
            provenance: input.ranges.provenance,
            interfaces: interfaces, neighbors: neighbors, originated: originated,
            internetExport: InternetExportPlan(
                name: "TO-ISP", prefixListName: "CUSTOMER-PREFIXES",
                prefixes: topology.customer.prefixes.map(\.value).sorted(), uplinks: uplinks),
            findings: findings)
    }

    func neighbor(
        _ vif: VirtualInterface, interface: InterfacePlan, vendor: Vendor, router: Router, findings: inout [Finding]
    ) -> NeighborPlan {
        let name = vif.name.value
        let family = vif.addressFamily.value
        if vif.amazonAddress == nil && family == .ipv6 {
            findings.append(
                Finding(.ipv6PeerUnknown, at: vif.name.location, "'\(name)' has no IPv6 peer addresses yet"))
        }
        let learned = simulation.interfaces.first { $0.name == name }
        var prefixFilter: [PrefixListEntry]?
        if let services = vif.acceptServices?.value {
            let wanted = input.aws.prefixes.filter {
                $0.prefix.family == family && $0.services.contains(where: services.contains)
            }.map(\.prefix)
            prefixFilter = PrefixListPlanner.entries(wanted: wanted, universe: input.aws.index)
        }
        let accept = vif.accept.value
        let importPolicy = ImportPolicyPlan(
            name: "DX-IN-\(name)", acceptRegion: accept.contains(.region), acceptContinent: accept.contains(.continent),
            acceptUntagged: accept.contains(.global), prefixFilter: prefixFilter,
            prefixFilterName: "DX-SERVICES-\(name)",
            localPreference: vif.localPreference.value)
        let entries = vif.advertise.map { advertisement in
            var communities = advertisement.scope.map { [$0.value.community] } ?? []
            for extra in advertisement.communities.map(\.value) where !communities.contains(extra) {
                communities.append(extra)
            }
            return ExportPolicyPlan.Entry(
                prefix: advertisement.prefix.value, communities: communities, prepend: advertisement.asPathPrepend.value
            )
        }
        return NeighborPlan(
            virtualInterface: name,
            description: "AWS Direct Connect \(name) (AS \(DirectConnectRules.publicVIFAmazonASN))", family: family,
            peerAddress: vif.amazonAddress?.value.address, localAddress: vif.customerAddress?.value,
            interface: interface,
            remoteASN: DirectConnectRules.publicVIFAmazonASN,
            authKey: authKey(vif, vendor: vendor, router: router, findings: &findings),
            bfd: vif.bfd ? .aws : nil,
            maximumPrefixes: vif.maxPrefixes?.value ?? learned?.recommendedMaxPrefixes ?? 1000,
            importPolicy: importPolicy, exportPolicy: ExportPolicyPlan(name: "DX-OUT-\(name)", entries: entries))
    }

    /// The key checked for the vendor it is rendered for (``SafeBGPKey/check(_:for:)``). A literal
    /// key unsafe for the router's own vendor is reported by `validate` (`VendorChecks`), so it is
    /// reported here only when rendering for another vendor; a literal key of the wrong length is
    /// `bgp-auth-key-length`.
    func authKey(_ vif: VirtualInterface, vendor: Vendor, router: Router, findings: inout [Finding])
        -> ResolvedAuthKey?
    {
        guard let key = vif.bgpAuthKey else { return nil }
        switch key.value {
        case .literal(let value):
            if let safe = SafeBGPKey.check(value, for: vendor) { return .value(safe) }
            if vendor != router.vendor.value, DirectConnectRules.bgpAuthKeyLength.contains(value.count),
                let finding = VendorFindings.unsafeKey(
                    value, source: "the literal BGP key", virtualInterface: vif.name.value, vendor: vendor,
                    at: key.location)
            {
                findings.append(finding)
            }
            return .unsafe
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                findings.append(
                    Finding(
                        .authKeyUnset, at: key.location,
                        "environment variable \(variable) for the BGP key of '\(vif.name.value)' is not set; the config has the placeholder DXPLAN-SET-\(variable)"
                    ))
                return .placeholder(variable)
            }
            if let safe = SafeBGPKey.check(value, for: vendor) { return .value(safe) }
            if let finding = VendorFindings.unsafeKey(
                value, source: "the BGP key in \(variable)", virtualInterface: vif.name.value, vendor: vendor,
                at: key.location)
            {
                findings.append(finding)
            }
            return .placeholder(variable)
        }
    }
}
