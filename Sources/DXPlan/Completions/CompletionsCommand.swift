import DXCore

/// `dxplan completions bash|zsh|fish`: a completion script generated from ``DXPlan/commands``
/// (commands, subcommands, options and the fixed values of `--format` and the like), in the
/// manner of swift-argument-parser's `--generate-completion-script`.
enum CompletionsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "completions", abstract: "A shell completion script (bash, zsh, fish)",
        usage: "dxplan completions bash|zsh|fish",
        summary: "Print a completion script for the shell: commands, subcommands, options and their values.",
        options: [],
        details: """
            Install it, for example:
              bash   dxplan completions bash > ~/.local/share/bash-completion/completions/dxplan
              zsh    dxplan completions zsh > "${fpath[1]}/_dxplan"
              fish   dxplan completions fish > ~/.config/fish/completions/dxplan.fish
            """,
        positionals: .values(CompletionShell.allCases.map(\.rawValue)))

    static func run(_ options: CompletionsOptions, context: inout CommandContext) throws(UsageError) {
        let tree = CompletionTree(commands: DXPlan.commands)
        switch options.shell {
        case .bash: context.output.out(BashCompletions.script(tree))
        case .zsh: context.output.out(ZshCompletions.script(tree))
        case .fish: context.output.out(FishCompletions.script(tree))
        }
    }
}
