import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan

/// `dxplan terraform`: a golden file per example topology (Golden/Terraform/, re-recorded with
/// `DXPLAN_RECORD=1 swift test --filter TerraformCommandTests`), `-o FILE`, and a topology with
/// validation errors getting its findings instead of a configuration.
@Suite struct TerraformCommandTests {
    static func examples() throws -> [URL] {
        let directory = PackagePaths.root.appendingPathComponent("Topologies")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
            .sorted().map { directory.appendingPathComponent($0) }
    }

    @Test func everyExampleMatchesItsGoldenFile() throws {
        let files = try Self.examples()
        #expect(files.count >= 6)
        for file in files {
            let result = DXPlan.run(["terraform", file.path])
            #expect(result.status == .success, "\(file.lastPathComponent): \(result.standardError)")
            #expect(result.standardError == "")
            let name = file.deletingPathExtension().lastPathComponent
            GoldenFile.check(result.standardOutput, path: "Terraform/\(name).tf")
            #expect(DXPlan.run(["terraform", file.path]).standardOutput == result.standardOutput)
        }
    }

    @Test func outputFileGetsTheSameText() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let topology = PackagePaths.root.appendingPathComponent("Topologies/lag-macsec.yaml").path
        let file = directory.appendingPathComponent("dx.tf")
        let result = DXPlan.run(["terraform", topology, "-o", file.path])
        #expect(result.status == .success)
        #expect(result.standardOutput == "")
        #expect(try String(contentsOf: file, encoding: .utf8) == DXPlan.run(["terraform", topology]).standardOutput)
    }

    @Test func validationErrorsWriteNoConfiguration() throws {
        let topology = PackagePaths.root.appendingPathComponent(
            "Tests/DXPlanCLITests/BadInputs/overlapping-peer-subnets.yaml")
        let result = DXPlan.run(["terraform", topology.path])
        #expect(result.status == .checksFailed)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("error:"))
    }

    @Test func usageErrors() {
        let missing = DXPlan.run(["terraform"])
        #expect(missing.status == .usage)
        #expect(missing.standardError.contains("dxplan terraform TOPOLOGY [-o FILE]"))
        let unreadable = DXPlan.run(["terraform", "/nonexistent/site.yaml"])
        #expect(unreadable.status == .unusableInput)
        #expect(unreadable.standardOutput == "")
    }
}
