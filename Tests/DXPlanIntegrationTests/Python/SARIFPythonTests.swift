import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan

/// `validate --format sarif` read by Python's `json` module, the way CI uploaders read it:
/// the document parses, and its run has the tool, the rule catalog and one result per finding.
@Suite struct SARIFPythonTests {
    @Test func pythonReadsTheSARIFLog() throws {
        guard let python = SharedTestData.python() else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let topology = PackagePaths.root.appendingPathComponent(
            "Tests/DXPlanCLITests/BadInputs/overlapping-peer-subnets.yaml")
        let file = directory.appendingPathComponent("dxplan.sarif")
        let result = DXPlan.run(["validate", topology.path, "--format", "sarif", "-o", file.path])
        #expect(result.status == .checksFailed)
        let script = """
            import json, sys
            log = json.load(open(sys.argv[1], encoding="utf-8"))
            run = log["runs"][0]
            driver = run["tool"]["driver"]
            print(log["version"], driver["name"], driver["version"], len(driver["rules"]))
            for r in run["results"]:
                region = r["locations"][0]["physicalLocation"].get("region", {})
                assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
                print(r["level"], r["ruleId"], region.get("startLine"), region.get("startColumn"))
            """
        let lines = try SharedTestData.runPython(python, script: script, arguments: [file.path])
        #expect(lines.first == "2.1.0 dxplan \(ProductVersion.current) \(Rule.all.count)")
        let text = DXPlan.run(["validate", topology.path]).standardOutput
        let findings = text.split(separator: "\n").filter { !$0.hasPrefix("    fix: ") }.dropLast().map { line in
            // `file:line:col: severity: message [id]`
            let parts = line.split(separator: ":", maxSplits: 4).map { $0.trimmingCharacters(in: .whitespaces) }
            let id = line.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
            return "\(parts[3]) \(id) \(parts[1]) \(parts[2])"
        }
        #expect(Array(lines.dropFirst()) == findings)
        #expect(findings.count >= 3)
    }
}
