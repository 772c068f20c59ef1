import DXPlanning

/// Writes a ``TerraformPlan`` as one HCL file: the header comment, the variables, then the
/// resources, each block's `=` aligned as `terraform fmt` aligns them. Topology text appears
/// only inside quoted strings (``HCLText``) and as sanitized identifiers (``TerraformNames``),
/// never in a comment.
package enum TerraformHCL {
    package static func render(_ plan: TerraformPlan) -> String {
        var text = "# Terraform configuration for the AWS provider, written by dxplan.\n#\n"
        text += plan.notes.map { "# " + $0 + "\n" }.joined()
        for variable in plan.variables {
            var arguments = [
                TerraformArgument("description", .string(variable.description)),
                TerraformArgument("type", .reference("string")),
            ]
            if variable.sensitive { arguments.append(TerraformArgument("sensitive", .bool(true))) }
            text += "\n" + block("variable " + HCLText.quoted(variable.name), arguments)
        }
        for resource in plan.resources {
            text +=
                "\n"
                + block(
                    "resource " + HCLText.quoted(resource.type) + " " + HCLText.quoted(resource.name),
                    resource.arguments)
        }
        return text
    }

    private static func block(_ header: String, _ arguments: [TerraformArgument]) -> String {
        let width = arguments.map(\.name.count).max() ?? 0
        var text = header + " {\n"
        for argument in arguments {
            let padding = String(repeating: " ", count: width - argument.name.count)
            text += "  " + argument.name + padding + " = " + HCLText.value(argument.value, indent: "  ") + "\n"
        }
        return text + "}\n"
    }
}
