import DXCore
import DXInput
import DXModel

/// Explains every destination segment that does not cross Direct Connect and turns it into a
/// finding with a fix; one finding per cause, role and source, so output stays readable.
struct DestinationDiagnosis {
    var topology: Topology
    var rib: CustomerRIB

    private struct Cause: Hashable {
        var rule: Rule
        var location: SourceLocation?
        var detail: String
    }

    func findings(for destinations: [ConnectDestination]) -> [Finding] {
        var verdictCauses: [Cause: [IPPrefix]] = [:]
        var sharedByRole: [DestinationRole: (segments: Int, causes: Set<String>)] = [:]
        for destination in destinations {
            for segment in destination.segments where !segment.isDirectConnectDelivered {
                let cause = diagnose(segment, destination: destination)
                if destination.role.isInVerdict {
                    verdictCauses[cause, default: []].append(segment.prefix)
                } else {
                    sharedByRole[destination.role, default: (0, [])].segments += 1
                    sharedByRole[destination.role]!.causes.insert(cause.rule.id)
                }
            }
        }
        var findings: [Finding] = []
        for (cause, prefixes) in verdictCauses {
            let sorted = prefixes.sorted()
            let examples = sorted.prefix(3).map(\.description).joined(separator: ", ") + (sorted.count > 3 ? ", …" : "")
            findings.append(
                Finding(
                    cause.rule, at: cause.location,
                    "\(cause.detail): \(sorted.count) Amazon Connect segment\(sorted.count == 1 ? "" : "s") (\(examples))"
                ))
        }
        for role in sharedByRole.keys.sorted() {
            let entry = sharedByRole[role]!
            let share = ConnectDestination.shares(destinations.filter { $0.role == role }).text
            let what = role == .cloudFront ? "CLOUDFRONT (CCP content)" : "the GLOBAL AMAZON_CONNECT range"
            findings.append(
                Finding(
                    .sharedRangesOverInternet, at: topology.connect.region.location,
                    "\(what) reached over Direct Connect: \(share); \(entry.segments) segment\(entry.segments == 1 ? "" : "s") not (\(entry.causes.sorted().joined(separator: ", ")))"
                ))
        }
        return findings
    }

    private func diagnose(_ segment: Segment, destination: ConnectDestination) -> Cause {
        let decision = segment.decision
        let connectRegion = topology.connect.region
        if decision.kind == .directConnect {
            let vif = segment.sourceFilteredOn[0]
            return Cause(
                rule: .sourceFiltered, location: vifLocation(vif),
                detail:
                    "traffic to \(destination.service) leaves over '\(vif)', which does not advertise every agent source"
            )
        }
        let liveOfFamily = rib.liveInterfaces.filter { $0.family == segment.prefix.family }
        if decision.kind == .none {
            let filtered = ispFilterNote()
            if liveOfFamily.isEmpty {
                return Cause(
                    rule: .noDirectConnectRoute, location: connectRegion.location,
                    detail: "no live \(segment.prefix.family.rawValue) public VIF and no ISP route\(filtered)")
            }
            return Cause(rule: .noRoute, location: connectRegion.location, detail: "no accepted route\(filtered)")
        }
        guard let matched = decision.matchedPrefix, let winner = decision.winners.first else {
            return Cause(rule: .noRoute, location: connectRegion.location, detail: "no accepted route")
        }
        if decision.isTie {
            let dx = decision.winners.first { $0.origin.kind == .directConnect }!
            return Cause(
                rule: .directConnectInternetTie, location: vifLocation(dx.origin.name, preference: true),
                detail:
                    "\(dx.origin.name) ties with \(winner.origin.kind == .internet ? winner.origin.name : decision.via.joined(separator: ", ")) on local-pref \(winner.localPreference) and AS_PATH \(winner.asPathLength)"
            )
        }
        let sameLength = rib.candidates(exactly: matched).filter { $0.isAccepted && $0.origin.kind == .directConnect }
        if let dx = sameLength.first {
            if dx.localPreference < winner.localPreference {
                return Cause(
                    rule: .internetPreferredLocalPreference, location: vifLocation(dx.origin.name, preference: true),
                    detail:
                        "\(winner.origin.name) (local-pref \(winner.localPreference)) beats \(dx.origin.name) (local-pref \(dx.localPreference))"
                )
            }
            return Cause(
                rule: .internetPreferredASPath, location: vifLocation(dx.origin.name, preference: true),
                detail:
                    "\(winner.origin.name) (AS_PATH \(winner.asPathLength)) beats \(dx.origin.name) (AS_PATH \(dx.asPathLength)) at local-pref \(winner.localPreference)"
            )
        }
        let acceptedDX = rib.aws.index.covering(segment.prefix).contains { _, position in
            liveOfFamily.contains { rib.isAccepted(rib.aws.prefixes[position], on: $0) }
        }
        if acceptedDX {
            let uplink = topology.internet.first { $0.name.value == winner.origin.name }
            return Cause(
                rule: .internetMoreSpecific, location: uplink?.table?.location ?? uplink?.name.location,
                detail: "\(winner.origin.name) announces routes more specific than the Direct Connect routes")
        }
        for (_, position) in rib.aws.index.covering(segment.prefix) {
            for context in liveOfFamily {
                if let rejection = rib.awsRoute(rib.aws.prefixes[position], on: context).rejection {
                    return Cause(
                        rule: .connectRangeNotAccepted, location: location(of: rejection),
                        detail: rejection.description)
                }
            }
        }
        return Cause(
            rule: .noDirectConnectRoute, location: connectRegion.location,
            detail: "no live \(segment.prefix.family.rawValue) public VIF carries the range")
    }

    /// The trade-off of `reject_aws_prefixes` when nothing routes an AWS destination: the live
    /// uplinks that reject their routes to AWS prefixes and send no default route ("" when none).
    private func ispFilterNote() -> String {
        let names = rib.uplinks.filter { $0.isLive && $0.uplink.rejectsAWSPrefixes && !$0.uplink.defaultRoute }
            .map { "'\($0.uplink.name.value)'" }
        guard !names.isEmpty else { return "" }
        return
            " (reject_aws_prefixes on \(names.joined(separator: ", ")) rejects the ISP routes to AWS prefixes, and no default route is sent)"
    }

    /// The topology key that made the policy reject a route: the VIF's `accept` or
    /// `accept_services`, or the ISP's `reject_aws_prefixes`.
    func location(of rejection: PolicyRejection) -> SourceLocation? {
        switch rejection {
        case .scopeNotAccepted(let name, _, _):
            virtualInterface(named: name)?.accept.location
        case .serviceNotListed(let name, _):
            virtualInterface(named: name)?.acceptServices?.location
        case .awsPrefixFromISP(let name, _):
            topology.internet.first { $0.name.value == name }?.rejectAWSPrefixes?.location
        }
    }

    private func virtualInterface(named name: String) -> VirtualInterface? {
        topology.virtualInterfaces.first { $0.virtualInterface.name.value == name }?.virtualInterface
    }

    private func vifLocation(_ name: String, preference: Bool = false) -> SourceLocation? {
        guard let vif = virtualInterface(named: name) else { return nil }
        return preference ? vif.localPreference.location : vif.name.location
    }
}
