import DXCore
import DXInput
import DXModel

/// The help text and options of one command.
public struct CommandSpec: Sendable {
    public var name: String
    public var usage: String
    public var summary: String
    public var options: [OptionSpec]
    public var details: String

    public init(name: String, usage: String, summary: String, options: [OptionSpec], details: String = "") {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.options = options + [.help]
        self.details = details
    }

    /// `arguments` parsed against the options; nil after printing the help for `--help`, which
    /// every command takes.
    func parse(_ arguments: [String], output: inout CommandOutput) throws(UsageError) -> ParsedArguments? {
        let parsed = try ParsedArguments.parse(arguments, options: options)
        if parsed.flag("--help") {
            output.out(help)
            return nil
        }
        return parsed
    }

    /// `--help` text: usage, summary, options, details.
    public var help: String {
        var text = "USAGE: \(usage)\n\n\(summary)\n"
        if !details.isEmpty { text += "\n\(details)\n" }
        text += "\nOPTIONS:\n"
        for option in options {
            var left = option.short.map { "\($0), " } ?? "    "
            left += option.name
            if let value = option.valueName { left += " <\(value)>" }
            let padding = max(2, 28 - left.count)
            text += "  \(left)\(String(repeating: " ", count: padding))\(option.help)\n"
        }
        return text
    }
}
