@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

extension YAMLNode {
    /// A compact one-line rendering for assertions: `{a: [x, 'y', "z", ~]}`; plain empty is `<>`.
    var outline: String {
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
    var at: String { "\(location.line):\(location.column)" }
}

/// Parses YAML and returns the outline, or the error as `line:col: message`.
func yamlOutline(_ text: String) -> String {
    do {
        return try YAMLReader.parse(text, file: "t.yaml").outline
    } catch {
        return "\(error.location.line):\(error.location.column): \(error.message)"
    }
}
