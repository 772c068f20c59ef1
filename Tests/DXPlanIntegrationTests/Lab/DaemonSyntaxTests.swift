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

/// The real parsers accept every generated configuration: `vtysh -C -f` (FRR 8.4: exit 0, no
/// "Unknown command") and `bird -p -c` (BIRD 2.0: exit 0), for every example and lab topology and
/// every router, and the vendor grammar check's feature topologies (iBGP over both loopbacks, ISP
/// sessions, LAG, IPv6) rendered for FRR and BIRD. Needs only the binaries (no root): missing ones
/// fail under CI=true, else skip.
@Suite struct DaemonSyntaxTests {
    static let topologies: [URL] =
        PackagePaths.exampleTopologies
        + ["dual-stack-lab.yaml", "accept-filter-lab.yaml", "two-router-lab.yaml"].map(LabTests.labTopology)
        + VendorGrammarTests.featureTopologies

    @Test(arguments: topologies.map(\.lastPathComponent))
    func frrAcceptsTheConfig(topology: String) throws {
        guard let tools = LabRequirements.tools(["vtysh"], needsNamespaces: false) else { return }
        let url = try #require(Self.topologies.first { $0.lastPathComponent == topology })
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for plan in try ConfigFixture.plans(url, vendor: .frr) {
            let file = directory.appendingPathComponent("\(plan.routerName).conf")
            try ConfigRenderer.render(plan).write(to: file, atomically: true, encoding: .utf8)
            let result = try LabCommand.run(tools("vtysh"), ["-C", "-f", file.path], timeout: 60)
            #expect(
                result.succeeded,
                "\(topology) \(plan.routerName): status \(result.status)\n\(result.output.prefix(3000))\(result.error.prefix(3000))"
            )
            #expect(
                !result.output.contains("Unknown command") && !result.error.contains("Unknown command"),
                "\(topology) \(plan.routerName): \(result.output.prefix(3000))")
        }
    }

    @Test(arguments: topologies.map(\.lastPathComponent))
    func birdAcceptsTheConfig(topology: String) throws {
        guard let tools = LabRequirements.tools(["bird"], needsNamespaces: false) else { return }
        let url = try #require(Self.topologies.first { $0.lastPathComponent == topology })
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for plan in try ConfigFixture.plans(url, vendor: .bird) {
            let file = directory.appendingPathComponent("\(plan.routerName).conf")
            try ConfigRenderer.render(plan).write(to: file, atomically: true, encoding: .utf8)
            let result = try LabCommand.run(tools("bird"), ["-p", "-c", file.path], timeout: 60)
            #expect(
                result.succeeded,
                "\(topology) \(plan.routerName): status \(result.status)\n\(result.output.prefix(3000))\(result.error.prefix(3000))"
            )
        }
    }

    /// Several BIRD routers on one stream (`dxplan config` without `--output-dir`): every symbol
    /// carries its router's name and the daemon-wide protocols are written once, so `bird -p`
    /// accepts the whole stream, and each router's own file on its own.
    @Test(arguments: topologies.map(\.lastPathComponent))
    func birdAcceptsTheMultiRouterStream(topology: String) throws {
        guard let tools = LabRequirements.tools(["bird"], needsNamespaces: false) else { return }
        let url = try #require(Self.topologies.first { $0.lastPathComponent == topology })
        let plans = try ConfigFixture.plans(url, vendor: .bird)
        guard plans.count > 1 else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("stream.conf")
        let stream = ConfigRenderer.render(plans)
        #expect(stream.components(separatedBy: "# ==================== router ").count == plans.count + 1)
        try stream.write(to: file, atomically: true, encoding: .utf8)
        let result = try LabCommand.run(tools("bird"), ["-p", "-c", file.path], timeout: 60)
        #expect(
            result.succeeded,
            "\(topology): status \(result.status)\n\(result.output.prefix(3000))\(result.error.prefix(3000))")
        #expect(stream.components(separatedBy: "\nprotocol device {").count == 2, "one protocol device")
    }
}
