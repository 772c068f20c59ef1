/// The arguments of one command after parsing: positionals in order, option values by name.
public struct ParsedArguments: Sendable {
    public var positionals: [String] = []
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }

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
                throw UsageError(message)
            }
            guard spec.valueName != nil else {
                if inlineValue != nil { throw UsageError("Option '\(spec.name)' takes no value") }
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
                throw UsageError("Missing value for option '\(spec.name) <\(spec.valueName!)>'")
            }
            if !spec.repeatable, result.values[spec.name] != nil {
                throw UsageError("Option '\(spec.name)' is given more than once")
            }
            result.values[spec.name, default: []].append(value)
        }
        return result
    }
}
