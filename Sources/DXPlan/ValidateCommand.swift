import DXAWS
import DXCore
import DXModel
import DXRendering
import DXValidation
import Foundation

/// `dxplan validate TOPOLOGY`: parse and check; print findings compiler-style (Docs/UserGuide.md).
enum ValidateCommand: Subcommand {
    static let spec = CommandSpec(
        name: "validate", abstract: "Parse and check a topology; print findings", usage: "dxplan validate TOPOLOGY",
        summary: "Parse a topology file and check it against what Direct Connect accepts; print every finding.",
        options: [],
        details: "Exit status: 0 no error finding, 1 error findings, 2 unusable input, 64 usage error.")

    static func run(_ options: ValidateOptions, context: inout CommandContext) throws(UsageError) {
        guard let topology = TopologyArgument.load(options.topology, output: &context.output) else { return }
        let findings = TopologyValidator(
            topology: topology, fileExists: { FileManager.default.isReadableFile(atPath: $0) }
        ).validate()
        context.output.out(FindingsText.render(findings))
        context.output.status = findings.hasErrors ? .checksFailed : .success
    }
}
