import DXCore
import DXInput

/// One dxplan command, shaped like swift-argument-parser's `ParsableCommand`: its help
/// (``spec``), its arguments as one typed struct (``Options``), and its work (``run(_:context:)``).
///
/// ``DXPlan/commands`` lists them; ``DXPlan/run(_:environment:)`` is the one dispatch.
protocol Subcommand {
    associatedtype Options: CommandOptions
    /// Name, abstract, usage line, options and details: the `--help` text.
    static var spec: CommandSpec { get }
    /// The commands of a group (`ranges query`); a group is never run itself.
    static var subcommands: [any Subcommand.Type] { get }
    static func run(_ options: Options, context: inout CommandContext) throws(UsageError)
}

extension Subcommand {
    static var subcommands: [any Subcommand.Type] { [] }

    /// The last word of the name: what selects this command within its group.
    static var word: String { String(spec.name.split(separator: " ").last ?? "") }

    /// The one parse: `arguments` against ``spec``'s options into ``Options``.
    static func options(_ arguments: [String]) throws(UsageError) -> Options {
        try Options(parsing: ParsedArguments.parse(arguments, options: spec.options))
    }

    /// Parses and runs; `--help`, which every command takes, prints the help instead.
    static func main(_ arguments: [String], context: inout CommandContext) throws(UsageError) {
        let parsed = try ParsedArguments.parse(arguments, options: spec.options)
        if parsed.flag(.help) {
            context.output.out(spec.help)
            return
        }
        try run(Options(parsing: parsed), context: &context)
    }

    /// The subcommand `word` names, or a usage error naming the choices.
    static func subcommand(_ word: String?) throws(UsageError) -> any Subcommand.Type {
        let words = subcommands.map { $0.word }
        let expected = TopologyDecoder.alternatives(words)
        guard let word else { throw UsageError(.missingSubcommand, "Missing subcommand (expected \(expected))") }
        if let command = subcommands.first(where: { $0.word == word }) { return command }
        var message = "Unknown subcommand '\(spec.name) \(word)' (expected \(expected))"
        if let suggestion = Suggestion.closest(to: word, among: words) { message += "; did you mean '\(suggestion)'?" }
        throw UsageError(.unknownSubcommand, message)
    }
}

extension Subcommand where Options == NoOptions {
    /// A group prints its help (the dispatch asks for a subcommand before it gets here).
    static func run(_ options: NoOptions, context: inout CommandContext) throws(UsageError) {
        context.output.out(spec.help)
    }
}
