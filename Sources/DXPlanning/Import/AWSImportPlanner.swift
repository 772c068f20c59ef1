import DXAWS
import DXCore
import DXInput
import DXModel

/// Maps what the AWS Direct Connect API lists (describe-connections, describe-lags,
/// describe-virtual-interfaces: dx-api-describe-connections, dx-api-describe-lags,
/// dx-api-describe-virtual-interfaces) to an ``ImportedTopology``.
///
/// - connections, LAGs (their members get `lag:`), VIFs, VLANs, addresses and the ASN as given;
/// - a hosted connection is one with a partner-allocated VLAN (dx-api-allocate-hosted-connection);
/// - a VIF's `bgpPeers` give one peer (the VIF-level keys) or one per family (`bgp_peers`);
/// - a public VIF's `routeFilterPrefixes` (dx-api-route-filter-prefix) become its `advertise` and,
///   together, `customer.prefixes`;
/// - location codes become catalog locations (dx-locations, ``DirectConnectLocationCatalog``);
/// - keys become `env:DX_KEY_<VIF>` references: only whether AWS has a key is read;
/// - a VIF on a LAG is listed under the LAG's first member (dxplan-topology-format);
/// - resources AWS reports as deleted, deleting or rejected are left out, and listed.
///
/// Everything is sorted by name, so the same input always gives the same topology.
package enum AWSImportPlanner {
    /// States of resources that no longer exist (or never will).
    static let goneStates: Set<String> = ["deleted", "deleting", "rejected"]

    package static func plan(
        connections connectionRecords: [DXConnectionRecord], lags lagRecords: [DXLagRecord],
        virtualInterfaces vifRecords: [DXVirtualInterfaceRecord], connectRegion: String?
    ) -> ImportedTopology {
        var skipped: [String] = []
        var names = TopologyNames()

        // Connections: describe-connections first, then LAG members it did not list.
        var byID: [String: DXConnectionRecord] = [:]
        for record in connectionRecords where byID[record.id] == nil { byID[record.id] = record }
        let lags = lagRecords.sorted { $0.id < $1.id }
        for lag in lags {
            for var member in lag.members where byID[member.id] == nil {
                member.lagID = member.lagID ?? lag.id
                member.location = member.location ?? lag.location
                member.region = member.region ?? lag.region
                member.bandwidth = member.bandwidth ?? lag.connectionsBandwidth
                byID[member.id] = member
            }
        }
        var live: [DXConnectionRecord] = []
        for record in byID.values.sorted(by: { $0.id < $1.id }) {
            if let state = record.state, goneStates.contains(state) {
                skipped.append("connection \(record.id) \(quoted(record.name)) (\(state))")
            } else {
                live.append(record)
            }
        }
        let lagsByID = Dictionary(lags.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lagNames: [String: String] = [:]
        let lagIDs = Set(live.compactMap(\.lagID)).sorted()
        for id in lagIDs {
            if let state = lagsByID[id]?.state, goneStates.contains(state) {
                skipped.append("LAG \(id) \(quoted(lagsByID[id]?.name)) (\(state)); its members are listed without it")
                continue
            }
            lagNames[id] = names.unique(lagsByID[id]?.name, id: id)
        }
        var connectionNames: [String: String] = [:]
        for record in live { connectionNames[record.id] = names.unique(record.name, id: record.id) }

        // Placeholder routers: one per location (LAG members share their LAG's location).
        let sites = Set(live.map { $0.location ?? "unknown" }).sorted()
        var routerNames: [String: String] = [:]
        for site in sites { routerNames[site] = names.unique("edge-" + site.lowercased(), id: "edge-router") }

        // VIFs, attached to a connection, or to the first member of their LAG.
        var attachment: [String: String] = [:]
        for id in lagNames.keys {
            let members = live.filter { $0.lagID == id }.map { connectionNames[$0.id]! }.sorted()
            if let first = members.first { attachment[id] = first }
        }
        for record in live { attachment[record.id] = connectionNames[record.id] }
        var vifsByConnection: [String: [ImportedVirtualInterface]] = [:]
        var liveVIFs: [DXVirtualInterfaceRecord] = []
        for record in vifRecords.sorted(by: { $0.id < $1.id }) {
            if let state = record.state, goneStates.contains(state) {
                skipped.append("virtual interface \(record.id) \(quoted(record.name)) (\(state))")
                continue
            }
            guard let connectionID = record.connectionID, let owner = attachment[connectionID] else {
                skipped.append(
                    "virtual interface \(record.id) \(quoted(record.name)): its connection \(record.connectionID ?? "(none)") is not in the connections or LAGs given"
                )
                continue
            }
            liveVIFs.append(record)
            let name = names.unique(record.name, id: record.id)
            let hostedVLAN = live.first { $0.id == connectionID }.flatMap { $0.isHosted ? $0.vlan : nil }
            vifsByConnection[owner, default: []].append(virtualInterface(record, name: name, hostedVLAN: hostedVLAN))
        }

        let connections = live.map { record in
            let name = connectionNames[record.id]!
            let site = record.location ?? "unknown"
            var notes: [String] = []
            var vifs = (vifsByConnection[name] ?? []).sorted { $0.name < $1.name }
            if let lagID = record.lagID, let lag = lagNames[lagID], vifs.isEmpty, attachment[lagID] != name {
                notes.append("the VIFs of LAG \(lag) are listed under \(attachment[lagID]!)")
            }
            vifs = vifs.sorted { $0.name < $1.name }
            let matches = record.location.map { DirectConnectLocationCatalog.matches($0) } ?? []
            if record.bandwidth == nil { notes.append("TODO(import): AWS gave no bandwidth; set the port speed") }
            return ImportedConnection(
                name: name, awsID: record.id, awsName: record.name, awsState: record.state,
                type: record.isHosted ? "hosted" : "dedicated",
                provider: printable(
                    record.isHosted ? (record.partnerName ?? record.providerName) : record.providerName),
                location: matches.first?.name ?? record.location, locationCode: record.location,
                locationKnown: !matches.isEmpty, region: record.region, speed: record.bandwidth,
                router: routerNames[site]!, lag: record.lagID.flatMap { lagNames[$0] }, virtualInterfaces: vifs,
                notes: notes)
        }.sorted { $0.name < $1.name }

        let routers = sites.map { ImportedRouter(name: routerNames[$0]!, site: $0) }.sorted { $0.name < $1.name }
        let (asn, others) = customerASN(liveVIFs)
        let prefixes = Set(connections.flatMap { $0.virtualInterfaces.flatMap(\.advertise) }).sorted()
        let region = connectRegion ?? mostCommon(live.compactMap(\.region)) ?? "us-east-1"
        return ImportedTopology(
            asn: asn, otherASNs: others, prefixes: prefixes, connectRegion: region,
            connectRegionGiven: connectRegion != nil, routers: routers, connections: connections,
            skipped: skipped)
    }

    /// One VIF: its peers (at most one per family), key variables and advertised prefixes.
    static func virtualInterface(_ record: DXVirtualInterfaceRecord, name: String, hostedVLAN: Int?)
        -> ImportedVirtualInterface
    {
        var notes: [String] = []
        var chosen: [DXBGPPeerRecord] = []
        let peers = record.activePeers.sorted {
            ($0.effectiveFamily, $0.id ?? "") < ($1.effectiveFamily, $1.id ?? "")
        }
        for peer in peers {
            if chosen.contains(where: { $0.effectiveFamily == peer.effectiveFamily }) {
                notes.append(
                    "a second \(peer.effectiveFamily.displayName) BGP peer \(peer.id ?? "") is left out (a topology VIF has at most one per family)"
                )
            } else {
                chosen.append(peer)
            }
        }
        let base = "DX_KEY_" + environmentName(name)
        let imported = chosen.map { peer in
            let variable = chosen.count > 1 ? base + "_" + peer.effectiveFamily.rawValue.uppercased() : base
            return ImportedBGPPeer(
                family: peer.effectiveFamily, customerAddress: peer.customerAddress,
                amazonAddress: peer.amazonAddress, keyVariable: peer.hasAuthKey ? variable : nil)
        }
        if imported.contains(where: { $0.keyVariable == nil }) {
            notes.append("TODO(import): AWS listed no BGP key for a peer of this VIF; add bgp_auth_key: env:\(base)")
        }
        var advertise: [IPPrefix] = []
        switch record.type {
        case "public":
            advertise = Set(record.routeFilterPrefixes).sorted()
        default:
            let target = record.directConnectGatewayID.map { " to Direct Connect gateway \($0)" } ?? ""
            notes.append(
                "\(record.type) VIF\(target): dxplan checks its VLAN, addresses and quotas; routes to VPCs are not simulated"
            )
        }
        if let hostedVLAN, hostedVLAN != record.vlan {
            notes.append("the hosted connection's VLAN is \(hostedVLAN), the VIF's \(record.vlan)")
        }
        return ImportedVirtualInterface(
            name: name, awsID: record.id, awsName: record.name, awsState: record.state, type: record.type,
            vlan: record.vlan, peers: imported, advertise: advertise, notes: notes)
    }

    /// The ASN most VIFs use (public VIFs first; ties: the lowest), and the others.
    static func customerASN(_ vifs: [DXVirtualInterfaceRecord]) -> (ASN?, [ASN]) {
        let publicASNs = vifs.filter { $0.type == "public" }.compactMap(\.asn)
        let asns = publicASNs.isEmpty ? vifs.compactMap(\.asn) : publicASNs
        var counts: [ASN: Int] = [:]
        for asn in asns { counts[asn, default: 0] += 1 }
        let chosen = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.first
        let others = Set(vifs.compactMap(\.asn)).subtracting(chosen.map { [$0] } ?? []).sorted()
        return (chosen, others)
    }

    /// The most frequent value (ties: the first in sorted order).
    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.first
    }

    /// `NAME` of `DX_KEY_NAME`: upper-case letters, digits and `_`.
    static func environmentName(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.uppercased().unicodeScalars.map { $0.isASCIIAlphanumeric ? $0 : "_" }))
    }

    /// Text without control, line-separator or bidirectional formatting characters (the
    /// topology's `text` values refuse them); nil when nothing is left.
    static func printable(_ text: String?) -> String? {
        guard let text else { return nil }
        let kept = text.unicodeScalars.filter {
            !($0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" || $0.isBidiControl)
        }
        let result = String(String.UnicodeScalarView(kept)).trimmingSpaces
        return result.isEmpty ? nil : result
    }

    /// An AWS name for a note: quoted and escaped, `"(no name)"` when absent.
    static func quoted(_ text: String?) -> String {
        text.map { "\"\(MessageValue.shown($0))\"" } ?? "(no name)"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
