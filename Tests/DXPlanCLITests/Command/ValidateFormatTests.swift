import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXInput
@testable import DXPlan
@testable import DXRendering
@testable import DXValidation

/// `validate --format json|sarif` and `simulate --format sarif`: golden files on an example and a
/// bad topology, and the SARIF 2.1.0 properties the schema requires.
@Suite struct ValidateFormatTests {
    /// An example topology (warnings and notes) and a bad one (an error, warnings and a note).
    static let topologies = [
        PackagePaths.topologies.appendingPathComponent("lag-macsec.yaml"),
        PackagePaths.root.appendingPathComponent("Tests/DXPlanCLITests/BadInputs/overlapping-peer-subnets.yaml"),
    ]

    /// Runs dxplan with the topology's absolute path and prints paths relative to the package.
    static func run(_ arguments: [String]) -> CommandOutput {
        var result = DXPlan.run(arguments)
        result.standardOutput = result.standardOutput.replacingOccurrences(of: PackagePaths.root.path + "/", with: "")
        return result
    }

    /// Golden/Validate/<name>.json and .sarif, re-recorded with `DXPLAN_RECORD=1`.
    @Test(arguments: topologies) func validateJSONAndSARIFMatchGolden(topology: URL) {
        let name = topology.deletingPathExtension().lastPathComponent
        let text = Self.run(["validate", topology.path])
        for format in ["json", "sarif"] {
            let result = Self.run(["validate", topology.path, "--format", format])
            #expect(result.status == text.status, "the format does not change the exit status")
            #expect(result.standardError.isEmpty)
            GoldenFile.check(result.standardOutput, path: "Validate/\(name).\(format)")
        }
    }

    /// JSON: the counts and findings of the text output, in the same order.
    @Test(arguments: topologies) func jsonHasTheTextFindings(topology: URL) throws {
        let text = DXPlan.run(["validate", topology.path]).standardOutput
        let json = DXPlan.run(["validate", topology.path, "--format", "json"]).standardOutput
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let counts = try #require(document["counts"] as? [String: Int])
        #expect(Set(counts.keys) == Set(Severity.allCases.map(\.rawValue)))
        let (errors, warnings, notes) = (counts["error"] ?? -1, counts["warning"] ?? -1, counts["note"] ?? -1)
        #expect(
            text.hasSuffix(
                "\n\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")\n"
            ))
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == counts.values.reduce(0, +))
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("    fix: ") }.dropLast()
        #expect(lines.count == findings.count)
        for (line, finding) in zip(lines, findings) {
            let place =
                "\(finding["file"] as? String ?? ""):\(finding["line"] as? Int ?? 0):\(finding["column"] as? Int ?? 0)"
            let expected = "\(place): \(finding["severity"] as? String ?? ""): \(finding["message"] as? String ?? "")"
            #expect(String(line) == expected + " [\(finding["id"] as? String ?? "")]")
            #expect(Set(finding.keys) == ["id", "severity", "message", "fix", "file", "line", "column"])
        }
    }

    /// The properties the SARIF 2.1.0 schema requires (`sarif-schema`, errata 01,
    /// https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json):
    /// - the log (top level): `required: ["version", "runs"]`, `version` `enum: ["2.1.0"]`;
    /// - `run`: `required: ["tool"]`; `tool`: `required: ["driver"]`; `toolComponent`: `required: ["name"]`;
    /// - `reportingDescriptor` (each rule): `required: ["id"]`; `multiformatMessageString`
    ///   (`shortDescription`, `fullDescription`, `help`): `required: ["text"]`;
    /// - `reportingConfiguration.level` and `result.level`: `enum: ["none", "note", "warning", "error"]`;
    /// - `result`: `required: ["message"]`; `message`: `anyOf` `required: ["text"]` or `["id"]`;
    /// - `physicalLocation`: `anyOf` `required: ["address"]` or `["artifactLocation"]`;
    /// - `region`: `anyOf` `required: ["startLine"]`, `["charOffset"]` or `["byteOffset"]`;
    ///   `startLine` and `startColumn` `minimum: 1`;
    /// - `run.columnKind`: `enum: ["utf16CodeUnits", "unicodeCodePoints"]`.
    /// And what dxplan promises beyond them: the driver's version, the whole rule catalog, one
    /// result per finding with `ruleId`, a `ruleIndex` that points at that rule, and a region
    /// for every finding that has a location.
    static func checkRequiredProperties(_ text: String, findings: [Finding]) throws {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == Reference.named("sarif-schema")?.url)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(["utf16CodeUnits", "unicodeCodePoints"].contains(run["columnKind"] as? String))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "dxplan")
        #expect(driver["version"] as? String == ProductVersion.current)
        #expect(driver["informationUri"] as? String == ProductVersion.homepage)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Rule.all.map(\.id))
        let levels = ["none", "note", "warning", "error"]
        for (rule, descriptor) in zip(Rule.all, rules) {
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect((descriptor[key] as? [String: Any])?["text"] is String, "\(rule.id).\(key)")
            }
            #expect(((descriptor["help"] as? [String: Any])?["text"] as? String)?.contains(rule.fix) == true)
            let level = (descriptor["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(level == rule.severity.rawValue && levels.contains(level ?? ""), "\(rule.id)")
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == findings.count)
        for (finding, result) in zip(findings.sorted(), results) {
            #expect(result["ruleId"] as? String == finding.id)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.id)
            #expect(levels.contains(result["level"] as? String ?? ""))
            #expect(result["level"] as? String == finding.severity.rawValue)
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            #expect(artifact["uri"] is String)
            let region = physical["region"] as? [String: Any]
            if let location = finding.location {
                #expect(region?["startLine"] as? Int == location.line)
                #expect(region?["startColumn"] as? Int == location.column)
                #expect(location.line >= 1 && location.column >= 1)
            } else {
                #expect(region == nil)
            }
        }
    }

    @Test(arguments: topologies) func validateSARIFHasTheRequiredProperties(topology: URL) throws {
        let topologyFile = try TopologyDecoder.load(path: topology.path)
        let findings = TopologyValidator(
            topology: topologyFile, fileExists: { FileManager.default.isReadableFile(atPath: $0) }
        ).validate()
        let result = DXPlan.run(["validate", topology.path, "--format", "sarif"])
        try Self.checkRequiredProperties(result.standardOutput, findings: findings)
        #expect(result.standardOutput == DXPlan.run(["validate", topology.path, "--format", "sarif"]).standardOutput)
    }

    /// A finding without a location points at the topology file with no region; paths are
    /// URI references (a space is `%20`).
    @Test func findingWithoutLocationHasNoRegion() throws {
        let rule = try #require(Rule.named("resiliency-level"))
        let findings = [
            Finding(rule, at: nil, "resiliency level: none"),
            Finding(rule, at: SourceLocation(file: "my site.yaml", line: 3, column: 5), "resiliency level: high"),
        ]
        let text = SARIFLog.value(findings, topologyPath: "my site.yaml").serialized
        try Self.checkRequiredProperties(text, findings: findings)
        #expect(text.contains("\"uri\": \"my%20site.yaml\""))
        #expect(!text.contains("my site.yaml"))
        #expect(SARIFLog.uri("/tmp/a b/ü#1.yaml") == "/tmp/a%20b/%C3%BC%231.yaml")
    }

    /// `simulate --format sarif` writes the simulation's findings through the same writer.
    @Test func simulateSARIFHasTheSimulationFindings() throws {
        guard ReportFixture.embeddedRanges != nil else {
            SharedTestData.unavailable("embedded ip-ranges snapshot not found")
            return
        }
        let topology = PackagePaths.topologies.appendingPathComponent("maximum-resiliency.yaml")
        let result = DXPlan.run(["simulate", topology.path, "--format", "sarif"])
        let json = DXPlan.run(["simulate", topology.path, "--format", "json"])
        #expect(result.status == json.status)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let ids = try #require(document["findings"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ids)
        #expect(ids.contains("resiliency-level"))
    }
}
