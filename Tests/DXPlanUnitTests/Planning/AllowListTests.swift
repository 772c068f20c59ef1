import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

@Suite struct AllowListTests {
    @Test func domainsForUSEast1WithAliasAndBucket() throws {
        let list = try AllowListFixture.plan(
            try AllowListFixture.topology(alias: "example-corp", bucket: "example-att"))
        #expect(list.option == .domains)
        #expect(list.optionOrigin == .topology)
        #expect(
            AllowListFixture.domains(list) == [
                "rtc*.connect-telecom.us-east-1.amazonaws.com",
                "example-corp.my.connect.aws",
                "*.static.connect.aws",
                "*.cloudfront.net",
                "example-corp.awsapps.com",
                "*.telemetry.connect.us-east-1.amazonaws.com",
                "participant.connect.us-east-1.amazonaws.com",
                "*.transport.connect.us-east-1.amazonaws.com",
                "example-att.s3.us-east-1.amazonaws.com",
                "TurnNlb-d76454ac48d20c1e.elb.us-east-1.amazonaws.com",
                "TurnNlb-31a7fe8a79c27929.elb.us-east-1.amazonaws.com",
                "TurnNlb-7a9b8e750cec315a.elb.us-east-1.amazonaws.com",
                "TurnNlb-*.elb.us-east-1.amazonaws.com",
            ])
        let udp = list.outbound.filter { $0.transport == .udp }
        #expect(udp.count == 4)
        #expect(udp.allSatisfy { $0.ports == 3478...3478 && $0.direction == .outbound && $0.citation == .turn })
        #expect(list.outbound.filter { $0.transport == .tcp }.allSatisfy { $0.ports == 443...443 })
        #expect(
            list.outbound.first { $0.remote == .domain("example-corp.my.connect.aws") }?.purpose.contains(
                "/ccp-v2, /api, /auth/authorize") == true)
        #expect(!list.advice.contains { $0.id == "instance-alias-missing" })
    }

    @Test func domainsForEUWest2WithoutAliasOrBucket() throws {
        let list = try AllowListFixture.plan(try AllowListFixture.topology(region: "eu-west-2", alias: nil))
        let domains = AllowListFixture.domains(list)
        #expect(domains.contains("<instance-alias>.my.connect.aws"))
        #expect(domains.contains("<instance-alias>.awsapps.com"))
        #expect(!domains.contains { $0.contains(".s3.") })
        #expect(
            domains.filter { $0.hasPrefix("TurnNlb-") } == [
                "TurnNlb-1dc64a459ead57ea.elb.eu-west-2.amazonaws.com", "TurnNlb-*.elb.eu-west-2.amazonaws.com",
            ])
        #expect(domains.count == 10)
        #expect(list.instanceAlias == nil)
        #expect(list.advice.contains { $0.id == "instance-alias-missing" && $0.text.contains("<instance-alias>") })
        // The stateless section uses the Region's AMAZON_CONNECT ranges: 15.193.5.0/24 is inside the GLOBAL /19.
        #expect(list.inbound.compactMap(\.prefixSet).first?.prefixes.map(\.description) == ["15.193.0.0/19"])
    }

    @Test func ipRangesOptionOnTheEmbeddedSnapshot() throws {
        let list = try AllowListFixture.plan(try AllowListFixture.topology(), option: .ipRanges)
        #expect(list.optionOrigin == .commandLine)
        let sets = Dictionary(uniqueKeysWithValues: list.prefixSets.map { ($0.name, $0) })
        #expect(sets["connect_media_v4"]?.prefixes.map(\.description) == ["15.193.0.0/19", "52.55.191.224/27"])
        #expect(sets["connect_media_v6"]?.prefixes.map(\.description) == ["2600:f0f2:7100::/40"])
        #expect(sets["connect_signaling_v4"]?.prefixes.count == 232)
        #expect(sets["connect_signaling_v6"]?.prefixes.count == 174)
        #expect(sets["connect_cloudfront_v4"]?.prefixes.count == 180)
        #expect(sets["connect_cloudfront_v6"]?.prefixes.count == 31)
        #expect(sets["connect_signaling_v4"]?.regions == ["us-east-1"])
        #expect(sets["connect_cloudfront_v4"]?.regions == [])
        #expect(list.outbound.map(\.portText) == ["3478", "3478", "443", "443", "443", "443"])
        #expect(list.advice.contains { $0.id == "option-2-not-recommended" })
    }

    @Test func usGovWest1HasNoIPv4ConnectRangeAndFallsBackToGlobal() throws {
        let list = try AllowListFixture.plan(try AllowListFixture.topology(region: "us-gov-west-1"), option: .ipRanges)
        let media = list.prefixSets.filter { $0.service == AWSServiceCode.amazonConnect }
        #expect(media.map { $0.prefixes.map(\.description) } == [["15.193.0.0/19"], ["2600:f0f2:7100::/40"]])
        #expect(media[0].entryCount == 1)
        #expect(list.advice.contains { $0.id == "connect-global-only-ipv4" })
        #expect(!list.advice.contains { $0.id == "connect-global-only-ipv6" })
        #expect(list.outbound.filter { $0.transport == .udp }.count == 2)
        let domains = AllowListFixture.domains(
            try AllowListFixture.plan(try AllowListFixture.topology(region: "us-gov-west-1")))
        #expect(domains.contains("TurnNlb-d7c623c23f628042.elb.us-gov-west-1.amazonaws.com"))
    }

    @Test func ec2FallsBackToGlobalWhenTheRegionHasNone() throws {
        let ranges = AWSIPRanges(
            syncToken: "1", createDate: "2026-01-01-00-00-00",
            entries: [
                IPRangeEntry(
                    prefix: IPPrefix("15.193.0.0/19")!, region: "GLOBAL", service: "AMAZON_CONNECT",
                    networkBorderGroup: "GLOBAL"),
                IPRangeEntry(
                    prefix: IPPrefix("192.0.2.0/25")!, region: "GLOBAL", service: "EC2", networkBorderGroup: "GLOBAL"),
                IPRangeEntry(
                    prefix: IPPrefix("192.0.2.128/25")!, region: "GLOBAL", service: "EC2", networkBorderGroup: "GLOBAL"),
                IPRangeEntry(
                    prefix: IPPrefix("198.51.100.0/24")!, region: "eu-west-1", service: "EC2",
                    networkBorderGroup: "eu-west-1"),
            ], source: "test")
        let list = try AllowListPlanner.plan(
            try AllowListFixture.topology(region: "af-south-1"), ranges: ranges, options: .init(option: .ipRanges))
        let signaling = try #require(list.prefixSets.first { $0.name == "connect_signaling_v4" })
        #expect(signaling.regions == ["GLOBAL"])
        #expect(signaling.prefixes.map(\.description) == ["192.0.2.0/24"])
        #expect(list.advice.contains { $0.id == "ec2-global-fallback-ipv4" })
        // No IPv6 at all: no empty set, no rule.
        #expect(!list.prefixSets.contains { $0.family == .ipv6 })
    }

    @Test func statelessFirewallAndEphemeralChoice() throws {
        let topology = try AllowListFixture.topology(
            firewall: "firewall:\n  stateful: false\n  allow_list: ip-ranges\n")
        let linux = try AllowListFixture.plan(topology, ephemeral: .linux)
        #expect(linux.option == .ipRanges)
        #expect(linux.inboundRequired)
        #expect(linux.inbound.map(\.portText) == ["32768-61000", "32768-61000"])
        #expect(
            linux.inbound.allSatisfy {
                $0.direction == .inbound && $0.transport == .udp && $0.prefixSet?.service == "AMAZON_CONNECT"
            })
        #expect(
            try AllowListFixture.plan(topology, ephemeral: .windows).inbound.map(\.portText) == [
                "49152-65535", "49152-65535",
            ])
        #expect(try AllowListFixture.plan(topology).inbound.count == 4)
        #expect(linux.advice.contains { $0.id == "stateless-required" })
        #expect(
            try AllowListFixture.plan(try AllowListFixture.topology()).advice.contains { $0.id == "stateless-advisory" }
        )
    }

    @Test func mediaLessCCPAndDeskPhonesNeedNoMediaRules() throws {
        for (extra, id) in [("  media_less_ccp: true\n", "media-less-ccp"), ("  softphone: false\n", "desk-phones")] {
            let topology = try AllowListFixture.topology(connectExtra: extra)
            for option in FirewallSettings.AllowListStyle.allCases {
                let list = try AllowListFixture.plan(topology, option: option)
                #expect(!list.carriesMedia)
                #expect(list.inbound.isEmpty)
                #expect(!list.outbound.contains { $0.transport == .udp })
                #expect(list.advice.contains { $0.id == id })
            }
        }
    }

    @Test func adviceNamesTheShiftLength() throws {
        let list = try AllowListFixture.plan(try AllowListFixture.topology(connectExtra: "  shift_hours: 11\n"))
        let ssl = try #require(list.advice.first { $0.id == "ssl-inspection-cache" })
        #expect(ssl.text.contains("11 hours"))
        #expect(
            list.advice.contains { $0.id == "test-200-calls" && $0.text.contains("200") && $0.text.contains("2 %") })
        #expect(list.advice.contains { $0.id == "proxy-web-sockets" })
        #expect(
            try AllowListFixture.plan(try AllowListFixture.topology()).advice.first { $0.id == "ssl-inspection-cache" }?
                .text.contains("not set") == true)
    }

    @Test func additionsSinceAnOlderFileCarryTheDeadline() throws {
        guard let oldURL = SharedTestData.file("ip-ranges-2026-08-19.json") else { return }
        let old = try AWSIPRanges.load(path: oldURL.path)
        let canada = try AllowListFixture.plan(
            try AllowListFixture.topology(region: "ca-central-1"), option: .ipRanges, since: old)
        let additions = try #require(canada.additions)
        #expect(
            additions.added.map { "\($0.service) \($0.region) \($0.prefix)" } == [
                "EC2 ca-central-1 23.254.40.0/23", "EC2 ca-central-1 64.23.0.0/18",
            ])
        #expect(additions.allowBy?.dayText == "2026-09-21")
        #expect(additions.fullTrafficFrom?.dayText == "2026-10-05")
        #expect(additions.otherRegionsAdded == 0)
        #expect(additions.removed.isEmpty)
        #expect(canada.advice.contains { $0.id == "thirty-day-rule" })
        let virginia = try #require(try AllowListFixture.plan(try AllowListFixture.topology(), since: old).additions)
        #expect(virginia.added.isEmpty)
        #expect(virginia.otherRegionsAdded == 2)
    }

    @Test func regionThatCannotBeADomainIsRejected() throws {
        var topology = try AllowListFixture.topology()
        topology.connect.region.value = "us-east-1.evil.example\nx"
        #expect(throws: InputError.self) { try AllowListFixture.plan(topology) }
        topology.connect.region.value = "us-east-1"
        topology.connect.instance?.value = "a.b"
        #expect(throws: InputError.self) { try AllowListFixture.plan(topology) }
    }

    @Test func unknownRegionIsFlagged() throws {
        let list = try AllowListFixture.plan(try AllowListFixture.topology(region: "us-east-2"))
        #expect(list.advice.contains { $0.id == "region-without-connect" })
        #expect(list.advice.contains { $0.id == "no-turn-endpoints" })
        #expect(AllowListFixture.domains(list).contains("TurnNlb-*.elb.us-east-2.amazonaws.com"))
    }
}
