import DXCore
import DXModel

/// Shape and scalar checks shared by every part of the topology decoder.
extension TopologyDecoder {
    /// A mapping whose keys are all in `keys`; unknown keys and missing required keys are errors.
    mutating func mapping(_ node: YAMLNode, keys: [String], context: String, required: [String] = []) -> MappingFields?
    {
        guard case .mapping(let entries) = node.kind else {
            fail(.wrongType, "expected a mapping for \(context), found \(Self.describe(node))", at: node.location)
            return nil
        }
        for entry in entries where !keys.contains(entry.key) {
            var message = "unknown key \(MessageValue.quoted(entry.key)) in \(context)"
            if let suggestion = Suggestion.closest(to: entry.key, among: keys) {
                message += " (did you mean '\(suggestion)'?)"
            } else {
                message += " (expected one of: \(keys.joined(separator: ", ")))"
            }
            fail(.unknownKey, message, at: entry.keyLocation)
        }
        let fields = MappingFields(location: node.location, context: context, entries: entries)
        for key in required where !fields.has(key) {
            fail(.missingKey, "missing required key \(MessageValue.quoted(key)) in \(context)", at: node.location)
        }
        return fields
    }

    /// Every item of a sequence decoded by `item`; items that fail are left out (their errors are kept).
    mutating func list<T>(_ node: YAMLNode, what: String, _ item: (inout TopologyDecoder, YAMLNode) -> T?) -> [T] {
        guard case .sequence(let items) = node.kind else {
            fail(.wrongType, "expected a list for '\(what)', found \(Self.describe(node))", at: node.location)
            return []
        }
        var result: [T] = []
        for element in items {
            if let value = item(&self, element) { result.append(value) }
        }
        return result
    }

    mutating func string(_ node: YAMLNode, what: String) -> Located<String>? {
        guard case .scalar(let scalar) = node.kind else {
            fail(.wrongType, "expected text for '\(what)', found \(Self.describe(node))", at: node.location)
            return nil
        }
        return Located(scalar.text, at: node.location)
    }

    /// A name that ends up in router configurations and reports: printable, no control characters.
    mutating func identifier(_ node: YAMLNode, what: String) -> Located<String>? {
        guard let text = string(node, what: what) else { return nil }
        if text.value.isEmpty {
            fail(.invalidValue, "'\(what)' must not be empty", at: node.location)
            return nil
        }
        // Printable ASCII is skipped without a property look-up (~30 ms per megabyte otherwise).
        if let bad = text.value.unicodeScalars.first(where: {
            !(0x20..<0x7F).contains($0.value)
                && ($0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
                    || $0.isBidiControl)
        }) {
            fail(
                .invalidValue,
                "'\(what)' contains the \(bad.isBidiControl ? "bidirectional formatting" : "control") character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)) (expected printable text)",
                at: node.location)
            return nil
        }
        return text
    }

    /// A decimal integer within `range` (plain scalar; quoted text is not a number).
    mutating func integer(_ node: YAMLNode, what: String, range: ClosedRange<Int>) -> Located<Int>? {
        guard case .scalar(let scalar) = node.kind, scalar.style == .plain else {
            let found = Self.quotedPlainValue(node, looksRight: { Int($0) != nil }) ?? Self.describe(node)
            fail(.wrongType, "expected a whole number for '\(what)', found \(found)", at: node.location)
            return nil
        }
        let text = scalar.text
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            fail(
                .wrongType, "expected a whole number for '\(what)', found \(MessageValue.quoted(text))",
                at: node.location)
            return nil
        }
        if digits.count > 1, digits.first == "0" {
            fail(
                .invalidValue,
                "'\(what)' has a leading zero in \(MessageValue.quoted(text)) (\(Self.leadingZeroFix(text)))",
                at: node.location)
            return nil
        }
        guard let value = Int(text), range.contains(value) else {
            fail(
                .invalidValue,
                "'\(what)' must be between \(range.lowerBound) and \(range.upperBound), found \(MessageValue.shown(text))",
                at: node.location)
            return nil
        }
        return Located(value, at: node.location)
    }

    /// The fix for an integer written with leading zeros: YAML 1.1 (PyYAML, many tools) reads
    /// `0101` as the octal number 65 and `089` as text, so the number is ambiguous.
    ///
    /// Source: YAML 1.1 integer type, "Integer Language-Independent Type for YAML Version 1.1"
    /// (https://yaml.org/type/int.html): `[-+]?0[0-7_]+` is base 8.
    static func leadingZeroFix(_ text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = text.drop { $0 == "-" || $0 == "+" }
        let trimmed = digits.drop { $0 == "0" }
        let decimal = sign + (trimmed.isEmpty ? "0" : String(trimmed))
        if digits.count <= 20, let octal = Int(digits, radix: 8) {
            return
                "write \(MessageValue.shown(decimal)); YAML 1.1 reads \(MessageValue.shown(text)) as octal \(sign)\(octal)"
        }
        return "write \(MessageValue.shown(decimal)); YAML 1.1 reads \(MessageValue.shown(text)) as text, not a number"
    }

    /// `true` or `false` only (Docs/TopologyFormat.md: no `yes`/`no`).
    mutating func boolean(_ node: YAMLNode, what: String) -> Located<Bool>? {
        if case .scalar(let scalar) = node.kind, scalar.style == .plain {
            if scalar.text == "true" { return Located(true, at: node.location) }
            if scalar.text == "false" { return Located(false, at: node.location) }
        }
        let found = Self.quotedPlainValue(node, looksRight: { $0 == "true" || $0 == "false" }) ?? Self.describe(node)
        fail(.wrongType, "expected true or false for '\(what)', found \(found)", at: node.location)
        return nil
    }

    /// When a quoted scalar would be the right value without its quotes (`vlan: "101"`,
    /// `"bfd": "true"` in JSON), what to say instead of only showing it: that the quotes make it
    /// text, and to remove them. Nil for any other node.
    static func quotedPlainValue(_ node: YAMLNode, looksRight: (String) -> Bool) -> String? {
        guard case .scalar(let scalar) = node.kind, scalar.style != .plain, looksRight(scalar.text) else { return nil }
        let quote = scalar.style == .singleQuoted ? "'" : "\""
        return "the text \(quote)\(scalar.text)\(quote) in quotes (remove the quotes: \(scalar.text))"
    }

    /// One of the raw values of `E`; a near miss is suggested.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: YAMLNode, what: String, as: E.Type) -> Located<E>?
    where E.RawValue == String {
        guard let text = string(node, what: what) else { return nil }
        if let value = E(rawValue: text.value) { return Located(value, at: node.location) }
        let options = E.allCases.map(\.rawValue)
        var message = "unknown \(what) \(MessageValue.quoted(text.value)) (expected \(Self.alternatives(options)))"
        if let suggestion = Suggestion.closest(to: text.value, among: options) {
            message += "; did you mean '\(suggestion)'?"
        }
        fail(.invalidValue, message, at: node.location)
        return nil
    }

    /// A value parsed from text by `parse`, which returns the reason when the text is not valid.
    mutating func parsed<T>(_ node: YAMLNode, what: String, _ parse: (String) -> Result<T, ValueSyntaxError>)
        -> Located<T>?
    {
        guard let text = string(node, what: what) else { return nil }
        switch parse(text.value) {
        case .success(let value): return Located(value, at: node.location)
        case .failure(let error):
            fail(.invalidValue, "invalid \(what): \(error.reason)", at: node.location)
            return nil
        }
    }

    /// A flow or block list of scalars decoded one by one.
    mutating func scalarList<T>(_ node: YAMLNode, what: String, _ item: (inout TopologyDecoder, YAMLNode) -> T?)
        -> Located<[T]>?
    {
        guard case .sequence = node.kind else {
            fail(.wrongType, "expected a list for '\(what)', found \(Self.describe(node))", at: node.location)
            return nil
        }
        return Located(list(node, what: what, item), at: node.location)
    }

    /// "a mapping", "a list", "'text'": what was found, for messages.
    package static func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if scalar.isNull { return "nothing (null)" }
            let shown = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
            return "'\(shown.debugEscaped)'"
        }
    }

    /// "a, b or c".
    package static func alternatives(_ options: [String]) -> String {
        guard options.count > 1 else { return options.first ?? "" }
        return options.dropLast().joined(separator: ", ") + " or " + options.last!
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    /// Control characters shown as escapes, so that a message is always one printable line.
    package var debugEscaped: String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                    || scalar.isBidiControl
                {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
