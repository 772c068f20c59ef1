import DXTestSupport
import Testing

@testable import DXCore
@testable import DXModel
@testable import DXSimulation

/// The typed decisions of the simulator (Docs/Architecture.md, "Decisions are typed") and their one
/// renderer: each case spells the sentence that `simulate`, `explain`, JSON and the report print.
@Suite struct DecisionTextTests {
    static let connectPrefix = IPPrefix("15.193.6.0/24")!

    static let rejections: [(PolicyRejection, String)] = [
        (
            .scopeNotAccepted(virtualInterface: "pub-1", accepted: [.region], scope: .continent),
            "inbound policy of pub-1 accepts region, not continent (7224:8200)"
        ),
        (
            .scopeNotAccepted(virtualInterface: "pub-1", accepted: [.region, .continent], scope: .global),
            "inbound policy of pub-1 accepts region, continent, not global (untagged)"
        ),
        (
            .serviceNotListed(virtualInterface: "pub-2", services: ["AMAZON", "AMAZON_CONNECT"]),
            "accept_services of pub-2 does not list AMAZON, AMAZON_CONNECT"
        ),
        (
            .awsPrefixFromISP(uplink: "isp-a", awsPrefix: IPPrefix("15.193.0.0/19")),
            "reject_aws_prefixes of isp-a: equal to or inside a prefix AWS advertises on the public VIFs (15.193.0.0/19)"
        ),
        (
            .awsPrefixFromISP(uplink: "isp-a", awsPrefix: nil),
            "reject_aws_prefixes of isp-a: equal to or inside a prefix AWS advertises on the public VIFs"
        ),
    ]

    @Test(arguments: rejections)
    func eachRejectionSpellsItsSentence(_ rejection: PolicyRejection, _ sentence: String) {
        #expect(rejection.description == sentence)
        #expect(CandidateStatus.rejected(rejection).description == "rejected: " + sentence)
        #expect(!CandidateStatus.rejected(rejection).isAccepted)
    }

    @Test func theRejectedScopeNamesItsCommunity() {
        let continent = PolicyRejection.scopeNotAccepted(virtualInterface: "v", accepted: [.region], scope: .continent)
        #expect(continent.community == .awsContinent)
        let untagged = PolicyRejection.scopeNotAccepted(virtualInterface: "v", accepted: [.region], scope: .global)
        #expect(untagged.community == nil)
        #expect(PolicyRejection.serviceNotListed(virtualInterface: "v", services: ["S3"]).community == nil)
    }

    static let statuses: [(CandidateStatus, String, Bool)] = [
        (.best, "best", true),
        (.multipath, "best (multipath)", true),
        (.tie, "tie: the router keeps one", true),
        (.bestForSegments([IPPrefix("15.193.6.128/25")!], multipath: false), "best for 15.193.6.128/25", true),
        (
            .bestForSegments([IPPrefix("15.193.12.0/22")!, IPPrefix("15.193.16.0/20")!], multipath: true),
            "best (multipath) for 2 segments", true
        ),
        (.shorterPrefix, "shorter prefix", true),
        (.lost, "lost", true),
    ]

    @Test(arguments: statuses)
    func eachStatusSpellsItsWord(_ status: CandidateStatus, _ word: String, _ accepted: Bool) {
        #expect(status.description == word)
        #expect(status.isAccepted == accepted)
    }

    static let reasons: [(BestPathReason, String)] = [
        (.noRoute, "no route: neither Direct Connect nor an ISP offers a covering route"),
        (
            .directConnectInternetTie(
                prefixLength: 24, via: ["isp-a", "pub-1"], localPreference: 100, asPathLength: 2),
            "tie on /24 between isp-a, pub-1: equal local-pref 100 and AS_PATH length 2; the router may pick either"
        ),
        (
            .directConnect(prefixLength: 24, via: ["pub-1"], community: .awsLocalRegion, multipath: false, beats: nil),
            "longest match /24 learned on pub-1 (7224:8100)"
        ),
        (
            .directConnect(
                prefixLength: 19, via: ["pub-1", "pub-2"], community: nil, multipath: true,
                beats: .localPreference(winner: 200, loser: 100, loserOrigin: "isp-a")),
            "longest match /19 learned on pub-1, pub-2 (untagged; multipath); local-pref 200 beats 100 (isp-a)"
        ),
        (
            .internet(
                prefix: IPPrefix("15.193.6.0/25")!, via: ["isp-a"],
                moreSpecificThan: .init(prefixLength: 24, virtualInterface: "pub-1"), beats: nil),
            "longest match 15.193.6.0/25 from isp-a, more specific than the /24 learned on pub-1"
        ),
        (
            .internet(
                prefix: connectPrefix, via: ["isp-a"], moreSpecificThan: nil,
                beats: .asPathLength(winner: 2, loser: 3, loserOrigin: "pub-1", localPreference: 100)),
            "longest match 15.193.6.0/24 from isp-a; AS_PATH length 2 beats 3 (pub-1) at equal local-pref 100"
        ),
    ]

    @Test(arguments: reasons)
    func eachBestPathReasonSpellsItsSentence(_ reason: BestPathReason, _ sentence: String) {
        #expect(reason.description == sentence)
    }

    static let returnReasons: [(ReturnPathReason, String)] = [
        (
            .notAdvertised(agentSource: IPPrefix("198.51.100.0/26")!),
            "no live public VIF advertises a prefix covering 198.51.100.0/26"
        ),
        (
            .scopeTooNarrow(
                prefix: IPPrefix("198.51.100.0/24")!, virtualInterface: "pub-2", scope: .region,
                homeRegion: "us-east-2", region: "us-east-1"),
            "198.51.100.0/24 is advertised on pub-2 with scope region (7224:9100), which does not reach us-east-1 from us-east-2"
        ),
        (
            .scopeTooNarrow(
                prefix: IPPrefix("198.51.100.0/24")!, virtualInterface: "pub-2", scope: .region, homeRegion: nil,
                region: "us-east-1"),
            "198.51.100.0/24 is advertised on pub-2 with scope region (7224:9100), which does not reach us-east-1 from an unknown Region"
        ),
        (
            .reaches(
                prefix: IPPrefix("198.51.100.0/24")!, via: ["pub-1", "pub-2"], scopes: [.continent, .global],
                region: "us-east-1"),
            "198.51.100.0/24 advertised on pub-1, pub-2 with scope continent (7224:9200), global (7224:9300) reaches us-east-1"
        ),
    ]

    @Test(arguments: returnReasons)
    func eachReturnPathReasonSpellsItsSentence(_ reason: ReturnPathReason, _ sentence: String) {
        #expect(reason.description == sentence)
    }

    static let preferences: [(ReturnPathPreference, ReturnPathStep, String)] = [
        (
            ReturnPathPreference(preferred: ["pub-1"], region: "us-east-1", decision: .onlyReaching),
            .onlyPath, "only 'pub-1' reaches us-east-1"
        ),
        (
            ReturnPathPreference(preferred: ["pub-1", "pub-2"], region: "us-east-1", decision: .onlyReaching),
            .onlyPath,
            "only 'pub-1' and 'pub-2' reach us-east-1; multipath: equal prefix, AS_PATH and Region preference"
        ),
        (
            ReturnPathPreference(
                preferred: ["pub-1"], region: "us-east-1",
                decision: .longestPrefix(
                    IPPrefix("198.51.100.0/25")!, over: IPPrefix("198.51.100.0/24")!, backup: "pub-2")
            ),
            .longestPrefix, "longest prefix: 198.51.100.0/25 on 'pub-1' over 198.51.100.0/24 on 'pub-2'"
        ),
        (
            ReturnPathPreference(
                preferred: ["pub-2"], region: "us-east-1",
                decision: .asPathLength(1, over: 3, backup: "pub-1", backupPrepends: 2)),
            .asPathLength, "shorter AS_PATH: length 1 on 'pub-2' over 3 on 'pub-1' (2 prepends)"
        ),
        (
            ReturnPathPreference(
                preferred: ["pub-1"], region: "us-east-1",
                decision: .homeRegion(backup: "pub-2", backupHomeRegion: "us-east-2")),
            .homeRegion,
            "home Region at equal prefix and AS_PATH: 'pub-1' at a location associated with us-east-1 over 'pub-2' (us-east-2)"
        ),
        (
            ReturnPathPreference(
                preferred: ["pub-1", "pub-2"], region: "us-east-1",
                decision: .homeRegion(backup: "pub-3", backupHomeRegion: nil),
                replacedPrivateASN: ASN(UInt32(65010))),
            .homeRegion,
            "home Region at equal prefix and AS_PATH: 'pub-1' and 'pub-2' at a location associated with us-east-1 over 'pub-3' (no known Region); multipath: equal prefix, AS_PATH and Region preference; prepends have no effect: AWS replaces private AS 65010"
        ),
    ]

    @Test(arguments: preferences)
    func eachReturnPathPreferenceSpellsItsSentence(
        _ preference: ReturnPathPreference, _ step: ReturnPathStep, _ sentence: String
    ) {
        #expect(preference.description == sentence)
        #expect(preference.step == step)
    }

    // MARK: - The diagnosis points at the key that rejected the range

    /// The fixture's VIF with `key` added after `bfd: true` (line 27 of the topology).
    static func withVIFKey(_ key: String, location: String = "EqDC2") -> String {
        SimulationFixture.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        \(key)\n"
        )
        .replacingOccurrences(of: "location: EqDC2", with: "location: \(location)")
    }

    @Test func aServiceFilterRejectionPointsAtAcceptServices() throws {
        let text = Self.withVIFKey("accept_services: [CLOUDFRONT]")
        let input = try SimulationFixture.input(text)
        let vif = input.topology.virtualInterfaces[0].virtualInterface
        let result = Simulator.run(input)
        let finding = try #require(result.findings.first { $0.id == "connect-range-not-accepted" })
        #expect(finding.message.hasPrefix("accept_services of pub-1 does not list "), "\(finding.message)")
        let expected = try #require(vif.acceptServices?.location)
        #expect(finding.location == expected)
        #expect(expected.line == 27)
        #expect(finding.location != vif.accept.location)
    }

    @Test func aScopeRejectionPointsAtAccept() throws {
        // A location homed in us-east-2: Connect's us-east-1 ranges arrive tagged 7224:8200.
        let text = Self.withVIFKey("accept: [region]", location: "\"Equinix CH2, Chicago, IL\"")
        let input = try SimulationFixture.input(text)
        let vif = input.topology.virtualInterfaces[0].virtualInterface
        let result = Simulator.run(input)
        let finding = try #require(result.findings.first { $0.id == "connect-range-not-accepted" })
        #expect(finding.message.hasPrefix("inbound policy of pub-1 accepts region, not continent (7224:8200)"))
        #expect(finding.location == vif.accept.location)
        #expect(finding.location?.line == 27)
    }

    @Test func eachRejectionKindHasItsTopologyKey() throws {
        let text =
            Self.withVIFKey("accept_services: [CLOUDFRONT]")
            .replacingOccurrences(
                of: "    default_route: true\n", with: "    default_route: true\n    reject_aws_prefixes: true\n")
        let input = try SimulationFixture.input(text)
        let diagnosis = DestinationDiagnosis(topology: input.topology, rib: Simulator.rib(input, scenario: .none))
        let vif = input.topology.virtualInterfaces[0].virtualInterface
        let uplink = input.topology.internet[0]
        let cases: [(PolicyRejection, DXCore.SourceLocation?)] = [
            (.scopeNotAccepted(virtualInterface: "pub-1", accepted: [.region], scope: .global), vif.accept.location),
            (.serviceNotListed(virtualInterface: "pub-1", services: ["AMAZON"]), vif.acceptServices?.location),
            (.awsPrefixFromISP(uplink: "isp-a", awsPrefix: nil), uplink.rejectAWSPrefixes?.location),
        ]
        for (rejection, expected) in cases {
            #expect(expected != nil)
            #expect(diagnosis.location(of: rejection) == expected, "\(rejection)")
        }
        #expect(Set(cases.map(\.1)).count == 3)
    }

    // MARK: - explain's candidate status stays consistent (issue #15, item 9)

    /// Two ISP default routes that tie: the router keeps one, so neither is `.best`.
    @Test func tiedISPDefaultRoutesAreATieNotBest() throws {
        let text =
            SimulationFixture.base
            + "  - name: isp-b\n    router: edge-1\n    asn: 64511\n    default_route: true\n"
        let input = try SimulationFixture.input(text)
        let explanation = RouteExplanation.explain(IPPrefix("192.0.2.1/32")!, input: input)
        let statuses = zip(explanation.candidates, explanation.statuses).filter { $0.0.origin.kind == .internet }
        #expect(statuses.map(\.0.origin.name) == ["isp-a", "isp-b"])
        #expect(statuses.map(\.1) == [.tie, .tie])
    }

    /// A route the inbound policy rejected is `.rejected` with the rejection, takes no part, and
    /// its VIF's local-pref is not shown; the same VIF's accepted route is `.best`.
    @Test func aRejectedRouteTakesNoPart() throws {
        let text = SimulationFixture.base.replacingOccurrences(
            of: "        bfd: true\n",
            with: "        bfd: true\n        local_preference: 200\n        accept: [region]\n")
        let input = try SimulationFixture.input(text)
        let rejected = RouteExplanation.explain(IPPrefix("3.128.0.1/32")!, input: input)
        let row = try #require(
            zip(rejected.candidates, rejected.statuses).first { $0.0.origin.name == "pub-1" })
        #expect(
            row.1 == .rejected(.scopeNotAccepted(virtualInterface: "pub-1", accepted: [.region], scope: .continent)))
        #expect(!row.1.isAccepted)
        #expect(rejected.segments.first?.decision.via == ["isp-a"])
        let accepted = RouteExplanation.explain(IPPrefix("15.193.6.200/32")!, input: input)
        let best = try #require(
            zip(accepted.candidates, accepted.statuses).first {
                $0.0.origin.name == "pub-1" && $0.0.prefix == Self.connectPrefix
            })
        #expect(best.1 == .best)
        #expect(best.0.localPreference == 200)
    }

    /// An ISP /25 splits the /24: the Direct Connect /24 route still carries the other half, so
    /// it is best for that segment, not a "shorter prefix".
    @Test func aRouteCarryingASegmentIsBestForIt() throws {
        let input = try SimulationFixture.input(
            SimulationFixture.base, tables: ["isp-a": "15.193.6.0/25 64510 16509\n"])
        let explanation = RouteExplanation.explain(Self.connectPrefix, input: input)
        #expect(explanation.segments.map(\.prefix.description) == ["15.193.6.0/25", "15.193.6.128/25"])
        let statuses = zip(explanation.candidates, explanation.statuses).map {
            "\($0.0.prefix) \($0.0.origin.name) \($0.1)"
        }
        #expect(
            statuses == [
                "15.193.6.0/24 pub-1 best for 15.193.6.128/25", "15.193.0.0/19 pub-1 shorter prefix",
                "0.0.0.0/0 isp-a shorter prefix",
            ])
    }

    /// Equal Direct Connect routes on two VIFs are all used: `.multipath`, with the reason saying so.
    @Test func equalDirectConnectRoutesAreMultipath() throws {
        let input = try SimulationFixture.input(ReturnPathPreferenceTests.twoSites())
        let explanation = RouteExplanation.explain(IPPrefix("15.193.6.200/32")!, input: input)
        let winners = zip(explanation.candidates, explanation.statuses).filter { $0.0.prefix == Self.connectPrefix }
        #expect(winners.map(\.0.origin.name) == ["pub-1", "pub-2"])
        #expect(winners.map(\.1) == [.multipath, .multipath])
        #expect(
            explanation.segments[0].decision.reason
                == .directConnect(
                    prefixLength: 24, via: ["pub-1", "pub-2"], community: .awsLocalRegion, multipath: true, beats: nil))
    }
}
