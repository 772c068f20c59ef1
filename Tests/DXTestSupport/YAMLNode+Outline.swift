import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXTestSupport
import DXValidation

extension YAMLNode {
    /// A compact one-line rendering for assertions: `{a: [x, 'y', "z", ~]}`; plain empty is `<>`.
    package var outline: String {
        switch kind {
        case .scalar(let s):
            switch s.style {
            case .plain: return s.text.isEmpty ? "<>" : s.text
            case .singleQuoted: return "'\(s.text)'"
            case .doubleQuoted: return "\"\(s.text)\""
            }
        case .sequence(let items):
            return "[" + items.map(\.outline).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\($0.key): \($0.value.outline)" }.joined(separator: ", ") + "}"
        }
    }

    /// `line:col` of the node.
    package var at: String { "\(location.line):\(location.column)" }
}

/// Parses YAML and returns the outline, or the error as `line:col: message`.
package func yamlOutline(_ text: String) -> String {
    do {
        return try YAMLReader.parse(text, file: "t.yaml").outline
    } catch {
        return "\(error.location.line):\(error.location.column): \(error.message)"
    }
}
