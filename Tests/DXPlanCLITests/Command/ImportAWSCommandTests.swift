import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan

/// `dxplan import aws` on fixtures written from the AWS Direct Connect API reference
/// (`ImportAWS/`, see its README): the golden topology (Golden/Import/, re-recorded with
/// `DXPLAN_RECORD=1 swift test --filter ImportAWSCommandTests`), determinism, `-o FILE`, that the
/// imported topology validates, that no `authKey` is ever printed, and usage errors.
@Suite struct ImportAWSCommandTests {
    static let fixtures = PackagePaths.root.appendingPathComponent("Tests/DXPlanCLITests/ImportAWS")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static let arguments = [
        "import", "aws", "--connections", fixture("connections.json"), "--virtual-interfaces",
        fixture("virtual-interfaces.json"), "--lags", fixture("lags.json"),
    ]

    /// Every `authKey` value in the fixtures.
    static func authKeys() throws -> [String] {
        var keys: [String] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object {
                    if key == "authKey", let text = inner as? String { keys.append(text) }
                    collect(inner)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        for name in ["connections.json", "virtual-interfaces.json", "lags.json"] {
            collect(try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent(name))))
        }
        return keys
    }

    @Test func fixturesMatchTheGoldenTopology() {
        let result = DXPlan.run(Self.arguments)
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardError == "")
        GoldenFile.check(result.standardOutput, path: "Import/aws.yaml")
        #expect(DXPlan.run(Self.arguments).standardOutput == result.standardOutput)
    }

    @Test func inputOrderDoesNotChangeTheOutput() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String: String] = [:]
        for (name, key) in [
            ("connections.json", "connections"), ("virtual-interfaces.json", "virtualInterfaces"),
            ("lags.json", "lags"),
        ] {
            var object = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
                    as? [String: Any])
            object[key] = (object[key] as? [Any]).map { Array($0.reversed()) }
            let url = directory.appendingPathComponent(name)
            try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: url)
            paths[name] = url.path
        }
        let reversed = DXPlan.run([
            "import", "aws", "--connections", paths["connections.json"]!, "--virtual-interfaces",
            paths["virtual-interfaces.json"]!, "--lags", paths["lags.json"]!,
        ])
        #expect(reversed.status == .success)
        #expect(reversed.standardOutput == DXPlan.run(Self.arguments).standardOutput)
    }

    @Test func outputFileGetsTheSameTextAndNoKey() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("site.yaml")
        let result = DXPlan.run(Self.arguments + ["-o", file.path])
        #expect(result.status == .success)
        #expect(result.standardOutput == "" && result.standardError == "")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == DXPlan.run(Self.arguments).standardOutput)
        let keys = try Self.authKeys()
        #expect(keys.count >= 5)
        for key in keys {
            #expect(!text.contains(key))
            #expect(!result.standardError.contains(key))
        }
    }

    @Test func theAuthKeyNeverAppears() throws {
        let keys = try Self.authKeys()
        let result = DXPlan.run(Self.arguments)
        for key in keys {
            #expect(!result.standardOutput.contains(key))
            #expect(!result.standardError.contains(key))
            // Not even a part of it.
            #expect(!result.standardOutput.contains(String(key.prefix(12))))
        }
        // A key of the wrong type is reported by its JSON type only.
        let bad = DXPlan.run([
            "import", "aws", "--connections", Self.fixture("connections.json"), "--virtual-interfaces",
            PackagePaths.badInputs.appendingPathComponent("aws-vifs-authkey-number.json").path,
        ])
        #expect(bad.status == .unusableInput)
        #expect(bad.standardError.contains("authKey: expected a string"))
        #expect(!bad.standardError.contains("918273645546372819"))
        #expect(bad.standardOutput == "")
    }

    /// The fixtures with every VIF reduced to its first BGP peer and that peer's family.
    static func singleStackVIFs(in directory: URL) throws -> String {
        var object = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: fixtures.appendingPathComponent("virtual-interfaces.json"))) as? [String: Any])
        let vifs = try #require(object["virtualInterfaces"] as? [[String: Any]])
        object["virtualInterfaces"] = vifs.map { vif in
            var vif = vif
            vif["bgpPeers"] = ((vif["bgpPeers"] as? [Any]) ?? []).prefix(1).map { $0 }
            vif["routeFilterPrefixes"] = ((vif["routeFilterPrefixes"] as? [[String: Any]]) ?? []).filter {
                !(($0["cidr"] as? String) ?? "").contains(":")
            }
            return vif
        }
        let url = directory.appendingPathComponent("single-stack.json")
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        return url.path
    }

    /// The import validates with no error, dual-stack VIF (`bgp_peers`) included, and so does the
    /// single-stack variant (every VIF-level shorthand); `simulate` runs on it.
    @Test func theImportedTopologyValidates() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (vifs, keys) in [
            (Self.fixture("virtual-interfaces.json"), 5), (try Self.singleStackVIFs(in: directory), 4),
        ] {
            let file = directory.appendingPathComponent("site.yaml")
            var arguments = Self.arguments
            arguments[5] = vifs
            let imported = DXPlan.run(arguments + ["--connect-region", "us-east-1", "-o", file.path])
            #expect(imported.status == .success)
            let text = try String(contentsOf: file, encoding: .utf8)
            var environment: [String: String] = [:]
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: "bgp_auth_key: env:") else { continue }
                environment[String(line[range.upperBound...])] = "Example-Key-123"
            }
            #expect(environment.count == keys)
            let result = DXPlan.run(["validate", file.path], environment: environment)
            #expect(result.status == .success, "\(result.standardError)\(result.standardOutput)")
            #expect(result.standardOutput.contains("0 errors"))
            let simulated = DXPlan.run(["simulate", file.path], environment: environment)
            #expect(simulated.status != .unusableInput, "\(simulated.standardError)")
        }
    }

    /// The dual-stack VIF (two `bgpPeers`) is one VIF with `bgp_peers`, one key variable per family.
    @Test func dualStackVIFGetsBGPPeers() {
        let text = DXPlan.run(Self.arguments).standardOutput
        #expect(
            text.contains(
                """
                      - name: pub-va1-dual
                        type: public
                        vlan: 201
                        bgp_peers:
                          - address_family: ipv4
                            customer_address: 203.0.113.253/30
                            amazon_address: 203.0.113.254/30
                            bgp_auth_key: env:DX_KEY_PUB_VA1_DUAL_IPV4
                          - address_family: ipv6
                            customer_address: 2001:db8:c0:1::1/125
                            amazon_address: 2001:db8:c0:1::2/125
                            bgp_auth_key: env:DX_KEY_PUB_VA1_DUAL_IPV6
                        advertise:  # routeFilterPrefixes
                          - 203.0.113.0/24
                          - 2001:db8:100::/48

                """))
    }

    @Test func usageErrors() {
        let missing = DXPlan.run(["import", "aws", "--virtual-interfaces", Self.fixture("virtual-interfaces.json")])
        #expect(missing.status == .usage)
        #expect(missing.standardError.hasPrefix("Error: Missing expected argument '--connections <FILE>'\n"))
        #expect(missing.standardError.contains("Usage: dxplan import aws --connections FILE"))
        #expect(missing.standardError.contains("See 'dxplan import aws --help'"))
        let region = DXPlan.run(Self.arguments + ["--connect-region", "us east 1"])
        #expect(region.status == .usage)
        #expect(region.standardError.contains("Invalid Region 'us east 1'"))
        let extra = DXPlan.run(Self.arguments + ["site.yaml"])
        #expect(extra.status == .usage)
        let group = DXPlan.run(["import", "azure"])
        #expect(group.status == .usage)
        #expect(group.standardError.contains("expected aws"))
        let unreadable = DXPlan.run([
            "import", "aws", "--connections", "/nonexistent/c.json", "--virtual-interfaces",
            Self.fixture("virtual-interfaces.json"),
        ])
        #expect(unreadable.status == .unusableInput)
        #expect(unreadable.standardError.hasPrefix("/nonexistent/c.json:1:1: error: cannot read file"))
        #expect(unreadable.standardOutput == "")
    }
}
