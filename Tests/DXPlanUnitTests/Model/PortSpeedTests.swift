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

@Suite struct PortSpeedTests {
    @Test(arguments: [
        ("50Mbps", 50, "50Mbps"),
        ("500Mbps", 500, "500Mbps"),
        ("1Gbps", 1000, "1Gbps"),
        ("10Gbps", 10_000, "10Gbps"),
        ("400Gbps", 400_000, "400Gbps"),
        ("10gbps", 10_000, "10Gbps"),
        ("10GBPS", 10_000, "10Gbps"),
        ("100mbps", 100, "100Mbps"),
        ("1000Mbps", 1000, "1Gbps"),
        ("2500Mbps", 2500, "2500Mbps"),
    ])
    func parsesAndPrintsCanonically(text: String, megabits: Int, canonical: String) throws {
        let speed = try #require(PortSpeed(text))
        #expect(speed.megabitsPerSecond == megabits)
        #expect(speed.description == canonical)
        #expect(PortSpeed(speed.description) == speed)
    }

    @Test(arguments: [
        "", "Gbps", "10", "10G", "10 Gbps", " 10Gbps", "10Gbps ", "1.5Gbps", "-1Gbps", "+1Gbps",
        "0Gbps", "0Mbps", "010Gbps", "10Gb", "10Gbit", "10Kbps", "10Tbps", "ten Gbps", "١٠Gbps",
        "99999999999999999999Gbps", "9223372036854775807Gbps",
    ])
    func rejects(text: String) {
        #expect(PortSpeed(text) == nil)
    }

    @Test func ordersByBandwidth() {
        #expect(PortSpeed.mbps(500) < .gbps(1))
        #expect(PortSpeed.gbps(1) == .mbps(1000))
        #expect([PortSpeed.gbps(10), .mbps(50), .gbps(1)].sorted() == [.mbps(50), .gbps(1), .gbps(10)])
        #expect(PortSpeed.mbps(500).gigabitsPerSecond == nil)
        #expect(PortSpeed.gbps(25).gigabitsPerSecond == 25)
    }
}
