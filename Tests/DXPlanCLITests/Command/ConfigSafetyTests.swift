import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan

/// `dxplan config` refuses what `validate` rejects (`--force` overrides, still exit 1), checks
/// interface names and keys for the vendor it renders (`--interface OLD=NEW`), and writes one file
/// per router with `--output-dir` (Docs/Vendors.md).
@Suite struct ConfigSafetyTests {
    let directory: URL
    let ranges: URL
    static let key = "good-key-123"

    init() throws {
        directory = try PackagePaths.temporaryDirectory()
        ranges = directory.appendingPathComponent("ranges.json")
        try SimulationFixture.rangesJSON.write(to: ranges, atomically: true, encoding: .utf8)
    }

    func site(_ text: String, name: String = "site.yaml") throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ arguments: [String], key: String = key) -> CommandOutput {
        DXPlan.run(["config"] + arguments + ["--ip-ranges", ranges.path], environment: ["DX_KEY": key])
    }

    /// VLAN 4095 is out of range: an error finding of `validate`.
    var broken: String { TopologyFixture.replacing("vlan: 101", with: "vlan: 4095") }

    @Test func errorFindingRefusesTheDesignWithValidatesText() throws {
        let path = try site(broken)
        let validate = DXPlan.run(["validate", path])
        #expect(validate.status == .checksFailed)
        let result = run([path])
        #expect(result.status == .checksFailed)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == validate.standardOutput)
        let file = directory.appendingPathComponent("edge.conf").path
        let written = run([path, "-o", file])
        #expect(written.status == .checksFailed)
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func forceRendersWithAHeaderAndStillExitsOne() throws {
        let path = try site(broken)
        for vendor in ["frr", "bird", "ios-xe", "ios-xr", "junos", "eos"] {
            let result = run([path, "--force", "--vendor", vendor])
            #expect(result.status == .checksFailed, "\(vendor)")
            let marker = vendor == "bird" || vendor == "junos" ? "#" : "!"
            let first = result.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
            #expect(
                first
                    == "\(marker) FORCED: rendered with --force despite 1 error finding (dxplan validate lists them); do not apply before fixing them",
                "\(vendor): \(first)")
            #expect(result.standardError.contains("[vlan-out-of-range]"))
        }
    }

    @Test func warningsDoNotBlock() throws {
        let result = run([try site(TopologyFixture.minimal)])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(!result.standardOutput.contains("FORCED"))
    }

    @Test func foreignInterfaceNameIsAnErrorUntilMapped() throws {
        let path = try site(
            TopologyFixture.replacing("    router: edge-1\n", with: "    router: edge-1\n    interface: ens1f0\n"))
        #expect(run([path]).status == .success)
        let foreign = run([path, "--vendor", "ios-xe"])
        #expect(foreign.status == .checksFailed)
        #expect(foreign.standardOutput.isEmpty)
        #expect(
            foreign.standardError.contains(
                "error: interface 'ens1f0' of connection 'dx-1' cannot be a Cisco IOS-XE interface (expected TYPE slot/subslot/port"
            ), "\(foreign.standardError)")
        #expect(foreign.standardError.contains("[interface-name-vendor]"))
        let mapped = run([path, "--vendor", "ios-xe", "--interface", "ens1f0=TenGigabitEthernet0/1/0"])
        #expect(mapped.status == .success, "\(mapped.standardError)")
        #expect(mapped.standardOutput.contains("interface TenGigabitEthernet0/1/0.101\n"))
        #expect(!mapped.standardOutput.contains("ens1f0"))
        let wrong = run([path, "--vendor", "junos", "--interface", "ens1f0=eth7"])
        #expect(wrong.status == .checksFailed)
        #expect(
            wrong.standardError.contains("interface 'eth7' of connection 'dx-1' cannot be a Juniper Junos interface"))
        #expect(wrong.standardError.contains("(mapped from 'ens1f0' by --interface)"))
    }

    @Test func interfaceMappingUsageErrors() throws {
        let path = try site(
            TopologyFixture.replacing("    router: edge-1\n", with: "    router: edge-1\n    interface: ens1f0\n"))
        let unknown = run([path, "--interface", "ens1f1=xe-0/0/0"])
        #expect(unknown.status == .usage)
        #expect(unknown.usageError?.code == .unknownName)
        #expect(
            unknown.standardError.contains(
                "--interface 'ens1f1' names no interface of the topology (did you mean 'ens1f0'?)"))
        for value in ["ens1f0", "ens1f0=", "=xe-0/0/0", "ens1f0=xe-0/0/0;\nrouter bgp 1", "ens1f0=a b"] {
            let bad = run([path, "--interface", value])
            #expect(bad.status == .usage, "\(value)")
            #expect(bad.usageError?.code == .invalidOptionValue, "\(value)")
        }
        let twice = run([path, "--interface", "ens1f0=eth1", "--interface", "ens1f0=eth2"])
        #expect(twice.usageError?.code == .repeatedOption)
        let both = run([path, "-o", "x", "--output-dir", "y"])
        #expect(both.usageError?.code == .conflictingOptions)
    }

    /// `?` opens the CLI help when pasted into IOS-XE, IOS-XR, EOS, Junos or vtysh; BIRD reads a file.
    @Test func questionMarkKeyIsRefusedWhereTheCLIInterpretsIt() throws {
        let path = try site(TopologyFixture.minimal)
        let secret = "what?key-123"
        for vendor in ["frr", "bird", "ios-xe", "ios-xr", "junos", "eos"] {
            let result = run([path, "--vendor", vendor], key: secret)
            #expect(!result.standardError.contains(secret), "\(vendor)")
            if vendor == "bird" {
                #expect(result.status == .success, "\(result.standardError)")
                #expect(result.standardOutput.contains("password \"\(secret)\";"))
            } else {
                #expect(result.status == .checksFailed, "\(vendor)")
                #expect(result.standardError.contains("[bgp-auth-key-unsafe]"), "\(vendor)")
                #expect(result.standardOutput.isEmpty)
            }
        }
    }

    /// A literal key is checked by `validate` for the router's own vendor.
    @Test func literalQuestionMarkKeyIsAValidationError() throws {
        let text = TopologyFixture.replacing("bgp_auth_key: env:DX_KEY", with: "bgp_auth_key: \"lit?key-123\"")
        let validate = DXPlan.run(["validate", try site(text)])
        #expect(validate.status == .checksFailed)
        #expect(validate.standardOutput.contains("[bgp-auth-key-unsafe]"))
        #expect(!validate.standardOutput.contains("lit?key"))
        let bird = DXPlan.run([
            "validate", try site(text.replacingOccurrences(of: "vendor: frr", with: "vendor: bird"), name: "bird.yaml"),
        ])
        #expect(!bird.standardOutput.contains("[bgp-auth-key-unsafe]"))
        // Rendered for a vendor whose CLI interprets '?', the planner reports it too.
        let foreign = run([
            try site(text.replacingOccurrences(of: "vendor: frr", with: "vendor: bird"), name: "bird2.yaml"),
            "--vendor", "eos",
        ])
        #expect(foreign.status == .checksFailed)
        #expect(foreign.standardError.contains("[bgp-auth-key-unsafe]"))
    }

    @Test func outputDirectoryWritesOneFilePerRouter() throws {
        let topology = PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml").path
        let folder = directory.appendingPathComponent("configs").path
        let environment = try ConfigFixture.environment(for: URL(fileURLWithPath: topology))
        let result = DXPlan.run(
            ["config", topology, "--output-dir", folder, "--ip-ranges", ranges.path], environment: environment)
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["edge-1.conf", "edge-2.conf"])
        for router in ["edge-1", "edge-2"] {
            let alone = DXPlan.run(
                ["config", topology, "--router", router, "--ip-ranges", ranges.path], environment: environment)
            let written = try String(contentsOfFile: folder + "/\(router).conf", encoding: .utf8)
            #expect(written == alone.standardOutput, "\(router)")
            #expect(!written.contains("===================="))
        }
    }

    @Test func outputDirectoryWritesNothingForARefusedDesign() throws {
        let folder = directory.appendingPathComponent("refused").path
        let result = run([try site(broken), "--output-dir", folder])
        #expect(result.status == .checksFailed)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func routerFileNamesAreSafe() {
        for name in ["edge-1", "a.b_c", "R1"] { #expect(RouterFileName.isSafe(name), "\(name)") }
        for name in ["", ".", "..", ".hidden", "a/b", "../x", "a b", "é", String(repeating: "a", count: 49)] {
            #expect(!RouterFileName.isSafe(name), "\(name)")
        }
    }

    /// Several routers on standard output: one banner per router in its vendor's comment syntax.
    @Test func severalRoutersOnStandardOutputHaveABannerEach() throws {
        let topology = PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml").path
        let environment = try ConfigFixture.environment(for: URL(fileURLWithPath: topology))
        let result = DXPlan.run(["config", topology, "--ip-ranges", ranges.path], environment: environment)
        let banners = result.standardOutput.split(separator: "\n").filter { $0.contains("====================") }
        #expect(
            banners == [
                "! ==================== router edge-1 (FRRouting) ====================",
                "# ==================== router edge-2 (BIRD 2) ====================",
            ])
    }
}
