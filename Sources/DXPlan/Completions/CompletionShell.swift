/// `dxplan completions SHELL`: the shells a completion script is written for.
enum CompletionShell: String, CaseIterable, Sendable {
    case bash, zsh, fish
}
