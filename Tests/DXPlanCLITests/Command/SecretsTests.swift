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

/// A BGP MD5 key — read from the environment (`env:NAME`, the variable set) or written
/// literally — never appears in anything dxplan prints except a router configuration: not in
/// validate, simulate (text, JSON, routes, every failure), explain, report (Markdown, HTML),
/// allowlist (every option and format), nor in any error message.
@Suite struct SecretsTests {
    static let environmentKey = "EnvS3cret-Value-42"
    static let literalKey = "LitS3cret-Value-42"
    static let environment = ["DX_KEY": environmentKey, "DX_KEY_2": environmentKey]

    /// Two public VIFs: one keyed from the environment, one with a literal key.
    static let topology =
        TopologyFixture.minimal + """
                  - name: pub-2
                    type: public
                    vlan: 102
                    address_family: ipv4
                    customer_address: 198.51.100.245/30
                    amazon_address: 198.51.100.246/30
                    bgp_auth_key: \(literalKey)
                    advertise:
                      - prefix: 198.51.100.0/24

            """ + SimulationFixture.uplink

    static func leaks(_ result: CommandOutput) -> Bool {
        let all = result.standardOutput + result.standardError
        return all.contains(environmentKey) || all.contains(literalKey) || all.contains("S3cret")
    }

    @Test func noCommandOrErrorPrintsAKey() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (site, ranges) = try SimulationFixture.writeFiles(topology: Self.topology, in: directory)

        var commands: [[String]] = [
            ["validate", site],
            ["simulate", site],
            ["simulate", site, "--format", "json", "--routes"],
            ["simulate", site, "--each-failure", "--routes"],
            ["simulate", site, "--each-failure", "--format", "json"],
            ["simulate", site, "--fail", "pub-1", "--fail", "no-such-thing"],
            ["explain", site, "15.193.0.1"],
            ["explain", site, "15.193.6.0/24", "--fail", "dx-1"],
            ["report", site],
            ["report", site, "--format", "html"],
            ["report", site, "--format", "pdf"],
            ["report", site, "-o", directory.appendingPathComponent("missing/report.md").path],
            ["config", site, "--router", "edge-9"],
        ]
        for option in ["domains", "ip-ranges"] {
            for format in AllowListFormat.allCases.map(\.rawValue) {
                commands.append(["allowlist", site, "--option", option, "--format", format])
            }
        }
        for command in commands {
            let arguments = command.first == "validate" ? command : command + ["--ip-ranges", ranges]
            let result = DXPlan.run(arguments, environment: Self.environment)
            #expect(!Self.leaks(result), "\(command): \(result.standardOutput)\(result.standardError)")
            let misuse = command.contains("pdf") || command.contains("edge-9") || command.contains("no-such-thing")
            #expect((result.status == .usage) == misuse, "\(command): \(result.standardError)")
        }
        // The literal key is found and reported without being shown; the configuration, which
        // needs the keys, gets both.
        let validation = DXPlan.run(["validate", site], environment: Self.environment)
        #expect(validation.standardOutput.contains("has a literal BGP MD5 key (not shown) [bgp-auth-key-literal]"))
        let config = DXPlan.run(["config", site, "--ip-ranges", ranges], environment: Self.environment)
        #expect(config.standardOutput.contains(Self.environmentKey) && config.standardOutput.contains(Self.literalKey))
        #expect(!config.standardError.contains("S3cret"))
    }

    /// Broken files whose broken part is the key line: the message names the place, not the key.
    @Test(arguments: [
        "bgp_auth_key LitS3cret-Value-42",
        "bgp_auth_key: LitS3cret-Value-42: x",
        "bgp_auth_key: \"LitS3cret-Value-42",
        "bgp_auth_key: 'LitS3cret-Value-42",
        "bgp_auth_key: \"LitS3cret-Value-42\\q\"",
        "bgp_auth_key: \"LitS3cret-Value-42\" x",
        "bgp_auth_key: [LitS3cret-Value-42",
        "bgp_auth_key: [LitS3cret-Value-42, [x]]",
        "bgp_auth_key: {LitS3cret-Value-42: 1}",
        "bgp_auth_key: &LitS3cret-Value-42 x",
        "bgp_auth_key: *LitS3cret-Value-42",
        "bgp_auth_key: !LitS3cret-Value-42 x",
        "bgp_auth_key: |LitS3cret-Value-42",
        "bgp_auth_key: LitS3cret-Value-42 \"with space\"",
        "bgp_auth_key: \"LitS3cret-Value-42\\u0001\"",
        "bgp_auth_key: [LitS3cret-Value-42]",
        "bgp_auth_kye: LitS3cret-Value-42",
        "bgp_auth_key:\n          LitS3cret-Value-42: 1",
    ])
    func syntaxErrorsAroundAKeyDoNotQuoteIt(line: String) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appendingPathComponent("site.yaml").path
        try TopologyFixture.replacing("bgp_auth_key: env:DX_KEY", with: line).write(
            toFile: site, atomically: true, encoding: .utf8)
        let result = DXPlan.run(["validate", site], environment: Self.environment)
        #expect(result.status == .unusableInput, "\(result.standardOutput)")
        #expect(result.standardError.contains("site.yaml:"))
        #expect(!Self.leaks(result), "\(result.standardError)")
    }

    /// The same through JSON, where a key is a string that may hold anything.
    @Test func jsonErrorsDoNotQuoteAKey() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appendingPathComponent("site.json").path
        for value in [
            "\"LitS3cret-Value-42 with space\"", "\"LitS3cret-Value-42\\u0000\"", "\"LitS3cret-Value-42", "LitS3cret",
            "[\"LitS3cret-Value-42\"]", "{\"LitS3cret\": 1}",
        ] {
            let text = "{\"name\": \"x\", \"customer\": {\"asn\": 64496}, \"bgp_auth_key\": \(value)}"
            try text.write(toFile: site, atomically: true, encoding: .utf8)
            let result = DXPlan.run(["validate", site], environment: Self.environment)
            #expect(result.status == .unusableInput)
            #expect(!Self.leaks(result), "\(value): \(result.standardError)")
        }
    }
}
