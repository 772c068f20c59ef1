import DXAWS
import DXCore
import DXModel
import DXRendering
import DXValidation
import Foundation

/// `dxplan validate TOPOLOGY`: parse and check; print findings compiler-style (CLI.md).
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate", usage: "dxplan validate TOPOLOGY",
        summary: "Parse a topology file and check it against what Direct Connect accepts; print every finding.",
        options: [],
        details: "Exit status: 0 no error finding, 1 error findings, 2 unusable input, 64 usage error.")

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        let path = try TopologyArgument.single(parsed)
        guard let topology = TopologyArgument.load(path, output: &output) else { return }
        let findings = TopologyValidator(topology: topology, fileExists: { FileManager.default.isReadableFile(atPath: $0) }).validate()
        output.out(FindingsText.render(findings))
        output.status = findings.hasErrors ? .checksFailed : .success
    }
}
