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

@Suite struct DirectConnectRulesTests {
    @Test func speeds() {
        #expect(DirectConnectRules.dedicatedSpeeds.map(\.description) == ["1Gbps", "10Gbps", "100Gbps", "400Gbps"])
        #expect(
            DirectConnectRules.hostedSpeeds.map(\.description) == [
                "50Mbps", "100Mbps", "200Mbps", "300Mbps", "400Mbps", "500Mbps",
                "1Gbps", "2Gbps", "5Gbps", "10Gbps", "25Gbps",
            ])
        #expect(DirectConnectRules.hostedSpeeds == DirectConnectRules.hostedSpeeds.sorted())
        #expect(DirectConnectRules.hostedSpeedsNeedingHundredGigabitPorts == [.gbps(25)])
        #expect(!DirectConnectRules.dedicatedSpeeds.contains(.gbps(25)))
    }

    @Test(arguments: [
        (PortSpeed.gbps(1), "1000BASE-LX", 4),
        (.gbps(10), "10GBASE-LR", 4),
        (.gbps(100), "100GBASE-LR4", 2),
        (.gbps(400), "400GBASE-LR4", 2),
    ])
    func perDedicatedSpeed(speed: PortSpeed, optic: String, lagMembers: Int) {
        #expect(DirectConnectRules.transceiver(for: speed) == optic)
        #expect(DirectConnectRules.speed(forTransceiver: optic) == speed)
        #expect(DirectConnectRules.speed(forTransceiver: optic.lowercased()) == speed)
        #expect(DirectConnectRules.maximumLAGMembers(for: speed) == lagMembers)
    }

    @Test func nonDedicatedSpeeds() {
        #expect(DirectConnectRules.transceiver(for: .mbps(500)) == nil)
        #expect(DirectConnectRules.transceiver(for: .gbps(25)) == nil)
        #expect(DirectConnectRules.maximumLAGMembers(for: .gbps(25)) == nil)
        #expect(DirectConnectRules.speed(forTransceiver: "10GBASE-SR") == nil)
    }

    @Test func macsec() {
        #expect(DirectConnectRules.macsecSpeeds == [.gbps(10), .gbps(100), .gbps(400)])
        #expect(DirectConnectRules.macsecCipherSuites(for: .gbps(10)) == ["GCM-AES-256", "GCM-AES-XPN-256"])
        #expect(DirectConnectRules.macsecCipherSuites(for: .gbps(100)) == ["GCM-AES-XPN-256"])
        #expect(DirectConnectRules.macsecCipherSuites(for: .gbps(400)) == ["GCM-AES-XPN-256"])
        #expect(DirectConnectRules.macsecCipherSuites(for: .gbps(1)).isEmpty)
    }

    @Test func quotasAndPeering() {
        #expect(DirectConnectRules.publicVIFMaximumPrefixes == 1000)
        #expect(DirectConnectRules.maximumPublicOrPrivateVIFsPerDedicatedConnection == 50)
        #expect(DirectConnectRules.maximumTransitVIFsPerDedicatedConnection == 4)
        #expect(DirectConnectRules.maximumVIFsPerDedicatedConnection == 51)
        #expect(DirectConnectRules.maximumVIFsPerHostedConnection == 1)
        #expect(DirectConnectRules.bfdMinimumIntervalMilliseconds == 300)
        #expect(DirectConnectRules.bfdMinimumMultiplier == 3)
        #expect(DirectConnectRules.bgpAuthKeyLength == 6...80)
        #expect(DirectConnectRules.ipv6PeeringPrefixLength == 125)
        #expect(DirectConnectRules.ipv4PeeringPrefixLengths == [30, 31])
        #expect(DirectConnectRules.vlanRange == 1...4094)
    }
}
