import DXTestSupport
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

/// The section builders of `ReviewReport`, on small topologies and the fixture ip-ranges.
@Suite struct ReviewReportTests {
    static let base = TopologyFixture.minimal + SimulationFixture.uplink

    static func report(_ text: String = base) throws -> ReviewReport { try ReportFixture.small(text) }

    @Test func verdictAndSectionsOfAPassingDesign() throws {
        let report = try Self.report()
        #expect(report.base.verdict.connectOverDirectConnect)
        #expect(report.isSuccess)
        #expect(report.title == "Test site")
        #expect(report.failureOutcomes.map(\.failed) == [["dx-1"], ["pub-1"], ["edge-1"], ["isp-a"]])
        #expect(!report.survivesEverySingleFailure)
        #expect(report.findings.contains { $0.id == "single-failure-breaks-connect" })
        #expect(report.resiliency == .development)
    }

    @Test func whitepaperStepsAreDoneForAPassingDesign() throws {
        let steps = try Self.report().steps
        #expect(steps.map(\.number) == [1, 2, 3, 4, 5])
        #expect(steps.map(\.status) == [.done, .done, .done, .done, .done])
        #expect(steps[2].evidence.contains("198.51.100.0/24 on pub-1: continent (7224:9200)"))
        #expect(steps[3].evidence.contains("pub-1 VLAN 101"))
    }

    @Test func untaggedAdvertisementNeedsAttention() throws {
        let text = Self.base.replacingOccurrences(of: "\n            scope: continent", with: "")
        let steps = try Self.report(text).steps
        #expect(steps[2].status == .attention)
        #expect(steps[2].evidence.contains("untagged (global)"))
    }

    @Test func narrowReturnScopeIsMissingAndFailsTheReport() throws {
        let text = Self.base.replacingOccurrences(of: "location: EqDC2", with: "location: \"Equinix CH2, Chicago, IL\"")
            .replacingOccurrences(of: "scope: continent", with: "scope: region")
        let report = try Self.report(text)
        #expect(!report.base.verdict.returnPath)
        #expect(report.steps[2].status == .missing)
        #expect(!report.isSuccess)
    }

    @Test func vlanOutOfRangeIsMissing() throws {
        let steps = try Self.report(Self.base.replacingOccurrences(of: "vlan: 101", with: "vlan: 5000")).steps
        #expect(steps[3].status == .missing)
        #expect(steps[3].evidence.contains("outside 1–4094"))
    }

    @Test func connectionSummaryNeverShowsALiteralKey() throws {
        let text = Self.base.replacingOccurrences(of: "env:DX_KEY", with: "Sup3rSecretKey!")
        let summary = try Self.report(text).connections
        #expect(summary.count == 1)
        #expect(summary[0].interfaces[0].authKey == "literal (redacted)")
        #expect(ConnectionSummary.redactedKey(.environment("K")) == "env:K")
        #expect(ConnectionSummary.redactedKey(nil) == "none")
        #expect(summary[0].location == "Equinix DC2/DC11, Ashburn, VA")
        #expect(summary[0].homeRegion == "us-east-1")
    }

    @Test func diagramHasEveryColumnAndTheConnectRegion() throws {
        let text = Self.base.replacingOccurrences(of: "region: us-east-1", with: "region: us-west-2")
        let diagram = try Self.report(text).diagram
        #expect(diagram.nodes(in: .internet).map(\.title) == ["isp-a"])
        #expect(diagram.nodes(in: .router).map(\.title) == ["edge-1"])
        #expect(diagram.nodes(in: .link).map(\.title) == ["dx-1"])
        #expect(diagram.nodes(in: .location).map(\.title) == ["Equinix DC2/DC11, Ashburn, VA"])
        #expect(diagram.nodes(in: .region).map(\.title) == ["us-east-1", "us-west-2"])
        #expect(diagram.nodes(in: .region).map(\.isConnectRegion) == [false, true])
        #expect(diagram.edges.contains(DiagramEdge(from: "region:us-east-1", to: "region:us-west-2", style: .dashed)))
        #expect(diagram.edges.contains(DiagramEdge(from: "isp:isp-a", to: "router:edge-1")))
    }

    @Test func firewallGuidanceFollowsTheTopology() throws {
        let stateful = try Self.report().firewall
        #expect(stateful.rules.contains { $0.remote == "test-site.my.connect.aws" && $0.ports == "443" })
        #expect(stateful.rules.contains { $0.remote == "*.static.connect.aws" })
        #expect(
            stateful.rules.contains {
                $0.remote == "TurnNlb-*.elb.us-east-1.amazonaws.com" && $0.ports == "3478" && $0.protocolName == "UDP"
            })
        #expect(!stateful.rules.contains { $0.remote.contains(".s3.") })
        #expect(!stateful.rules.contains { $0.remote.contains("{") }, "Global Resiliency patterns are advice")
        #expect(stateful.notes.contains { $0.hasPrefix("Global Resiliency is not described by the topology") })
        #expect(stateful.rules.filter { $0.remote.hasPrefix("TurnNlb-") && !$0.remote.contains("*") }.count == 3)
        #expect(stateful.notes.contains { $0.contains("more than 200 calls") && $0.contains("above 2 %") })
        #expect(stateful.notes.contains { $0.contains("a full agent shift") })
        #expect(!stateful.inboundRequired)

        let text = Self.base + "firewall:\n  stateful: false\n  allow_list: ip-ranges\n"
        let stateless = try Self.report(
            text.replacingOccurrences(
                of: "  region: us-east-1\n",
                with: "  region: us-east-1\n  shift_hours: 10\n  attachments_bucket: my-bucket\n")
        ).firewall
        #expect(stateless.inboundRequired)
        #expect(stateless.rules.contains { $0.direction == "inbound" && $0.ports == "49152-65535" })
        #expect(stateless.rules.contains { $0.direction == "inbound" && $0.ports == "32768-61000" })
        #expect(stateless.notes.contains { $0.contains("10 hours") })
        #expect(stateless.optionTitle.hasPrefix("Option 2"))
        #expect(stateless.rules.contains { $0.remote == "connect_media_v4" && $0.selection != nil })
    }

    @Test func regionGuidanceNamesTheScopeOfEachHomeRegion() throws {
        let items = try Self.report().regionGuidance
        #expect(items[0].text.hasPrefix("us-east-1 is one of the 11 Regions"))
        #expect(items.contains { $0.text.contains("7224:8100") })
        #expect(items.contains { $0.text.hasPrefix("External transfers") })
        let elsewhere = try Self.report(
            Self.base.replacingOccurrences(of: "region: us-east-1", with: "region: ap-south-1")
        ).regionGuidance
        #expect(elsewhere[0].text.contains("is not among"))
        #expect(elsewhere.contains { $0.text.contains("another continent") })
    }

    @Test func assumptionsShowTopologyOverrides() throws {
        let defaults = try Self.report()
        #expect(!defaults.assumptions.contains { $0.overridden })
        #expect(!defaults.assumptionsSection)
        let text = Self.base + "assumptions:\n  aws_as_path_length: 4\n  continents:\n    sa-east-1: north-america\n"
        let report = try Self.report(text)
        #expect(report.assumptionsSection)
        #expect(
            report.assumptions.filter(\.overridden).map(\.topic) == [
                "AS_PATH length of AWS routes", "Continent of sa-east-1",
            ])
        #expect(report.assumptions.contains { $0.topic == "Continent of sa-east-1" && $0.value == "north-america" })
    }

    @Test func destinationsAndProvenance() throws {
        let report = try Self.report()
        #expect(report.destinations.map(\.role) == [.media, .signaling, .globalConnect, .cloudFront])
        #expect(report.destinations.allSatisfy { $0.directConnectShare.isComplete })
        #expect(report.offPathSegments.isEmpty)
        #expect(report.provenance.syncToken == "1787411825")
        #expect(report.provenance.ipRangesSource == "ranges.json")
        #expect(report.provenance.dxplanVersion == DXPlan.version)
        #expect(report.provenance.topologyFile == "site.yaml")
    }

    @Test func offPathSegmentsListTheInternetParts() throws {
        let text = Self.base.replacingOccurrences(
            of: "bfd: true", with: "bfd: true\n        accept: [region, continent]")
        let report = try Self.report(text)
        #expect(report.offPathSegments.contains { $0.role == .globalConnect && $0.path.hasPrefix("internet") })
        #expect(report.steps[4].status == .attention)
    }
}
