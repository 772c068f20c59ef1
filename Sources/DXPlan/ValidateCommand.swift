import DXAWS
import DXCore
import DXModel
import DXRendering
import DXValidation
import Foundation

/// `dxplan validate TOPOLOGY [--format text|json|sarif]`: parse and check; print findings
/// compiler-style, as JSON (Docs/JSONOutput.md) or as SARIF 2.1.0 (Docs/UserGuide.md).
enum ValidateCommand: Subcommand {
    static let spec = CommandSpec(
        name: "validate", abstract: "Parse and check a topology; print findings",
        usage: "dxplan validate TOPOLOGY [--format text|json|sarif] [-o FILE]",
        summary: "Parse a topology file and check it against what Direct Connect accepts; print every finding.",
        options: [.format(ValidateFormat.self), .output],
        details: """
            json is the shape of Docs/JSONOutput.md; sarif is a SARIF 2.1.0 log for CI code scanning.
            A file that cannot be read or parsed is an error on stderr in every format.
            Exit status: 0 no error finding, 1 error findings, 2 unusable input, 64 usage error.
            """)

    static func run(_ options: ValidateOptions, context: inout CommandContext) throws(UsageError) {
        guard let topology = TopologyArgument.load(options.topology, output: &context.output) else { return }
        let findings = TopologyValidator(
            topology: topology, fileExists: { FileManager.default.isReadableFile(atPath: $0) }
        ).validate()
        let text: String
        switch options.format {
        case .text: text = FindingsText.render(findings)
        case .json: text = FindingsJSON.value(findings).serialized
        case .sarif: text = SARIFLog.value(findings, topologyPath: options.topology).serialized
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
        if context.output.status == .success, findings.hasErrors { context.output.status = .checksFailed }
    }
}
