/// What a command's positional arguments are, so that a completion script offers the right words.
public enum PositionalCompletion: Sendable, Equatable {
    /// File names (a topology, an ip-ranges.json).
    case files
    /// One of these words (`dxplan completions bash|zsh|fish`, a rule id).
    case values([String])
    /// Free text that no shell can complete (an address).
    case none
}
