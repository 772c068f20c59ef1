/// Topology names for AWS resources: 1–48 of `A–Z a–z 0–9 . _ -`, starting with a letter or
/// digit, unique across routers, connections, LAGs and VIFs (dxplan-topology-format).
///
/// An AWS name (`Requested Connection 1 for Lag dxlag-fgsu9erb`) keeps its allowed characters;
/// every run of others becomes one `-`. An empty result, or one already given, falls back to the
/// AWS id, then to the id with `-2`, `-3`, …, so the same input always gives the same names.
package struct TopologyNames: Sendable {
    private var taken: Set<String> = []

    package init() {}

    /// The longest name a topology accepts.
    package static let maximumLength = 48

    /// `text` reduced to the allowed characters; empty when nothing is left.
    package static func sanitized(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "."
                    || scalar == "_" || scalar == "-"
            {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while let first = result.unicodeScalars.first,
            !(first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first)))
        {
            result.unicodeScalars.removeFirst()
        }
        if result.unicodeScalars.count > maximumLength {
            result = String(String.UnicodeScalarView(result.unicodeScalars.prefix(maximumLength)))
        }
        while result.hasSuffix("-") || result.hasSuffix(".") || result.hasSuffix("_") { result.removeLast() }
        return result
    }

    /// A unique name for a resource called `name` (may be nil) with the AWS id `id`.
    package mutating func unique(_ name: String?, id: String) -> String {
        for candidate in [Self.sanitized(name ?? ""), Self.sanitized(id)] where !candidate.isEmpty {
            if taken.insert(candidate).inserted { return candidate }
        }
        let base = Self.sanitized(id).isEmpty ? "imported" : String(Self.sanitized(id).prefix(Self.maximumLength - 4))
        var number = 2
        while !taken.insert("\(base)-\(number)").inserted { number += 1 }
        return "\(base)-\(number)"
    }
}
