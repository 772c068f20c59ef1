import DXCore
import DXModel

/// One JSON object of an AWS CLI response, read field by field with its JSON path, so that every
/// error names the file, the position and the path (`$.virtualInterfaces[2].vlan`) and says what
/// was expected. Unknown fields are ignored: the AWS API adds fields over time.
package struct JSONObjectFields {
    /// `$.connections[0]`.
    package let path: String
    package let location: SourceLocation
    private let entries: [String: YAMLNode]

    /// The object at `node`, or a wrong-type error naming `path`.
    package init(_ node: YAMLNode, path: String) throws(InputError) {
        guard case .mapping(let fields) = node.kind else {
            throw InputError(.wrongType, "\(path): expected an object, found \(Self.describe(node))", at: node.location)
        }
        self.path = path
        self.location = node.location
        self.entries = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The field's node; nil when absent or JSON `null`.
    package func node(_ key: String) -> YAMLNode? {
        guard let node = entries[key] else { return nil }
        if case .scalar(let scalar) = node.kind, scalar.style == .plain, scalar.text == "null" { return nil }
        return node
    }

    /// A string field, nil when absent.
    package func string(_ key: String) throws(InputError) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node.kind, scalar.style == .doubleQuoted else {
            throw InputError(
                .wrongType, "\(path).\(key): expected a string, found \(Self.describe(node))", at: node.location)
        }
        return scalar.text
    }

    /// A string field that must be there.
    package func requiredString(_ key: String) throws(InputError) -> String {
        guard let text = try string(key) else { throw missing(key) }
        return text
    }

    /// Whether a secret string field (`authKey`) is set. Its value is never read into a message:
    /// a field of the wrong type is reported by its JSON type only.
    package func hasSecret(_ key: String) throws(InputError) -> Bool {
        guard let node = node(key) else { return false }
        guard case .scalar(let scalar) = node.kind, scalar.style == .doubleQuoted else {
            let kind: String
            switch node.kind {
            case .mapping: kind = "an object"
            case .sequence: kind = "an array"
            case .scalar: kind = "a number or a literal (the value is not shown)"
            }
            throw InputError(.wrongType, "\(path).\(key): expected a string, found \(kind)", at: node.location)
        }
        return !scalar.text.isEmpty
    }

    /// A whole-number field in `range`, nil when absent. A quoted number is an error that says
    /// to remove the quotes.
    package func integer(_ key: String, in range: ClosedRange<Int64>) throws(InputError) -> Int64? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node.kind else {
            throw InputError(
                .wrongType, "\(path).\(key): expected a whole number, found \(Self.describe(node))",
                at: node.location)
        }
        guard scalar.style == .plain else {
            var message = "\(path).\(key): expected a whole number, found \(Self.describe(node))"
            if Int64(scalar.text) != nil { message += " (a number in quotes is text: remove the quotes)" }
            throw InputError(.wrongType, message, at: node.location)
        }
        guard let value = Int64(scalar.text) else {
            throw InputError(
                .wrongType, "\(path).\(key): expected a whole number, found \(Self.describe(node))",
                at: node.location)
        }
        guard range.contains(value) else {
            throw InputError(
                .invalidValue,
                "\(path).\(key): \(value) is out of range (expected \(range.lowerBound)-\(range.upperBound))",
                at: node.location)
        }
        return value
    }

    /// An array field's elements with their paths; an absent field is an empty array.
    package func array(_ key: String) throws(InputError) -> [(node: YAMLNode, path: String)] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let items) = node.kind else {
            throw InputError(
                .wrongType, "\(path).\(key): expected an array, found \(Self.describe(node))", at: node.location)
        }
        return items.enumerated().map { (node: $0.element, path: "\(path).\(key)[\($0.offset)]") }
    }

    /// A string field parsed by `parse`, whose failure message follows the path.
    package func parsed<Value>(
        _ key: String, _ parse: (String) -> Result<Value, ValueParseError>
    ) throws(InputError) -> Value? {
        guard let text = try string(key) else { return nil }
        switch parse(text) {
        case .success(let value): return value
        case .failure(let error):
            throw InputError(.invalidValue, "\(path).\(key): \(error.message)", at: node(key)!.location)
        }
    }

    /// The error for a field that must be there.
    package func missing(_ key: String) -> InputError {
        InputError(.missingKey, "\(path): missing '\(key)'", at: location)
    }

    /// The error for a field whose value is not one of `expected`.
    package func unexpected(_ key: String, _ text: String, expected: [String]) -> InputError {
        let list = expected.map { "'\($0)'" }.joined(separator: ", ")
        return InputError(
            .invalidValue, "\(path).\(key): unknown value \(MessageValue.quoted(text)) (expected one of \(list))",
            at: node(key)?.location ?? location)
    }

    /// What a node is, for messages: `"x"` for a string (shortened and escaped), the literal for
    /// a number, `an object`, `an array`.
    static func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .mapping: "an object"
        case .sequence: "an array"
        case .scalar(let scalar):
            scalar.style == .doubleQuoted ? "\"\(MessageValue.shown(scalar.text))\"" : MessageValue.shown(scalar.text)
        }
    }
}
