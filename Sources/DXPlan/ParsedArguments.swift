import DXCore
import DXInput
import DXModel

/// The arguments of one command after parsing: positionals in order, option values by option.
///
/// Read only by a command's ``CommandOptions`` initializer, through the ``OptionSpec`` values
/// the command declares, so an option's name is written once.
public struct ParsedArguments: Sendable {
    public var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// The option's value (the last, for a repeatable option); nil when absent.
    public func value(_ option: OptionSpec) -> String? { values[option.name]?.last }
    /// Every value of a repeatable option, in order.
    public func values(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }
    /// Whether a flag was given.
    public func flag(_ option: OptionSpec) -> Bool { flags.contains(option.name) }

    /// Exactly one positional per name (`TOPOLOGY`), in order; the first missing one or the
    /// first extra one is a usage error.
    public func positionals(named names: [String]) throws(UsageError) -> [String] {
        if positionals.count < names.count {
            throw UsageError(.missingArgument, "Missing expected argument '<\(names[positionals.count])>'")
        }
        if positionals.count > names.count {
            throw UsageError(
                .unexpectedArgument, "Unexpected argument \(MessageValue.quoted(positionals[names.count]))")
        }
        return positionals
    }

    /// The option's value as one of `Choice`'s cases, nil when absent; another value is a usage
    /// error listing the cases: `Unknown format 'yaml' (expected text or json)`.
    public func choice<Choice: RawRepresentable & CaseIterable>(
        _ option: OptionSpec, what: String, as type: Choice.Type = Choice.self
    ) throws(UsageError) -> Choice? where Choice.RawValue == String {
        guard let text = value(option) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let expected = TopologyDecoder.alternatives(Choice.allCases.map(\.rawValue))
            throw UsageError(.unknownValue, "Unknown \(what) \(MessageValue.quoted(text)) (expected \(expected))")
        }
        return choice
    }

    /// `--format` as one of `Format`'s cases, the first when absent (``OptionSpec/format(_:)``).
    public func format<Format: RawRepresentable & CaseIterable>(
        _ type: Format.Type
    ) throws(UsageError) -> Format where Format.RawValue == String {
        try choice(.format(type), what: "format") ?? Format.allCases.first!
    }

    /// Parses `arguments` against `options`: `--name value`, `--name=value`, `-o value`, `--` ends options.
    public static func parse(_ arguments: [String], options: [OptionSpec]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = options.first(where: { $0.name == name || $0.short == name }) else {
                var message = "Unknown option \(MessageValue.quoted(name))"
                if let suggestion = Suggestion.closest(to: name, among: options.map(\.name)) {
                    message += " (did you mean '\(suggestion)'?)"
                }
                throw UsageError(.unknownOption, message)
            }
            guard let valueName = spec.valueName else {
                if inlineValue != nil {
                    throw UsageError(.unexpectedOptionValue, "Option '\(spec.name)' takes no value")
                }
                result.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(.missingOptionValue, "Missing value for option '\(spec.name) <\(valueName)>'")
            }
            if !spec.repeatable, result.values[spec.name] != nil {
                throw UsageError(.repeatedOption, "Option '\(spec.name)' is given more than once")
            }
            result.values[spec.name, default: []].append(value)
        }
        return result
    }
}
