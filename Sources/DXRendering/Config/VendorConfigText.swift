import DXCore
import DXInput
import DXModel
import DXPlanning

/// Spelling shared by the Cisco IOS-XE, IOS-XR, Juniper Junos and Arista EOS renderers: the
/// comment header, communities, IPv4 masks and MD5 keys (Docs/Vendors.md).
enum VendorConfigText {
    /// The description of the loopback the iBGP sessions run between (`router_id`, and
    /// `loopback_v6` when the router is in the IPv6 mesh).
    static func loopbackDescription(_ plan: RouterPlan) -> String {
        let names = plan.meshLoopbacks.v6 == nil ? "router_id" : "router_id and loopback_v6"
        return "\(names) loopback (the iBGP sessions run between these)"
    }

    /// `asn:local` in decimal: every vendor here accepts it, including for well-known values.
    static func community(_ community: BGPCommunity) -> String {
        "\(community.asn):\(community.local)"
    }

    /// The dotted-decimal mask of an IPv4 prefix length (IOS `ip address A M`).
    static func netmask(_ length: Int) -> String {
        IPPrefix(containing: IPAddress("0.0.0.0")!, length: length)?.netmask.description ?? "255.255.255.255"
    }

    /// True when `upTo` widens the entry (a `le`/`upto` longer than the prefix itself).
    static func range(_ entry: PrefixListEntry) -> Int? {
        guard let upTo = entry.upTo, upTo > entry.prefix.length else { return nil }
        return upTo
    }

    /// The MD5 key to write and, when it is not the real key, the warning to put above it.
    /// A real key is a ``SafeBGPKey``, which only the key check builds, so it is written as is.
    static func key(_ key: ResolvedAuthKey, virtualInterface: String) -> (text: String, warning: String?) {
        switch key {
        case .placeholder(let name):
            let safeName = ConfigText.comment(name)
            return (
                key.text.unicodeScalars.allSatisfy(BGPAuthKey.isAllowed) ? key.text : "DXPLAN-SET-KEY",
                "WARNING: placeholder BGP MD5 key for \(virtualInterface): set environment variable \(safeName) to the key AWS shows for the VIF and render again"
            )
        case .unsafe:
            return (
                key.text,
                "WARNING: the BGP MD5 key for \(virtualInterface) cannot be written safely and was replaced by a placeholder"
            )
        case .value(let safe):
            return (safe.text, nil)
        }
    }

    /// The warning written where a session has no key at all (AWS always enables MD5).
    static func missingKeyWarning(_ virtualInterface: String) -> String {
        "WARNING: no BGP MD5 key for \(virtualInterface) in the topology; AWS enables MD5 on every VIF, so the session will not come up without it"
    }

    /// The `NOT GENERATED` block every rendering starts with: what the design needs on this router
    /// and the file does not contain, one wrapped, escaped item per need (empty when nothing is missing).
    static func notGenerated(_ plan: RouterPlan, marker: String) -> [String] {
        guard !plan.notGenerated.isEmpty else { return [] }
        var lines = ["\(marker) NOT GENERATED: the design needs these on this router; this file does not contain them."]
        for item in plan.notGenerated {
            for (index, line) in wrap(ConfigText.comment(item, limit: nil), width: 96).enumerated() {
                lines.append("\(marker) \(index == 0 ? "-" : " ") \(line)")
            }
        }
        return lines + [marker]
    }

    /// Words of `text` in lines of at most `width` characters (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The comment lines opening every rendering: topology, router, VIFs, provenance, findings.
    /// Free text goes through `ConfigText.comment`; names and addresses through `identifier`.
    static func header(_ plan: RouterPlan, marker: String) -> [String] {
        var lines = [
            "dxplan \(plan.vendor.displayName) configuration for router \(identifier(plan.routerName)) (AS \(plan.localASN))",
            "topology: \(ConfigText.comment(plan.topologyName))",
        ]
        for interface in plan.interfaces {
            let lag = interface.lag.map { ", LAG \(identifier($0))" } ?? ""
            lines.append(
                "VIF \(identifier(interface.virtualInterface)): VLAN \(interface.vlan) on \(identifier(interface.parent)) (connection \(identifier(interface.connection))\(lag))"
            )
        }
        for neighbor in plan.neighbors {
            let peer = neighbor.peerAddress.map { "\($0)" } ?? "peer address unknown"
            lines.append(
                "BGP \(neighbor.family.displayName) session \(identifier(neighbor.virtualInterface)): AS \(neighbor.remoteASN) at \(peer)"
            )
        }
        lines.append("provenance: \(ConfigText.comment(plan.provenance))")
        for finding in plan.findings {
            lines.append(
                "\(finding.severity.rawValue.uppercased()) [\(finding.id)]: \(ConfigText.comment(finding.message))")
        }
        lines.append("Review before applying. AWS routes carry NO_EXPORT and must never reach an ISP.")
        return lines.map { "\(marker) \($0)" }
    }

    /// A name or interface for a comment: the decoder already allows only `A-Z a-z 0-9 . _ - / :`;
    /// anything else (a hand-built plan) becomes `_`.
    static func identifier(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let allowed =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._-/:".unicodeScalars.contains(scalar))
            result.unicodeScalars.append(allowed ? scalar : "_")
        }
        return result
    }

    /// One comment line.
    static func comment(_ text: String, marker: String, indent: String = "") -> String {
        "\(indent)\(marker) \(ConfigText.comment(text))"
    }

    /// The interface carrying `neighbor`'s session has BFD when any session on it asks for it.
    static func bfd(on interface: InterfacePlan, in plan: RouterPlan) -> BFDTimers? {
        plan.neighbors.first { $0.interface.virtualInterface == interface.virtualInterface && $0.bfd != nil }?.bfd
    }

    /// The description of a LAG member port.
    static func memberDescription(_ lag: LAGPlan, _ member: LAGPlan.Member) -> String {
        ConfigText.comment("AWS DX LAG \(lag.name) member, connection \(member.connection)")
    }

    /// Whether any VIF on a member of `lag` uses MACsec.
    static func macsec(_ lag: LAGPlan, in plan: RouterPlan) -> Bool {
        plan.interfaces.contains { $0.parent == lag.interface && $0.macsec }
    }

    /// The distinct parent ports in first-use order.
    static func parents(_ plan: RouterPlan) -> [String] {
        var seen: Set<String> = []
        return plan.interfaces.map(\.parent).filter { seen.insert($0).inserted }
    }

    /// The MACsec reminder for a parent port, as comment lines (`dx-macsec`); keys are out of scope.
    static func macsecNote(_ parent: String, vendorHint: String, marker: String, indent: String = "") -> [String] {
        [
            "MACsec on \(identifier(parent)): cipher GCM-AES-XPN-256 (required at 100 and 400 Gbps, 10 Gbps also allows GCM-AES-256)",
            "static CAK mode, 64-hex-digit CAK and CKN from the AWS console. Keys are not generated here.",
            vendorHint,
        ].map { comment($0, marker: marker, indent: indent) }
    }

    /// The plan's policies in writing order with their heading comments: per AWS session import
    /// then export, the ISP export (saying where to attach it for uplinks without a session),
    /// then the ISP imports; `attach` spells the line that binds the ISP export to a session.
    static func headedPolicies(
        _ plan: RouterPlan, attach: (String) -> String
    ) -> [(heading: [String], policy: RoutePolicy)] {
        var result: [(heading: [String], policy: RoutePolicy)] = []
        for neighbor in plan.neighbors {
            result.append(
                (
                    [
                        "Inbound from AWS on \(neighbor.virtualInterface): local-preference \(neighbor.importPolicy.localPreference)"
                    ],
                    neighbor.importPolicy.routePolicy
                ))
            result.append(
                (
                    ["Outbound to AWS on \(neighbor.virtualInterface): only the advertised prefixes"],
                    neighbor.exportPolicy.routePolicy
                ))
        }
        let export = plan.internetExport
        let unwritten = export.unwrittenUplinks(plan.ispNeighbors)
        var heading = ["To the ISPs: only the customer prefixes, never AWS routes (they carry NO_EXPORT)"]
        if !unwritten.isEmpty || export.uplinks.isEmpty {
            let uplinks = unwritten.isEmpty ? "your ISPs" : unwritten.joined(separator: ", ")
            heading += [
                "attach to every session with \(uplinks) (not described by the topology):",
                "  " + attach(export.name),
            ]
        }
        result.append((heading, export.routePolicy))
        for neighbor in plan.ispNeighbors {
            result.append(
                (
                    ["Inbound from \(neighbor.uplink): local-preference \(neighbor.localPreference)"],
                    neighbor.importPolicy
                ))
        }
        return result
    }
}
