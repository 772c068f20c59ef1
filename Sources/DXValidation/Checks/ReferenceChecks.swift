import DXAWS
import DXCore
import DXInput
import DXModel

/// Names are unique, references resolve, ASNs are usable (Docs/TopologyFormat.md; `dx-routing-policies`).
struct ReferenceChecks {
    var topology: Topology
    var fileExists: (String) -> Bool

    func run() -> [Finding] {
        var findings = uniqueNames()
        let routerNames = Set(topology.routers.map(\.name.value))
        let references =
            topology.connections.map { ($0.router, "connection '\($0.name.value)'") }
            + topology.internet.map { ($0.router, "uplink '\($0.name.value)'") }
        for (router, owner) in references where !routerNames.contains(router.value) {
            var message = "\(owner) names router \(MessageValue.quoted(router.value)), which is not under 'routers'"
            if let suggestion = Suggestion.closest(to: router.value, among: routerNames.sorted()) {
                message += " (did you mean '\(suggestion)'?)"
            }
            findings.append(Finding(.unknownRouter, at: router.location, message))
        }
        let usedRouters = Set(references.map(\.0.value))
        for router in topology.routers where !usedRouters.contains(router.name.value) {
            findings.append(
                Finding(
                    .routerUnused, at: router.name.location,
                    "router '\(router.name.value)' terminates no connection and no uplink"))
        }
        findings += asnChecks()
        for uplink in topology.internet {
            if let table = uplink.table, !fileExists(TopologyPaths.resolve(table.value, relativeTo: topology.file)) {
                findings.append(
                    Finding(
                        .internetTableMissing, at: table.location,
                        "cannot read table file \(MessageValue.quoted(table.value)) of uplink '\(uplink.name.value)'"))
            }
        }
        if let list = topology.assumptions.awsAlsoAdvertises,
            !fileExists(TopologyPaths.resolve(list.value, relativeTo: topology.file))
        {
            findings.append(
                Finding(
                    .awsAlsoAdvertisesMissing, at: list.location,
                    "cannot read the 'aws_also_advertises' file \(MessageValue.quoted(list.value))"))
        }
        return findings
    }

    private func uniqueNames() -> [Finding] {
        var findings: [Finding] = []
        var seen: [String: (kind: String, location: SourceLocation)] = [:]
        func claim(_ name: Located<String>, kind: String) {
            if let first = seen[name.value] {
                findings.append(
                    Finding(
                        .duplicateName, at: name.location,
                        "\(kind) name '\(name.value)' is already used by the \(first.kind) at line \(first.location.line)"
                    ))
            } else {
                seen[name.value] = (kind, name.location)
            }
        }
        for router in topology.routers { claim(router.name, kind: "router") }
        for connection in topology.connections { claim(connection.name, kind: "connection") }
        for (_, vif) in topology.virtualInterfaces { claim(vif.name, kind: "virtual interface") }
        for uplink in topology.internet { claim(uplink.name, kind: "uplink") }
        // A LAG name may repeat across its members but must not collide with another object.
        var lagNames: Set<String> = []
        for connection in topology.connections {
            if let lag = connection.lag, lagNames.insert(lag.value).inserted { claim(lag, kind: "LAG") }
        }
        return findings
    }

    private func asnChecks() -> [Finding] {
        var findings: [Finding] = []
        let asn = topology.customer.asn
        let amazon = DirectConnectRules.publicVIFAmazonASN
        if asn.value == amazon || asn.value.value == 16509 {
            findings.append(
                Finding(
                    .customerASNReserved, at: asn.location,
                    "customer ASN \(asn.value) is Amazon's; the AWS side of a public VIF is AS \(amazon) and yours must differ"
                ))
        } else if asn.value.isPrivate {
            findings.append(
                Finding(
                    .customerASNPrivate, at: asn.location,
                    "customer ASN \(asn.value) is private: AWS replaces it with \(amazon) toward others, so prepending has no effect outside AWS"
                ))
        } else if asn.value.isDocumentation {
            findings.append(
                Finding(
                    .documentationPrefix, at: asn.location,
                    "customer ASN \(asn.value) is a documentation ASN (RFC 5398)"))
        } else if asn.value.value > 2_147_483_647 {
            findings.append(
                Finding(.customerASNLong, at: asn.location, "customer ASN \(asn.value) is above 2147483647"))
        }
        for uplink in topology.internet where uplink.asn.value == asn.value || uplink.asn.value == amazon {
            findings.append(
                Finding(
                    .internetASNConflict, at: uplink.asn.location,
                    "uplink '\(uplink.name.value)' uses AS \(uplink.asn.value), which is \(uplink.asn.value == asn.value ? "the customer's own ASN" : "Amazon's Direct Connect ASN")"
                ))
        }
        return findings
    }
}
