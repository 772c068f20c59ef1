import DXCore
import DXInput
import DXModel

/// The help text and options of one command.
public struct CommandSpec: Sendable {
    /// The words that select the command: `simulate`, `ranges query`.
    public var name: String
    /// One line for the command list of `dxplan --help`; empty for a group's subcommand.
    public var abstract: String
    public var usage: String
    public var summary: String
    public var options: [OptionSpec]
    public var details: String
    /// What the positional arguments are, for shell completion.
    public var positionals: PositionalCompletion

    public init(
        name: String, abstract: String = "", usage: String, summary: String, options: [OptionSpec],
        details: String = "", positionals: PositionalCompletion = .files
    ) {
        self.name = name
        self.abstract = abstract
        self.usage = usage
        self.summary = summary
        self.options = options + [.help]
        self.details = details
        self.positionals = positionals
    }

    /// What a usage error prints after `Error: …`, as swift-argument-parser does: the one-line
    /// usage and where the whole help is.
    public var usageHint: String {
        "Usage: \(usage)\n  See 'dxplan \(name) --help' for more information.\n"
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
