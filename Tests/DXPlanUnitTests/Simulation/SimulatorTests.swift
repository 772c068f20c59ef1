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

/// One scenario per outcome of the verdict (Docs/Simulation.md §7), each checking the exact verdict and reason.
@Suite struct SimulatorTests {
    static let base = SimulationFixture.base

    func ids(_ result: SimulationResult, _ severity: Severity = .error) -> Set<String> {
        Set(result.findings.filter { $0.severity == severity }.map(\.id))
    }

    @Test func baselineIsOverDirectConnectWithTaggedRoutes() throws {
        let result = try SimulationFixture.simulate(Self.base, routes: true)
        #expect(result.verdict == Verdict(forward: true, returnPath: true))
        #expect(result.isSuccess)
        let vif = try #require(result.interfaces.first)
        #expect(vif.homeRegion == "us-east-1")
        #expect(vif.advertisedByAWS[.ipv4] == 7)  // 8 distinct IPv4 prefixes minus cn-north-1
        #expect(vif.learnedByScope == [.region: 3, .continent: 1, .global: 3])
        let routes = try #require(vif.routes)
        #expect(routes.first { $0.prefix.description == "15.193.6.0/24" }?.communities == [.awsLocalRegion, .noExport])
        #expect(routes.first { $0.prefix.description == "3.128.0.0/15" }?.communities == [.awsContinent, .noExport])
        #expect(routes.first { $0.prefix.description == "15.193.0.0/19" }?.communities == [.noExport])
        #expect(!routes.contains { $0.prefix.description == "54.222.0.0/19" })
        let media = result.destinations.filter { $0.role == .media }.map(\.prefix.description)
        #expect(media == ["15.193.6.0/24", "52.55.191.224/27"])
        let segment = try #require(result.destinations.first?.segments.first)
        #expect(segment.decision.reason.description == "longest match /24 learned on pub-1 (7224:8100)")
        #expect(result.returnPath.first?.via == ["pub-1"])
        #expect(
            result.returnPath.first?.reason.description
                == "198.51.100.0/24 advertised on pub-1 with scope continent (7224:9200) reaches us-east-1")
    }

    @Test func connectRegionOutsideTheAcceptedScope() throws {
        // A location homed in us-east-2: Connect's us-east-1 ranges arrive tagged 7224:8200.
        let text = Self.base.replacingOccurrences(of: "location: EqDC2", with: "location: \"Equinix CH2, Chicago, IL\"")
            .replacingOccurrences(of: "        bfd: true\n", with: "        bfd: true\n        accept: [region]\n")
        let result = try SimulationFixture.simulate(text)
        #expect(!result.verdict.forward)
        let finding = try #require(result.findings.first { $0.id == "connect-range-not-accepted" })
        #expect(finding.message.hasPrefix("inbound policy of pub-1 accepts region, not continent (7224:8200)"))
        let media = try #require(result.destinations.first { $0.role == .media })
        #expect(media.segments.first?.decision.kind == .internet)
        #expect(media.directConnectShare == 0)
    }

    @Test func globalRangeUntaggedAndNotAccepted() throws {
        let text = Self.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        accept: [region, continent]\n")
        let result = try SimulationFixture.simulate(text)
        #expect(result.verdict.connectOverDirectConnect)
        let global = try #require(result.destinations.first { $0.role == .globalConnect })
        #expect(global.directConnectShare == 256.0 / 8192.0)
        #expect(
            result.findings.contains {
                $0.id == "connect-share-over-internet"
                    && $0.message.hasPrefix("the GLOBAL AMAZON_CONNECT range reached over Direct Connect: IPv4 3.1%;")
            })
        #expect(!result.findings.hasErrors)
    }

    @Test func internetMoreSpecificStealsPartOfARange() throws {
        let result = try SimulationFixture.simulate(Self.base, tables: ["isp-a": "15.193.6.0/25 64510 16509\n"])
        #expect(!result.verdict.forward)
        let media = try #require(result.destinations.first { $0.prefix.description == "15.193.6.0/24" })
        #expect(media.segments.map(\.prefix.description) == ["15.193.6.0/25", "15.193.6.128/25"])
        #expect(media.segments[0].decision.kind == .internet)
        #expect(
            media.segments[0].decision.reason.description
                == "longest match 15.193.6.0/25 from isp-a, more specific than the /24 learned on pub-1")
        #expect(media.segments[1].decision.kind == .directConnect)
        #expect(media.directConnectShare == 0.5)
        #expect(ids(result).contains("internet-more-specific"))
        guard case .object(let json) = SimulationJSON.destination(media) else {
            Issue.record("a destination is a JSON object")
            return
        }
        #expect(json["directConnectShare"] == .number(0.5))
        #expect(json["directConnectAddresses"] == ["covered": "128", "total": "256"])
    }

    @Test func asPathLossToTheInternet() throws {
        let result = try SimulationFixture.simulate(Self.base, tables: ["isp-a": "15.193.6.0/24 64510 16509\n"])
        let segment = try #require(
            result.destinations.first { $0.prefix.description == "15.193.6.0/24" }?.segments.first)
        #expect(segment.decision.kind == .internet)
        #expect(
            segment.decision.reason.description
                == "longest match 15.193.6.0/24 from isp-a; AS_PATH length 2 beats 3 (pub-1) at equal local-pref 100")
        #expect(ids(result).contains("internet-wins-as-path"))
        // The fix the finding gives: a higher local-pref on the VIF.
        let fixed = try SimulationFixture.simulate(
            Self.base.replacingOccurrences(
                of: "        bfd: true\n", with: "        bfd: true\n        local_preference: 200\n"),
            tables: ["isp-a": "15.193.6.0/24 64510 16509\n"])
        #expect(fixed.verdict.forward)
    }

    @Test func localPreferenceLossToTheInternet() throws {
        let text = Self.base.replacingOccurrences(
            of: "    default_route: true\n", with: "    default_route: true\n    local_preference: 300\n")
        let result = try SimulationFixture.simulate(text, tables: ["isp-a": "15.193.6.0/24 64510 1 16509\n"])
        #expect(ids(result).contains("internet-wins-local-pref"))
        #expect(!result.verdict.forward)
    }

    @Test func directConnectInternetTieIsAFinding() throws {
        let result = try SimulationFixture.simulate(Self.base, tables: ["isp-a": "15.193.6.0/24 64510 1 16509\n"])
        let segment = try #require(
            result.destinations.first { $0.prefix.description == "15.193.6.0/24" }?.segments.first)
        #expect(segment.decision.isTie)
        #expect(segment.decision.kind == .internet)
        #expect(ids(result).contains("dx-internet-tie"))
    }

    @Test func returnScopeTooNarrow() throws {
        let text = Self.base.replacingOccurrences(of: "location: EqDC2", with: "location: \"Equinix CH2, Chicago, IL\"")
            .replacingOccurrences(of: "scope: continent", with: "scope: region")
        let result = try SimulationFixture.simulate(text)
        #expect(result.verdict.forward)
        #expect(!result.verdict.returnPath)
        let finding = try #require(result.findings.first { $0.id == "return-scope-too-narrow" })
        #expect(
            finding.message
                == "198.51.100.0/24 is advertised on pub-1 with scope region (7224:9100), which does not reach us-east-1 from us-east-2"
        )
    }

    @Test func agentSourceNotAdvertisedOnTheCarryingVIF() throws {
        let second = """
                  - name: pub-2
                    type: public
                    vlan: 102
                    customer_address: 203.0.113.1/31
                    amazon_address: 203.0.113.0/31
                    bgp_auth_key: env:DX_KEY
                    bfd: true
                    local_preference: 300
                    advertise: [203.0.113.0/24]

            """
        let text =
            TopologyFixture.minimal.replacingOccurrences(
                of: "    - 198.51.100.0/24\n", with: "    - 198.51.100.0/24\n    - 203.0.113.0/24\n"
            )
            .replacingOccurrences(
                of: "  region: us-east-1\n", with: "  region: us-east-1\n  agent_source: [198.51.100.0/25]\n") + second
            + SimulationFixture.uplink
        let result = try SimulationFixture.simulate(text)
        #expect(!result.verdict.forward)
        let segment = try #require(result.destinations.first { $0.role == .media }?.segments.first)
        #expect(segment.decision.via == ["pub-2"])
        #expect(segment.sourceFilteredOn == ["pub-2"])
        #expect(ids(result).contains("dx-source-filter"))
        #expect(result.verdict.returnPath)
    }

    @Test func failingTheOnlyConnectionSendsConnectToTheInternet() throws {
        let result = try SimulationFixture.simulate(Self.base, failures: ["dx-1"])
        #expect(result.failed == ["dx-1"])
        #expect(result.verdict == Verdict(forward: false, returnPath: false))
        #expect(result.interfaces.first?.isLive == false)
        #expect(result.destinations.first?.segments.first?.decision.via == ["isp-a"])
        #expect(ids(result).contains("return-path-internet"))
        #expect(ids(result).contains("no-direct-connect-route"))
    }

    @Test func withoutAnyRouteTrafficIsDropped() throws {
        let result = try SimulationFixture.simulate(TopologyFixture.minimal, failures: ["pub-1"])
        #expect(result.destinations.first?.segments.first?.decision.kind == PathKind.none)
        #expect(ids(result).contains("no-direct-connect-route"))
    }

    @Test func maxPrefixesBelowTheLearnedCount() throws {
        let text = Self.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        max_prefixes: 5\n")
        let result = try SimulationFixture.simulate(text)
        let finding = try #require(result.findings.first { $0.id == "max-prefixes-below-learned" })
        #expect(finding.message == "max_prefixes 5 of 'pub-1' is below the 7 routes it learns")
        #expect(finding.fix == "Set `max_prefixes: 100` (learned + 20 %), or narrow `accept`.")
        #expect(!result.isSuccess)
    }

    @Test func acceptServicesFiltersRoutes() throws {
        let text = Self.base.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        accept_services: [AMAZON_CONNECT, EC2]\n")
        let result = try SimulationFixture.simulate(text)
        #expect(result.interfaces.first?.learned[.ipv4] == 6)
        #expect(result.verdict.connectOverDirectConnect)
        #expect(result.destinations.first { $0.role == .cloudFront }?.directConnectShare == 0)
    }

    @Test func desksPhonesSkipMedia() throws {
        let text = Self.base.replacingOccurrences(
            of: "  region: us-east-1\n", with: "  region: us-east-1\n  softphone: false\n")
        let result = try SimulationFixture.simulate(text)
        #expect(!result.destinations.contains { $0.role == .media })
        #expect(result.destinations.contains { $0.role == .signaling })
    }

    @Test func resultIsDeterministic() throws {
        let first = SimulationJSON.value(try SimulationFixture.simulate(Self.base, routes: true)).serialized
        for _ in 0..<3 {
            #expect(SimulationJSON.value(try SimulationFixture.simulate(Self.base, routes: true)).serialized == first)
        }
    }

    @Test func jsonHasTheFieldsOfTheContract() throws {
        let json = SimulationJSON.value(try SimulationFixture.simulate(Self.base, routes: true)).serialized
        for field in [
            "\"topology\"", "\"ipRanges\"", "\"syncToken\"", "\"createDate\"", "\"failed\"", "\"verdict\"",
            "\"connectOverDirectConnect\"",
            "\"forward\"", "\"return\"", "\"interfaces\"", "\"homeRegion\"", "\"continent\"", "\"advertisedByAWS\"",
            "\"learned\"",
            "\"routes\"", "\"communities\"", "\"services\"", "\"connect\"", "\"destinations\"",
            "\"directConnectShare\"", "\"segments\"",
            "\"via\"", "\"kind\"", "\"reason\"", "\"returnPath\"", "\"agentSource\"", "\"findings\"", "\"severity\"",
            "\"location\"",
        ] {
            #expect(json.contains(field), "missing \(field)")
        }
        let root = try JSONReader.parse(Array(json.utf8), file: "out.json")
        guard case .mapping = root.kind else {
            Issue.record("not an object")
            return
        }
    }

    /// An ip-ranges file without IPv4 AMAZON_CONNECT ranges (neither in the Region nor GLOBAL):
    /// media drops out of the verdict, and a finding says so.
    @Test func missingConnectFamilyIsAFinding() throws {
        let lines = SimulationFixture.rangesJSON.split(separator: "\n", omittingEmptySubsequences: false)
        let json = lines.filter { !($0.contains("\"AMAZON_CONNECT\"") && $0.contains("\"ip_prefix\"")) }
            .joined(separator: "\n")
        let ranges = try AWSIPRanges.parse(Array(json.utf8), file: "old-ranges.json")
        func simulate(_ text: String) throws -> SimulationResult {
            let topology = try TopologyFixture.decode(text)
            return Simulator.run(SimulationInput(topology: topology, ranges: ranges))
        }
        let result = try simulate(Self.base)
        #expect(!result.destinations.contains { $0.role == .media })
        let finding = try #require(result.findings.first { $0.id == "connect-family-missing" })
        #expect(finding.severity == .warning)
        #expect(finding.location.map { "\($0.line):\($0.column)" } == "8:11")
        #expect(finding.message.hasPrefix("ip-ranges.json lists no ipv4 AMAZON_CONNECT range in us-east-1 or GLOBAL"))
        let deskPhones = Self.base.replacingOccurrences(
            of: "  region: us-east-1\n", with: "  region: us-east-1\n  softphone: false\n")
        #expect(try !simulate(deskPhones).findings.contains { $0.id == "connect-family-missing" })
        let current = try SimulationFixture.simulate(Self.base)
        #expect(!current.findings.contains { $0.id == "connect-family-missing" })
    }
}
