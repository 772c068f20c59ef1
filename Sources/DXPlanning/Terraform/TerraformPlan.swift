/// The Terraform configuration for a topology, before it is spelled as HCL: header notes,
/// variables and resources, each in the order they are written.
package struct TerraformPlan: Equatable, Sendable {
    /// Comment lines for the header: what the configuration does not model. Fixed text only,
    /// never a topology string.
    package var notes: [String]
    package var variables: [TerraformVariable]
    package var resources: [TerraformResource]

    package init(notes: [String], variables: [TerraformVariable], resources: [TerraformResource]) {
        self.notes = notes
        self.variables = variables
        self.resources = resources
    }
}
