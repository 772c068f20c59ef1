import DXAWS
import DXCore
import DXModel
import DXPlanning
import DXRendering
import DXValidation
import Foundation

/// `dxplan terraform TOPOLOGY [-o FILE]` (Docs/UserGuide.md): the topology's Direct Connect
/// resources as a Terraform configuration for the AWS provider. The resource list is
/// ``TerraformPlanner``'s, the HCL ``TerraformHCL``'s. A topology with validation errors gets
/// its findings and exit status 1, and no configuration.
enum TerraformCommand: Subcommand {
    static let spec = CommandSpec(
        name: "terraform", abstract: "Terraform configuration (AWS provider) for the DX resources",
        usage: "dxplan terraform TOPOLOGY [-o FILE]",
        summary:
            "Write the topology's connections, LAGs and virtual interfaces as Terraform resources for the AWS provider.",
        options: [.output],
        details: """
            BGP keys become sensitive variables, one per VIF with a key; the key itself is never written.
            A hosted connection becomes an aws_dx_connection_confirmation of a variable id; a private or
            transit VIF gets a variable for its Direct Connect gateway.
            Exit status: 0 success, 1 validation errors (no configuration written), 2 unusable input, 64 usage error.
            """)

    static func run(_ options: TerraformOptions, context: inout CommandContext) throws(UsageError) {
        guard let topology = TopologyArgument.load(options.topology, output: &context.output) else { return }
        let resolved = ResolvedTopology(topology)
        let exists = { (path: String) in FileManager.default.isReadableFile(atPath: path) }
        let findings = TopologyValidator(resolved: resolved, fileExists: exists).validate()
        if findings.hasErrors {
            context.output.err(FindingsText.render(findings.filter { $0.severity == .error }))
            context.output.status = .checksFailed
            return
        }
        let plan = TerraformPlanner.plan(resolved)
        OutputDestination.emit(TerraformHCL.render(plan), to: options.output, output: &context.output)
    }
}
