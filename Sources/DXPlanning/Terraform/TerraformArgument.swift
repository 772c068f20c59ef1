/// One `name = value` line of a Terraform block.
package struct TerraformArgument: Equatable, Sendable {
    /// The argument name exactly as the provider documents it.
    package var name: String
    package var value: TerraformValue

    package init(_ name: String, _ value: TerraformValue) {
        self.name = name
        self.value = value
    }
}
