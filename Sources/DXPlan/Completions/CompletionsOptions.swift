import DXCore
import DXInput

/// `dxplan completions bash|zsh|fish`.
struct CompletionsOptions: CommandOptions {
    var shell: CompletionShell
}

extension CompletionsOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        let word = try arguments.positionals(named: ["SHELL"])[0]
        guard let shell = CompletionShell(rawValue: word) else {
            let expected = TopologyDecoder.alternatives(CompletionShell.allCases.map(\.rawValue))
            throw UsageError(.unknownValue, "Unknown shell \(MessageValue.quoted(word)) (expected \(expected))")
        }
        self.shell = shell
    }
}
