import DXCore
import DXInput
import DXModel

/// Findings for people: one compiler-style block each, then a count line.
package enum FindingsText {
    package static func render(_ findings: [Finding]) -> String {
        var text = ""
        for finding in findings { text += finding.formatted + "\n" }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let notes = findings.filter { $0.severity == .note }.count
        text +=
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")\n"
        return text
    }
}
