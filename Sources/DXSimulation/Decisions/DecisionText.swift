import DXModel

// The one place where the simulator's typed decisions become words: the reasons of `simulate`
// (text, JSON `reason`, `preference`), the STATUS column of `explain`, the report, and the
// findings that quote a rejection. The decisions themselves carry only facts
// (Docs/Architecture.md, "Decisions are typed"). These sentences live in DXSimulation, not
// DXRendering, because findings raised here quote them.

extension PolicyRejection: CustomStringConvertible {
    public var description: String {
        switch self {
        case .scopeNotAccepted(let vif, let accepted, let scope):
            "inbound policy of \(vif) accepts \(accepted.map(\.rawValue).joined(separator: ", ")), not \(scope.rawValue) (\(scope.community?.description ?? "untagged"))"
        case .serviceNotListed(let vif, let services):
            "accept_services of \(vif) does not list \(AWSPrefix.servicesText(services))"
        case .awsPrefixFromISP(let uplink, let awsPrefix):
            "reject_aws_prefixes of \(uplink): equal to or inside a prefix AWS advertises on the public VIFs"
                + (awsPrefix.map { " (\($0))" } ?? "")
        }
    }
}

extension CandidateStatus: CustomStringConvertible {
    public var description: String {
        switch self {
        case .best: "best"
        case .multipath: "best (multipath)"
        case .tie: "tie: the router keeps one"
        case .bestForSegments(let segments, let multipath):
            "\(multipath ? "best (multipath)" : "best") for "
                + (segments.count == 1 ? segments[0].description : "\(segments.count) segments")
        case .shorterPrefix: "shorter prefix"
        case .lost: "lost"
        case .rejected(let rejection): "rejected: \(rejection)"
        }
    }
}

extension BestPathStep: CustomStringConvertible {
    public var description: String {
        switch self {
        case .localPreference(let winner, let loser, let origin):
            "local-pref \(winner) beats \(loser) (\(origin))"
        case .asPathLength(let winner, let loser, let origin, let localPreference):
            "AS_PATH length \(winner) beats \(loser) (\(origin)) at equal local-pref \(localPreference)"
        }
    }
}

extension BestPathReason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noRoute:
            return "no route: neither Direct Connect nor an ISP offers a covering route"
        case .directConnectInternetTie(let length, let via, let localPreference, let asPathLength):
            return
                "tie on /\(length) between \(via.joined(separator: ", ")): equal local-pref \(localPreference) and AS_PATH length \(asPathLength); the router may pick either"
        case .directConnect(let length, let via, let community, let multipath, let beats):
            let tag = community?.description ?? "untagged"
            return
                "longest match /\(length) learned on \(via.joined(separator: ", ")) (\(tag)\(multipath ? "; multipath" : ""))"
                + (beats.map { "; \($0)" } ?? "")
        case .internet(let prefix, let via, let shorter, let beats):
            var text = "longest match \(prefix) from \(via.joined(separator: ", "))"
            if let shorter {
                text += ", more specific than the /\(shorter.prefixLength) learned on \(shorter.virtualInterface)"
            }
            return text + (beats.map { "; \($0)" } ?? "")
        }
    }
}

extension ReturnPathReason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notAdvertised(let source):
            "no live public VIF advertises a prefix covering \(source)"
        case .scopeTooNarrow(let prefix, let vif, let scope, let home, let region):
            "\(prefix) is advertised on \(vif) with scope \(scope.rawValue) (\(scope.community)), which does not reach \(region) from \(home ?? "an unknown Region")"
        case .reaches(let prefix, let via, let scopes, let region):
            "\(prefix) advertised on \(via.joined(separator: ", ")) with scope \(Set(scopes.map { "\($0.rawValue) (\($0.community))" }).sorted().joined(separator: ", ")) reaches \(region)"
        }
    }
}

extension ReturnPathPreference: CustomStringConvertible {
    public var description: String {
        let names = preferred.map { "'\($0)'" }.joined(separator: " and ")
        var text: String
        switch decision {
        case .onlyReaching:
            text = "only \(names) \(isMultipath ? "reach" : "reaches") \(region)"
        case .longestPrefix(let prefix, let over, let backup):
            text = "longest prefix: \(prefix) on \(names) over \(over) on '\(backup)'"
        case .asPathLength(let length, let over, let backup, let prepends):
            text = "shorter AS_PATH: length \(length) on \(names) over \(over) on '\(backup)' (\(prepends) prepends)"
        case .homeRegion(let backup, let backupHome):
            text =
                "home Region at equal prefix and AS_PATH: \(names) at a location associated with \(region) over '\(backup)' (\(backupHome ?? "no known Region"))"
        }
        if isMultipath { text += "; multipath: equal prefix, AS_PATH and Region preference" }
        if let asn = replacedPrivateASN { text += "; prepends have no effect: AWS replaces private AS \(asn)" }
        return text
    }
}
