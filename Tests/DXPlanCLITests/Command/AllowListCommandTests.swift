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

@Suite struct AllowListCommandTests {
    static func write(_ text: String, in directory: URL, name: String = "site.yaml") throws -> String {
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test(arguments: AllowListFormat.allCases.map(\.rawValue))
    func everyExampleInEveryFormat(format: String) throws {
        for example in PackagePaths.exampleTopologies {
            do {
                let result = DXPlan.run(["allowlist", example.path, "--format", format])
                #expect(result.status == .success, "\(example.lastPathComponent) \(format): \(result.standardError)")
                #expect(
                    result.standardOutput.contains("1787411825")
                        && result.standardOutput.contains("2026-08-22-15-17-05"),
                    "\(example.lastPathComponent) \(format)")
            }
        }
    }

    @Test func defaultOptionComesFromTheTopologyAndCanBeOverridden() throws {
        let single = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml").path
        let text = DXPlan.run(["allowlist", single])
        #expect(text.standardOutput.contains("Option 1: domains (recommended), from firewall.allow_list"))
        #expect(text.standardOutput.contains("example-corp-dev.my.connect.aws"))
        #expect(text.standardOutput.contains("SSL-certificate cache timeout to at least 9 hours"))
        let ranges = DXPlan.run(["allowlist", single, "--option", "ip-ranges", "--format", "json"])
        #expect(ranges.standardOutput.contains("\"option\": \"ip-ranges\""))
        #expect(ranges.standardOutput.contains("\"optionFrom\": \"command-line\""))
        let exchange = PackagePaths.topologies.appendingPathComponent("hosted-datacenter-exchange.yaml").path
        #expect(
            DXPlan.run(["allowlist", exchange, "--format", "json"]).standardOutput.contains("\"option\": \"ip-ranges\"")
        )
    }

    @Test func nftablesWithDomainsWritesTheIPRangesEquivalent() {
        let single = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml").path
        let result = DXPlan.run(["allowlist", single, "--format", "nftables"])
        #expect(result.status == .success)
        #expect(result.standardOutput.contains("nftables matches addresses, not names"))
        #expect(result.standardOutput.contains("set connect_signaling_v4 {"))
    }

    @Test(
        arguments: [
            (["--option", "dns"], .unknownValue),
            (["--format", "yaml"], .unknownValue),
            (["--ephemeral", "macos"], .unknownValue),
            (["--optoin", "domains"], .unknownOption),
        ] as [([String], UsageError.Code)])
    func usageErrorsExit64(extra: [String], code: UsageError.Code) {
        let single = PackagePaths.topologies.appendingPathComponent("single-dedicated.yaml").path
        let result = DXPlan.run(["allowlist", single] + extra)
        #expect(result.status == .usage)
        #expect(result.usageError?.code == code, "\(result.standardError)")
        #expect(result.standardError.contains("\nUsage: dxplan allowlist TOPOLOGY "))
        #expect(DXPlan.run(["allowlist"]).status == .usage)
    }

    @Test func unusableInputExitsTwo() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(DXPlan.run(["allowlist", "/nonexistent/site.yaml"]).status == .unusableInput)
        let good = try Self.write(TopologyFixture.minimal, in: directory)
        let badRanges = try Self.write("{\"syncToken\": \"x\"}", in: directory, name: "bad.json")
        let since = DXPlan.run(["allowlist", good, "--since", badRanges])
        #expect(since.status == .unusableInput)
        #expect(since.standardError.hasPrefix(badRanges + ":"))
        #expect(DXPlan.run(["allowlist", good, "--ip-ranges", badRanges]).status == .unusableInput)
        let region = try Self.write(
            TopologyFixture.replacing("region: us-east-1", with: "region: \"us-east-1 }; drop\""), in: directory,
            name: "region.yaml")
        let result = DXPlan.run(["allowlist", region, "--format", "nftables"])
        #expect(result.status == .unusableInput)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.contains(
                "region.yaml:8:11: error: region 'us-east-1 }; drop' is not an AWS Region code"),
            "\(result.standardError)")
    }

    @Test func sinceListsAdditionsWithDeadlines() throws {
        guard let old = SharedTestData.file("ip-ranges-2026-08-19.json") else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = try Self.write(
            TopologyFixture.replacing("region: us-east-1", with: "region: ca-central-1"), in: directory)
        let text = DXPlan.run(["allowlist", site, "--option", "ip-ranges", "--since", old.path])
        #expect(text.status == .success)
        #expect(
            text.standardOutput.contains(
                "Allow by 2026-09-21 (createDate 2026-08-22-15-17-05 + 30 days); full traffic from 2026-10-05 (+ 14 days)."
            ))
        #expect(text.standardOutput.contains("23.254.40.0/23  EC2      ca-central-1  2026-09-21  2026-10-05"))
        #expect(text.standardOutput.contains("64.23.0.0/18"))
        let csv = AllowListFixture.csvRecords(
            DXPlan.run(["allowlist", site, "--since", old.path, "--format", "csv"]).standardOutput)
        #expect(
            csv.filter { $0[0] == "added" }.map { [$0[4], $0[9], $0[10]] } == [
                ["23.254.40.0/23", "2026-09-21", "2026-10-05"], ["64.23.0.0/18", "2026-09-21", "2026-10-05"],
            ])
        let nft = DXPlan.run(["allowlist", site, "--since", old.path, "--format", "nftables"]).standardOutput
        #expect(nft.contains("allow by 2026-09-21, full traffic from 2026-10-05"))
    }

    @Test func outputFileAndNoSecrets() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = try Self.write(
            TopologyFixture.replacing("bgp_auth_key: env:DX_KEY", with: "bgp_auth_key: Sup3rSecretKey9"), in: directory)
        for format in AllowListFormat.allCases.map(\.rawValue) {
            let result = DXPlan.run([
                "allowlist", site, "--format", format, "--ip-ranges",
                PackagePaths.root.appendingPathComponent("Sources/DXAWS/Resources/ip-ranges.json").path,
            ])
            #expect(result.status == .success)
            #expect(!result.standardOutput.contains("Sup3rSecretKey9"))
        }
        let out = directory.appendingPathComponent("rules.json").path
        let written = DXPlan.run(["allowlist", site, "--format", "json", "-o", out])
        #expect(written.status == .success)
        #expect(written.standardOutput.isEmpty)
        #expect(
            try String(contentsOfFile: out, encoding: .utf8)
                == DXPlan.run(["allowlist", site, "--format", "json"]).standardOutput)
    }
}
