/// A value of a Terraform argument as the planner decides it; ``HCLText`` spells it.
///
/// Source: `hcl-native-syntax` (Docs/Sources.md).
package enum TerraformValue: Equatable, Sendable {
    /// A quoted string; any text, escaped when written.
    case string(String)
    case number(Int)
    case bool(Bool)
    /// A list, one element a line.
    case list([TerraformValue])
    /// A reference to another block's attribute, e.g. `aws_dx_lag.lag_ld5.id` or
    /// `var.pub_lon_1_bgp_auth_key`. Built only from ``TerraformNames`` identifiers.
    case reference(String)
}
