/// One `variable "NAME" { … }` block: a value the topology does not hold (a BGP key, a Direct
/// Connect gateway id, a partner's hosted connection id). Always `type = string`.
///
/// Source: `tf-sensitive-variables` (Docs/Sources.md).
package struct TerraformVariable: Equatable, Sendable {
    /// A safe HCL identifier (``TerraformNames``).
    package var name: String
    package var description: String
    /// Terraform hides a sensitive variable's value in plan and apply output (BGP keys).
    package var sensitive: Bool

    package init(name: String, description: String, sensitive: Bool) {
        self.name = name
        self.description = description
        self.sensitive = sensitive
    }

    package var reference: TerraformValue { .reference("var.\(name)") }
}
