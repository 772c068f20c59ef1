import DXTestSupport
import Foundation
import Testing

@testable import DXPlan

/// The help of dxplan and of every command and subcommand (Golden/Help/<command>.txt, with
/// `dxplan.txt` for `dxplan --help`), re-recorded with `DXPLAN_RECORD=1` when wording changes.
@Suite struct HelpGoldenTests {
    static var commandNames: [String] {
        var names: [String] = []
        for command in DXPlan.commands {
            names.append(command.spec.name)
            for subcommand in command.subcommands { names.append(subcommand.spec.name) }
        }
        return names
    }

    @Test func topLevelHelpMatchesGolden() {
        GoldenFile.check(DXPlan.run(["--help"]).standardOutput, path: "Help/dxplan.txt")
    }

    @Test(arguments: commandNames) func commandHelpMatchesGolden(name: String) {
        let words = name.split(separator: " ").map(String.init)
        let result = DXPlan.run(["help"] + words)
        #expect(result.status == .success)
        #expect(result.standardOutput == DXPlan.run(words + ["--help"]).standardOutput)
        GoldenFile.check(result.standardOutput, path: "Help/\(words.joined(separator: "-")).txt")
    }
}
