import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// Builds an ``AllowList`` from a topology and ip-ranges.json: a pure function of its inputs.
///
/// Option 1 (domains) follows the CCP allowlist table of `connect-ccp-networking`, with the Region's
/// TurnNlb hosts; Option 2 (ip-ranges) selects AMAZON_CONNECT GLOBAL and the
/// Region on 3478/UDP, EC2 of the Region (GLOBAL only when the Region has none) and every
/// CLOUDFRONT range on 443/TCP; stateless firewalls open inbound UDP from the
/// AMAZON_CONNECT ranges to the browsers' ephemeral ports; additions
/// since an older file get the 30-day deadline.
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public enum AllowListPlanner {
    /// What the command line chooses.
    public struct Options: Sendable {
        /// nil = the topology's `firewall.allow_list`.
        public var option: FirewallSettings.AllowListStyle?
        public var ephemeral: AllowListEphemeral
        /// The older ip-ranges.json of `--since`.
        public var since: AWSIPRanges?

        public init(
            option: FirewallSettings.AllowListStyle? = nil, ephemeral: AllowListEphemeral = .both,
            since: AWSIPRanges? = nil
        ) {
            self.option = option
            self.ephemeral = ephemeral
            self.since = since
        }
    }

    /// The allow-list, or an input error when the topology holds a value that cannot be
    /// written into a domain name (the decoder normally rejects these first).
    public static func plan(_ topology: Topology, ranges: AWSIPRanges, options: Options = Options()) throws(InputError)
        -> AllowList
    {
        let connect = topology.connect
        let region = connect.region.value
        guard isRegionCode(region) else {
            throw InputError(
                .invalidValue,
                "region \(MessageValue.quoted(region)) is not an AWS Region code (expected lowercase letters, digits and '-', like us-east-1)",
                at: connect.region.location)
        }
        if let alias = connect.instance, case .failure(let error) = ValueParsers.dnsLabel(alias.value) {
            throw InputError(.invalidValue, error.reason, at: alias.location)
        }
        if let bucket = connect.attachmentsBucket, case .failure(let error) = ValueParsers.bucketName(bucket.value) {
            throw InputError(.invalidValue, error.reason, at: bucket.location)
        }
        let option = options.option ?? topology.firewall.allowList
        var advice: [AllowListAdvice] = []
        let selection = Selection(ranges: ranges, region: region)

        let outbound: [AllowListRule]
        switch option {
        case .domains: outbound = domainRules(connect, advice: &advice)
        case .ipRanges: outbound = rangeRules(selection, carriesMedia: connect.carriesMedia)
        }
        var inbound: [AllowListRule] = []
        if connect.carriesMedia {
            for (system, ports) in options.ephemeral.portRanges {
                for set in selection.media where !set.prefixes.isEmpty {
                    inbound.append(
                        AllowListRule(
                            remote: .prefixes(set), direction: .inbound, transport: .udp, ports: ports,
                            purpose:
                                "softphone media to the ephemeral ports of \(system) browsers (stateless firewalls)",
                            citation: .ipRanges))
                }
            }
        }
        advice += selectionAdvice(selection, option: option, region: region)
        advice += generalAdvice(topology, option: option)
        let additions = options.since.map { additionsSince($0, new: ranges, selection: selection) }
        if additions != nil || option == .ipRanges || !topology.firewall.stateful {
            advice.append(
                AllowListAdvice(
                    id: "thirty-day-rule",
                    text:
                        "New ranges are published in ip-ranges.json at least 30 days before Amazon Connect uses them, then take traffic over two weeks: after each ip-ranges.json update run dxplan allowlist --since OLD_FILE and allow the additions by the date shown.",
                    citation: .thirtyDays))
        }
        return AllowList(
            topologyName: topology.name.value, region: region, instanceAlias: connect.instance?.value, option: option,
            optionOrigin: options.option == nil ? .topology : .commandLine, stateful: topology.firewall.stateful,
            carriesMedia: connect.carriesMedia, ipRangesSyncToken: ranges.syncToken,
            ipRangesCreateDate: ranges.createDate,
            ipRangesSource: ranges.source, outbound: outbound, inbound: inbound, additions: additions, advice: advice)
    }

    /// `us-east-1`, `us-gov-west-1`, `eusc-de-east-1`: lowercase letters, digits and '-'.
    static func isRegionCode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return (1...40).contains(scalars.count) && ("a"..."z").contains(scalars[0]) && scalars.last != "-"
            && scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: Option 1

    static func domainRules(_ connect: ConnectInstance, advice: inout [AllowListAdvice]) -> [AllowListRule] {
        let region = connect.region.value
        var values: [ConnectDomainPattern.Placeholder: String] = [
            .region: region, .instance: connect.instance?.value ?? AllowList.instancePlaceholder,
        ]
        if let bucket = connect.attachmentsBucket?.value { values[.bucket] = bucket }
        var rules: [AllowListRule] = []
        var globalResiliency: [String] = []
        func add(_ pattern: ConnectDomainPattern, citation: AllowListCitation, purpose: String? = nil) {
            guard let domain = pattern.rendered(values) else { return }
            rules.append(
                AllowListRule(
                    remote: .domain(domain), direction: pattern.direction, transport: pattern.transport,
                    ports: pattern.port...pattern.port, purpose: purpose ?? pattern.note, citation: citation))
        }
        for pattern in ConnectEndpoints.domainPatterns {
            switch pattern.condition {
            case .globalResiliency:  // not modelled by the topology: advice, not a rule
                globalResiliency.append(
                    "\(pattern.pattern) (\(pattern.port)/\(pattern.transport.rawValue.uppercased()))")
                continue
            case .attachmentsBucket where connect.attachmentsBucket == nil: continue
            default: break
            }
            if pattern.transport == .udp {
                guard connect.carriesMedia else { continue }
                let hosts = ConnectEndpoints.turnEndpoints(in: region)
                for host in hosts {
                    rules.append(
                        AllowListRule(
                            remote: .domain(host.hostName), direction: .outbound, transport: .udp,
                            ports: ConnectEndpoints.turnPort...ConnectEndpoints.turnPort,
                            purpose: "softphone media (TURN)", citation: .turn))
                }
                if hosts.isEmpty {
                    advice.append(
                        AllowListAdvice(
                            id: "no-turn-endpoints",
                            text:
                                "No TurnNlb host is documented for \(region): only the wildcard TurnNlb-*.elb.\(region).amazonaws.com is listed.",
                            citation: .turn))
                }
                add(pattern, citation: .turn, purpose: "softphone media (TURN), any TurnNlb host of the Region")
                continue
            }
            add(pattern, citation: .domains)
            if pattern.pattern == "{instance}.my.connect.aws" {
                add(ConnectEndpoints.staticContentPattern, citation: .domainUpdate)
            }
        }
        if !globalResiliency.isEmpty {
            advice.append(
                AllowListAdvice(
                    id: "global-resiliency",
                    text:
                        "Global Resiliency is not described by the topology: if the instance uses it, also allow \(globalResiliency.joined(separator: " and ")), with the instance id and the source Region filled in.",
                    citation: .domains))
        }
        return rules
    }

    // MARK: Option 2

    /// The prefix sets of Option 2 for one Region, per family.
    struct Selection {
        var media: [AllowListPrefixSet] = []
        var signaling: [AllowListPrefixSet] = []
        var cloudFront: [AllowListPrefixSet] = []
        /// Families whose EC2 set fell back to GLOBAL.
        var ec2Fallback: [AddressFamily] = []
        /// Families without a regional AMAZON_CONNECT entry.
        var mediaGlobalOnly: [AddressFamily] = []

        init(ranges: AWSIPRanges, region: String) {
            let global = IPRangeEntry.global
            for family in AddressFamily.allCases {
                let suffix = family == .ipv4 ? "v4" : "v6"
                let entries = ranges.entries.filter { $0.prefix.family == family }
                let connect = entries.filter {
                    $0.service == AWSServiceCode.amazonConnect && ($0.region == global || $0.region == region)
                }
                if !connect.contains(where: { $0.region == region }) { mediaGlobalOnly.append(family) }
                media.append(
                    Self.set(
                        "connect_media_\(suffix)", AWSServiceCode.amazonConnect, [global, region], family, connect))
                var ec2 = entries.filter { $0.service == AWSServiceCode.ec2 && $0.region == region }
                var ec2Regions = [region]
                if ec2.isEmpty {
                    ec2 = entries.filter { $0.service == AWSServiceCode.ec2 && $0.region == global }
                    ec2Regions = [global]
                    ec2Fallback.append(family)
                }
                signaling.append(Self.set("connect_signaling_\(suffix)", AWSServiceCode.ec2, ec2Regions, family, ec2))
                let cloudFront = entries.filter { $0.service == AWSServiceCode.cloudFront }
                self.cloudFront.append(
                    Self.set("connect_cloudfront_\(suffix)", AWSServiceCode.cloudFront, [], family, cloudFront))
            }
        }

        static func set(
            _ name: String, _ service: String, _ regions: [String], _ family: AddressFamily, _ entries: [IPRangeEntry]
        ) -> AllowListPrefixSet {
            AllowListPrefixSet(
                name: name, service: service, regions: regions, family: family,
                prefixes: PrefixAggregator.collapse(entries.map(\.prefix)), entryCount: entries.count)
        }

        /// Whether an entry of ip-ranges.json belongs to one of the sets.
        func selects(_ entry: IPRangeEntry) -> Bool {
            (media + signaling + cloudFront).contains { set in
                set.service == entry.service && set.family == entry.prefix.family
                    && (set.regions.isEmpty || set.regions.contains(entry.region))
            }
        }
    }

    static func rangeRules(_ selection: Selection, carriesMedia: Bool) -> [AllowListRule] {
        var rules: [AllowListRule] = []
        if carriesMedia {
            for set in selection.media where !set.prefixes.isEmpty {
                rules.append(
                    AllowListRule(
                        remote: .prefixes(set), direction: .outbound, transport: .udp,
                        ports: ConnectEndpoints.turnPort...ConnectEndpoints.turnPort, purpose: "softphone media (TURN)",
                        citation: .ipRanges))
            }
        }
        for set in selection.signaling where !set.prefixes.isEmpty {
            let notes =
                set.regions == [IPRangeEntry.global]
                ? ["the Region has no \(set.family.displayName) EC2 entry: GLOBAL used"] : []
            rules.append(
                AllowListRule(
                    remote: .prefixes(set), direction: .outbound, transport: .tcp, ports: 443...443,
                    purpose: "CCP signaling and web sockets (EC2 of the Region)", notes: notes, citation: .ipRanges))
        }
        for set in selection.cloudFront where !set.prefixes.isEmpty {
            rules.append(
                AllowListRule(
                    remote: .prefixes(set), direction: .outbound, transport: .tcp, ports: 443...443,
                    purpose: "CCP static content (CloudFront, global)", citation: .ipRanges))
        }
        return rules
    }

    // MARK: Advice

    static func selectionAdvice(_ selection: Selection, option: FirewallSettings.AllowListStyle, region: String)
        -> [AllowListAdvice]
    {
        var advice: [AllowListAdvice] = []
        for family in selection.mediaGlobalOnly {
            advice.append(
                AllowListAdvice(
                    id: "connect-global-only-\(family.rawValue)",
                    text:
                        "ip-ranges.json has no \(family.displayName) AMAZON_CONNECT entry for \(region): the GLOBAL range alone is used (\"use just the Global values\").",
                    citation: .ipRanges))
        }
        if option == .ipRanges {
            for family in selection.ec2Fallback {
                advice.append(
                    AllowListAdvice(
                        id: "ec2-global-fallback-\(family.rawValue)",
                        text:
                            "ip-ranges.json has no \(family.displayName) EC2 entry for \(region): the GLOBAL EC2 ranges are used instead.",
                        citation: .ipRanges))
            }
        }
        if RegionCatalog.region(region)?.runsAmazonConnect != true {
            advice.append(
                AllowListAdvice(
                    id: "region-without-connect",
                    text:
                        "\(region) is not one of the Regions where Amazon Connect is available; check connect.region.",
                    citation: .regions))
        }
        return advice
    }

    static func generalAdvice(_ topology: Topology, option: FirewallSettings.AllowListStyle) -> [AllowListAdvice] {
        let connect = topology.connect
        var advice: [AllowListAdvice] = []
        if connect.instance == nil {
            advice.append(
                AllowListAdvice(
                    id: "instance-alias-missing",
                    text:
                        "connect.instance is not set: \(AllowList.instancePlaceholder) stands for your instance alias in the domains; set it in the topology.",
                    citation: .domains))
        }
        if !connect.softphone {
            advice.append(
                AllowListAdvice(
                    id: "desk-phones",
                    text:
                        "softphone: false (desk phones): no softphone media flows to AWS, so no 3478/UDP or ephemeral-port rules are listed.",
                    citation: .ipRanges))
        } else if connect.mediaLessCCP {
            advice.append(
                AllowListAdvice(
                    id: "media-less-ccp",
                    text:
                        "media_less_ccp: true: a custom CCP without media (Streams API) needs no Amazon Connect media ports, so no 3478/UDP or ephemeral-port rules are listed.",
                    citation: .ipRanges))
        }
        let shift =
            connect.shiftHours.map { "\($0.value) hours (connect.shift_hours)" }
            ?? "a full agent shift (connect.shift_hours is not set)"
        advice.append(
            AllowListAdvice(
                id: "ssl-inspection-cache",
                text: "If a proxy inspects TLS, set its SSL-certificate cache timeout to at least \(shift).",
                citation: .ipRanges))
        if option == .domains {
            advice.append(
                AllowListAdvice(
                    id: "proxy-web-sockets",
                    text:
                        "Some proxies mishandle web sockets, which breaks rtc*.connect-telecom, *.transport.connect and awsapps.com: test before rollout.",
                    citation: .domains))
            advice.append(
                AllowListAdvice(
                    id: "test-200-calls",
                    text:
                        "Test with more than 200 calls (softphone errors, dropped calls, conference and transfer); an error rate above 2 % suggests a proxy resolution problem: then consider Option 2 (--option ip-ranges).",
                    citation: .domains))
            if connect.carriesMedia {
                advice.append(
                    AllowListAdvice(
                        id: "turn-dns-check",
                        text:
                            "If a TurnNlb host does not resolve (nslookup), allow the TurnNlb endpoints or the wildcard; otherwise the CCP reports \"Browser unable to establish media channel\".",
                        citation: .turn))
            }
        } else {
            advice.append(
                AllowListAdvice(
                    id: "option-2-not-recommended",
                    text:
                        "AWS recommends Option 1 (domains): Option 2 opens every EC2 range of the Region and all CloudFront ranges.",
                    citation: .ipRanges))
        }
        if topology.firewall.stateful {
            advice.append(
                AllowListAdvice(
                    id: "stateless-advisory",
                    text:
                        "The firewall is stateful (firewall.stateful: true): return media matches the outbound flow, so the inbound rules are listed for reference only.",
                    citation: .ipRanges))
        } else {
            advice.append(
                AllowListAdvice(
                    id: "stateless-required",
                    text:
                        "The firewall is stateless (firewall.stateful: false): configure the inbound rules from the AMAZON_CONNECT ranges to the ephemeral UDP ports of the agent browsers.",
                    citation: .ipRanges))
        }
        return advice
    }

    // MARK: --since

    static func additionsSince(_ old: AWSIPRanges, new: AWSIPRanges, selection: Selection) -> AllowListAdditions {
        let diff = RangesDiff.compute(old: old, new: new)
        var added: [IPRangeEntry] = []
        var removed: [IPRangeEntry] = []
        var other = 0
        for group in diff.groups where group.hasDeadline {
            for entry in group.added {
                if selection.selects(entry) { added.append(entry) } else { other += 1 }
            }
            removed += group.removed.filter(selection.selects)
        }
        return AllowListAdditions(
            old: diff.old, new: diff.new, added: added.sorted(), removed: removed.sorted(), otherRegionsAdded: other,
            allowBy: diff.allowBy, fullTrafficFrom: diff.fullTrafficFrom, overdue: diff.isOverdue,
            mayBeInUseFrom: diff.isOverdue ? diff.mayBeInUseFrom : nil)
    }
}
