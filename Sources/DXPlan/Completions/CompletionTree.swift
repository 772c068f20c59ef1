/// The command line as a completion script sees it, read from the ``DXPlan/commands`` registry:
/// every command path (`validate`, `ranges`, `ranges update`) with its options and positionals.
struct CompletionTree {
    /// One command path and what may follow it.
    struct Node {
        /// The words that select it, space-separated: `ranges update`; empty for dxplan itself.
        var path: String
        var abstract: String
        /// The help's summary, described where a subcommand has no abstract.
        var summary: String
        /// The subcommand words of a group.
        var subcommands: [String]
        var options: [OptionSpec]
        var positionals: PositionalCompletion
    }

    /// dxplan itself first, then every command, each group followed by its subcommands.
    var nodes: [Node]

    init(commands: [any Subcommand.Type]) {
        let top: [OptionSpec] = [
            OptionSpec("--version", help: "Print the version and the embedded ip-ranges snapshot's createDate."),
            .help,
        ]
        nodes = [
            Node(
                path: "", abstract: "", summary: "", subcommands: commands.map { $0.spec.name }, options: top,
                positionals: .none)
        ]
        func add(_ command: any Subcommand.Type) {
            let spec = command.spec
            nodes.append(
                Node(
                    path: spec.name, abstract: spec.abstract, summary: spec.summary,
                    subcommands: command.subcommands.map { $0.word },
                    options: spec.options, positionals: command.subcommands.isEmpty ? spec.positionals : .none))
            command.subcommands.forEach(add)
        }
        commands.forEach(add)
    }

    /// The command paths other than dxplan itself.
    var commandPaths: [String] { nodes.map(\.path).filter { !$0.isEmpty } }

    /// Every word the scripts print unquoted: command words, option names, values. Each is
    /// checked against ``isSafeWord(_:)`` by the tests, so no quoting is needed.
    var words: [String] {
        nodes.flatMap { node in
            var words = node.path.split(separator: " ").map(String.init) + node.subcommands
            words += node.options.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) + $0.values }
            if case .values(let values) = node.positionals { words += values }
            return words
        }
    }

    /// `A-Z a-z 0-9 - _ .` only: the same in every shell without quotes.
    static func isSafeWord(_ word: String) -> Bool {
        !word.isEmpty
            && word.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars
                        .contains($0)
            }
    }
}
