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

@Suite struct ConnectEndpointsTests {
    @Test func everyConnectRegionHasTurnEndpoints() {
        for region in RegionCatalog.amazonConnectRegions {
            #expect(!ConnectEndpoints.turnEndpoints(in: region.code).isEmpty, "\(region.code)")
        }
        #expect(ConnectEndpoints.turnEndpoints.count == 15)
        #expect(
            Set(ConnectEndpoints.turnEndpoints.map(\.region)) == Set(RegionCatalog.amazonConnectRegions.map(\.code)))
        #expect(Set(ConnectEndpoints.turnEndpoints).count == 15)
    }

    @Test func hostNames() {
        #expect(
            ConnectEndpoints.turnEndpoints(in: "us-east-1").map(\.hostName) == [
                "TurnNlb-d76454ac48d20c1e.elb.us-east-1.amazonaws.com",
                "TurnNlb-31a7fe8a79c27929.elb.us-east-1.amazonaws.com",
                "TurnNlb-7a9b8e750cec315a.elb.us-east-1.amazonaws.com",
            ])
        #expect(ConnectEndpoints.turnEndpoints(in: "us-west-2").count == 3)
        #expect(ConnectEndpoints.turnEndpoints(in: "ap-south-1").isEmpty)
        for endpoint in ConnectEndpoints.turnEndpoints {
            #expect(endpoint.name.hasPrefix("TurnNlb-") && endpoint.name.count == 24, "\(endpoint.name)")
        }
    }

    @Test func domainPatternsRender() {
        let values: [ConnectDomainPattern.Placeholder: String] = [
            .region: "us-east-1", .instance: "example-corp", .bucket: "example-att",
        ]
        let rendered = ConnectEndpoints.domainPatterns.compactMap { $0.rendered(values) }
        #expect(
            rendered == [
                "rtc*.connect-telecom.us-east-1.amazonaws.com",
                "example-corp.my.connect.aws",
                "*.cloudfront.net",
                "example-corp.awsapps.com",
                "*.telemetry.connect.us-east-1.amazonaws.com",
                "participant.connect.us-east-1.amazonaws.com",
                "*.transport.connect.us-east-1.amazonaws.com",
                "example-att.s3.us-east-1.amazonaws.com",
                "TurnNlb-*.elb.us-east-1.amazonaws.com",
            ])
    }

    @Test func patternsNeedTheirPlaceholders() throws {
        let s3 = try #require(ConnectEndpoints.domainPatterns.first { $0.condition == .attachmentsBucket })
        #expect(s3.placeholders == [.region, .bucket])
        #expect(s3.rendered([.region: "eu-west-2"]) == nil)
        let turn = try #require(ConnectEndpoints.domainPatterns.first { $0.transport == .udp })
        #expect(turn.port == ConnectEndpoints.turnPort)
        #expect(turn.port == 3478)
        let signIn = ConnectEndpoints.domainPatterns.filter { $0.condition == .globalResiliency }
        #expect(signIn.count == 2)
        #expect(
            signIn[0].rendered([.instanceID: "abc", .sourceRegion: "us-west-2"]) == "abc.us-west-2.sign-in.connect.aws")
        #expect(ConnectEndpoints.domainPatterns.allSatisfy { $0.direction == .outbound })
        #expect(ConnectEndpoints.domainPatterns.filter { $0.transport == .tcp }.allSatisfy { $0.port == 443 })
    }

    @Test func statelessPorts() {
        #expect(ConnectEndpoints.windowsEphemeralPorts == 49152...65535)
        #expect(ConnectEndpoints.linuxEphemeralPorts == 32768...61000)
    }
}
