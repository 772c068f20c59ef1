import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan

/// `dxplan completions bash|zsh|fish`: every command, subcommand, option and fixed value of the
/// registry is in every script (the shells' own syntax checks are in the integration tests).
@Suite struct CompletionsCommandTests {
    @Test(arguments: CompletionShell.allCases) func scriptNamesEveryCommandAndOption(shell: CompletionShell) {
        let result = DXPlan.run(["completions", shell.rawValue])
        #expect(result.status == .success)
        #expect(result.standardError.isEmpty)
        let script = result.standardOutput
        var expected: [String] = []
        func collect(_ command: any Subcommand.Type) {
            expected.append(command.spec.name)
            for option in command.spec.options {
                // fish writes `-l format` for `--format`, `-s o` for `-o`.
                if shell == .fish {
                    expected.append("-l \(option.name.dropFirst(2))")
                    if let short = option.short { expected.append("-s \(short.dropFirst())") }
                } else {
                    expected.append(option.name)
                    if let short = option.short { expected.append(short) }
                }
                expected += option.values
            }
            if case .values(let values) = command.spec.positionals, command.subcommands.isEmpty { expected += values }
            command.subcommands.forEach(collect)
        }
        DXPlan.commands.forEach(collect)
        #expect(expected.contains("ranges update"))
        #expect(expected.contains("sarif"))
        for word in expected {
            #expect(script.contains(word), "\(shell) script lacks \(word)")
        }
        #expect(script == DXPlan.run(["completions", shell.rawValue]).standardOutput)
    }

    /// The scripts print registry words unquoted, so each must be plain.
    @Test func everyWordIsSafeUnquoted() {
        let tree = CompletionTree(commands: DXPlan.commands)
        #expect(tree.words.count > 100)
        for word in tree.words { #expect(CompletionTree.isSafeWord(word), "\(word)") }
        #expect(!CompletionTree.isSafeWord("a b"))
        #expect(!CompletionTree.isSafeWord("$(x)"))
        #expect(tree.commandPaths.contains("ranges query"))
    }

    @Test(
        arguments: [
            (["completions"], .missingArgument),
            (["completions", "tcsh"], .unknownValue),
            (["completions", "bash", "zsh"], .unexpectedArgument),
        ] as [([String], UsageError.Code)])
    func usageErrors(arguments: [String], code: UsageError.Code) {
        let result = DXPlan.run(arguments)
        #expect(result.status == .usage)
        #expect(result.usageError?.code == code)
        #expect(result.standardError.contains("\nUsage: dxplan completions bash|zsh|fish\n"))
    }
}
