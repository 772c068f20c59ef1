import DXTestSupport
import Foundation
import Testing

@testable import DXPlan

/// The scripts of `dxplan completions` pass their shell's own syntax check (`bash -n`, `zsh -n`,
/// `fish -n`), and bash's completes real command lines. `.ci/run` installs zsh and fish; a
/// missing shell fails under CI=true and is skipped otherwise.
@Suite struct CompletionScriptShellTests {
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        SharedTestData.unavailable("\(name) not found on PATH (the completion script check needs it)")
        return nil
    }

    static func run(_ shell: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = shell
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: CompletionShell.allCases) func scriptPassesTheShellsSyntaxCheck(shell: CompletionShell) throws {
        guard let executable = Self.executable(shell.rawValue) else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("dxplan.\(shell.rawValue)")
        try DXPlan.run(["completions", shell.rawValue]).standardOutput.write(
            to: file, atomically: true, encoding: .utf8)
        let result = try Self.run(executable, ["-n", file.path])
        #expect(result.status == 0, "\(shell) -n: \(result.output)")
        #expect(result.output.isEmpty, "\(result.output)")
    }

    /// bash: the function answers real command lines as `COMPREPLY`.
    @Test(
        arguments: [
            ("dxplan val", "validate"),
            ("dxplan ranges up", "update"),
            ("dxplan validate t.yaml --format ", "text json sarif"),
            ("dxplan simulate t.yaml --format s", "sarif"),
            ("dxplan ranges update --t", "--timeout"),
            ("dxplan config t.yaml --vendor ju", "junos"),
            ("dxplan completions f", "fish"),
            ("dxplan rules bfd-o", "bfd-off"),
            ("dxplan help ran", "ranges"),
        ])
    func bashCompletesCommandLines(line: String, expected: String) throws {
        guard let bash = Self.executable("bash") else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("dxplan.bash")
        try DXPlan.run(["completions", "bash"]).standardOutput.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            source "$1"
            COMP_LINE="$2"; read -r -a COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _dxplan
            echo "${COMPREPLY[*]}"
            """
        let result = try Self.run(bash, ["-c", script, "bash", file.path, line])
        #expect(result.status == 0)
        #expect(result.output == expected + "\n", "\(line)")
    }

    /// fish: `complete -C` answers real command lines with the script loaded.
    @Test(
        arguments: [
            ("dxplan ranges up", ["update"]),
            ("dxplan validate t.yaml --format ", ["json", "sarif", "text"]),
            ("dxplan ranges update --t", ["--timeout"]),
            ("dxplan config t.yaml --vendor i", ["ios-xe", "ios-xr"]),
            ("dxplan rules bfd-o", ["bfd-off"]),
            ("dxplan help lo", ["locations"]),
        ])
    func fishCompletesCommandLines(line: String, expected: [String]) throws {
        guard let fish = Self.executable("fish") else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("dxplan.fish")
        try DXPlan.run(["completions", "fish"]).standardOutput.write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.run(
            fish, ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", file.path, line])
        #expect(result.status == 0, "\(result.output)")
        let words = result.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        #expect(words == expected, "\(line)")
    }

    /// zsh: `_dxplan` called as the completion system would, with `words` and `CURRENT` set and
    /// `compadd` and `_files` recording what they are given (zsh itself filters by prefix).
    @Test(
        arguments: [
            (["dxplan", "ranges", "up"], "compadd query diff update"),
            (["dxplan", "validate", "t.yaml", "--format", ""], "compadd text json sarif"),
            (["dxplan", "validate", ""], "_files"),
            (["dxplan", "simulate", "t.yaml", "-o", ""], "_files"),
            (["dxplan", "completions", ""], "compadd bash zsh fish"),
            (["dxplan", "ranges", "update", "--"], "compadd --output -o --url --timeout --help -h"),
        ])
    func zshCompletesCommandLines(words: [String], expected: String) throws {
        guard let zsh = Self.executable("zsh") else { return }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("_dxplan")
        try DXPlan.run(["completions", "zsh"]).standardOutput.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            compdef() { : }
            compadd() { [[ $1 == -- ]] && shift; print -r -- "compadd $*" }
            _files() { print -r -- _files }
            source "$1"; shift
            words=("$@"); CURRENT=$#
            _dxplan
            """
        let result = try Self.run(zsh, ["-f", "-c", script, "zsh", file.path] + words)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == expected + "\n", "\(words)")
    }
}
