import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// `simulate --format json`: stable field names, sorted keys, documented in Docs/JSONOutput.md.
public enum SimulationJSON {
    /// The base run of `--each-failure` with what the failure runs measured (`measuredResiliency`).
    public static func value(_ result: SimulationResult, measured: MeasuredResiliency) -> JSONValue {
        guard case .object(var members) = value(result) else { return value(result) }
        var value: [String: JSONValue] = [
            "singleFailures": .int(measured.singleFailures),
            "singleFailuresKeepingConnect": .int(measured.singleFailuresKept),
            "description": .string(measured.description),
        ]
        if let pairs = measured.pairs, let kept = measured.pairsKept {
            value["pairs"] = .int(pairs)
            value["pairsKeepingConnect"] = .int(kept)
        }
        members["measuredResiliency"] = .object(value)
        return .object(members)
    }

    public static func value(_ result: SimulationResult) -> JSONValue {
        let value = base(result)
        guard let impact = result.assumptionImpact, case .object(var members) = value else { return value }
        members["assumptions"] = ["awsAlsoAdvertises": assumption(impact)]
        return .object(members)
    }

    /// What rests on `assumptions.aws_also_advertises` (``AssumptionImpact``): the destinations
    /// whose share changes without the listed prefixes, and the verdict without them.
    static func assumption(_ impact: AssumptionImpact) -> JSONValue {
        [
            "file": .string(impact.file), "added": .int(impact.added),
            "alreadyInIPRanges": .int(impact.alreadyListed),
            "verdictWithout": [
                "connectOverDirectConnect": .bool(impact.verdictWithout.connectOverDirectConnect),
                "forward": .bool(impact.verdictWithout.forward), "return": .bool(impact.verdictWithout.returnPath),
            ],
            "dependentDestinations": .array(
                impact.changes.map { change in
                    [
                        "prefix": .string(change.prefix.description), "service": .string(change.service),
                        "region": .string(change.region), "role": .string(change.role.rawValue),
                        "directConnectShare": .number(change.with.roundedFraction),
                        "directConnectShareWithout": .number(change.without.roundedFraction),
                    ]
                }),
        ]
    }

    private static func base(_ result: SimulationResult) -> JSONValue {
        [
            "topology": .string(result.topologyName),
            "ipRanges": [
                "syncToken": .string(result.ipRangesSyncToken), "createDate": .string(result.ipRangesCreateDate),
            ],
            "failed": .array(result.failed.map { .string($0) }),
            "verdict": [
                "connectOverDirectConnect": .bool(result.verdict.connectOverDirectConnect),
                "forward": .bool(result.verdict.forward), "return": .bool(result.verdict.returnPath),
            ],
            "resiliency": .string(result.resiliency.rawValue),
            "resiliencyModel": [
                "level": .string(result.resiliencyModel.level.rawValue),
                "description": .string(result.resiliencyModel.labelled),
                "connectionsPerLocation": .array(result.resiliencyModel.connectionsPerLocation.map { .int($0) }),
            ],
            "interfaces": .array(result.interfaces.map(interface)),
            "connect": [
                "region": .string(result.connectRegion),
                "destinations": .array(result.destinations.map(destination)),
                "returnPath": .array(
                    result.returnPath.map { path in
                        [
                            "agentSource": .string(path.agentSource.description),
                            "advertisedPrefix": .optional(path.advertisedPrefix?.description),
                            "via": .array(path.via.map { .string($0) }), "reason": .string(path.reason.description),
                            "preferred": .array(path.preferred.map { .string($0) }),
                            "backup": .array(path.backup.map { .string($0) }),
                            "decidedBy": .optional(path.decidedBy?.rawValue),
                            "preference": .string(path.preference?.description ?? ""),
                        ]
                    }),
            ],
            "findings": .array(result.findings.map(finding)),
        ]
    }

    static func interface(_ interface: InterfaceResult) -> JSONValue {
        func families(_ counts: [AddressFamily: Int]) -> JSONValue {
            ["ipv4": .int(counts[.ipv4] ?? 0), "ipv6": .int(counts[.ipv6] ?? 0)]
        }
        var object: [String: JSONValue] = [
            "name": .string(interface.name), "connection": .string(interface.connection),
            "location": .optional(interface.location),
            "homeRegion": .optional(interface.homeRegion), "continent": .optional(interface.continent?.rawValue),
            "addressFamily": .string(interface.family.rawValue), "live": .bool(interface.isLive),
            "advertisedByAWS": families(interface.advertisedByAWS), "learned": families(interface.learned),
            "learnedByScope": .object(
                Dictionary(
                    uniqueKeysWithValues: AcceptScope.allCases.map {
                        ($0.rawValue, .int(interface.learnedByScope[$0] ?? 0))
                    })),
            "recommendedMaxPrefixes": .int(interface.recommendedMaxPrefixes),
        ]
        if let routes = interface.routes {
            object["routes"] = .array(
                routes.map { route in
                    var object: [String: JSONValue] = [
                        "prefix": .string(route.prefix.description),
                        "communities": .array(route.communities.map { .string($0.description) }),
                        "region": .optional(route.awsPrefix.flatMap { $0.region.isEmpty ? nil : $0.region }),
                        "services": .array((route.awsPrefix?.services ?? []).map { .string($0) }),
                        "localPreference": .int(route.localPreference),
                    ]
                    if route.awsPrefix?.isAssumed == true { object["assumptions"] = assumed }
                    return .object(object)
                })
        }
        return .object(object)
    }

    static func destination(_ destination: ConnectDestination) -> JSONValue {
        [
            "prefix": .string(destination.prefix.description), "service": .string(destination.service),
            "region": .string(destination.region),
            "role": .string(destination.role.rawValue),
            "directConnectShare": .number(destination.directConnectAddresses.roundedFraction),
            "directConnectAddresses": [
                "covered": .string(destination.directConnectAddresses.covered.decimalText),
                "total": .string(destination.directConnectAddresses.total.decimalText),
            ],
            "segments": .array(
                destination.segments.map { segment in
                    var object: [String: JSONValue] = [
                        "prefix": .string(segment.prefix.description),
                        "via": .string(segment.decision.via.joined(separator: ", ")),
                        "kind": .string(segment.decision.kind.rawValue),
                        "reason": .string(segment.decision.reason.description),
                    ]
                    if segment.decision.restsOnAssumedRoute { object["assumptions"] = assumed }
                    if !segment.sourceFilteredOn.isEmpty {
                        object["droppedBySourceFilterOn"] = .array(segment.sourceFilteredOn.map { .string($0) })
                    }
                    return .object(object)
                }),
        ]
    }

    /// The `assumptions` member of a route or segment from the list of `aws_also_advertises`.
    static let assumed: JSONValue = .array([.string(AWSPrefix.assumptionName)])

    static func finding(_ finding: Finding) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(finding.id), "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message), "fix": .string(finding.fix),
        ]
        object["location"] =
            finding.location.map { ["file": .string($0.file), "line": .int($0.line), "column": .int($0.column)] }
            ?? .null
        return .object(object)
    }
}
