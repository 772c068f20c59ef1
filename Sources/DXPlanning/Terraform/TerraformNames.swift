/// Safe, unique HCL identifiers for the blocks of one configuration, derived from topology names.
///
/// A Terraform block name starts with a letter or underscore and holds letters, digits,
/// underscores and dashes, and is unique among the blocks of its type (`tf-resource-names`,
/// `hcl-native-syntax`, Docs/Sources.md). dxplan keeps ASCII letters and digits, turns every
/// other character (dashes included, as Terraform style does) into `_`, collapses runs of `_`,
/// lower-cases, and prefixes `dx_` when the result would not start with a letter. A name already
/// given in its namespace gets `_2`, `_3`, … in the order names are asked for, so the same
/// topology always gives the same names.
package struct TerraformNames: Sendable {
    /// Identifiers given so far, per namespace (a resource kind, or `variable`).
    private var taken: [String: Set<String>] = [:]

    package init() {}

    /// The identifier for `text`, not yet unique.
    package static func sanitized(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let isAlphanumeric =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlphanumeric {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("_") {
                result += "_"
            }
        }
        while result.hasSuffix("_") { result.removeLast() }
        while result.hasPrefix("_") { result.removeFirst() }
        result = result.lowercased()
        if result.isEmpty { return "dx_unnamed" }
        if let first = result.unicodeScalars.first, !("a"..."z").contains(first) { result = "dx_" + result }
        return result
    }

    /// A unique identifier in `namespace` for `text` (sanitized, then numbered if already taken).
    package mutating func unique(_ text: String, in namespace: String) -> String {
        let base = Self.sanitized(text)
        var candidate = base
        var number = 2
        while taken[namespace, default: []].contains(candidate) {
            candidate = "\(base)_\(number)"
            number += 1
        }
        taken[namespace, default: []].insert(candidate)
        return candidate
    }
}
