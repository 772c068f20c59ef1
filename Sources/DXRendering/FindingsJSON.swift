import DXCore

/// `dxplan validate --format json`: the findings in the stable shape of Docs/JSONOutput.md.
///
/// `counts` has one member per ``Severity`` (zero included); `findings` keeps the findings'
/// fixed order (by location, then severity, id and message), each flat: `id`, `severity`,
/// `message`, `fix`, and `file`, `line`, `column` (null when the finding has no location).
package enum FindingsJSON {
    package static func value(_ findings: [Finding]) -> JSONValue {
        var counts: [String: JSONValue] = [:]
        for severity in Severity.allCases {
            counts[severity.rawValue] = .int(findings.filter { $0.severity == severity }.count)
        }
        return [
            "counts": .object(counts),
            "findings": .array(findings.sorted().map(finding)),
        ]
    }

    static func finding(_ finding: Finding) -> JSONValue {
        [
            "id": .string(finding.id), "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message), "fix": .string(finding.fix),
            "file": .optional(finding.location?.file),
            "line": finding.location.map { .int($0.line) } ?? .null,
            "column": finding.location.map { .int($0.column) } ?? .null,
        ]
    }
}
