/// One `resource "TYPE" "NAME" { … }` block.
///
/// Sources: the `tf-aws-dx-*` provider pages (Docs/Sources.md).
package struct TerraformResource: Equatable, Sendable {
    /// The provider's resource type, e.g. `aws_dx_connection`.
    package var type: String
    /// A safe HCL identifier (``TerraformNames``).
    package var name: String
    package var arguments: [TerraformArgument]

    package init(type: String, name: String, arguments: [TerraformArgument]) {
        self.type = type
        self.name = name
        self.arguments = arguments
    }

    /// The expression for this resource's `id` attribute.
    package var idReference: TerraformValue { .reference("\(type).\(name).id") }
}
