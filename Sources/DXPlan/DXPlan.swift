import DXAWS
import DXCore
import DXInput
import DXModel

/// The dxplan command line, runnable in-process: `main.swift` only forwards argv and exits.
public enum DXPlan {
    public static let version = ProductVersion.current

    public static let usage = """
        USAGE: dxplan <command> [options]

        Plan AWS Direct Connect BGP routing for Amazon Connect: validate a topology, simulate
        which path every Connect range takes, write router configs, allow-lists and a report.

        COMMANDS:
          validate    Parse and check a topology; print findings
          simulate    AWS advertisements, learned routes, the Connect verdict
          explain     Every candidate route for one destination, and the winner
          config      Router configuration per vendor
          allowlist   Amazon Connect firewall allow-list
          report      Architecture review report (Markdown or HTML)
          ranges      ip-ranges.json: query, diff, update
          rules       The rule catalog: every finding id with its fix
          locations   Direct Connect locations: API codes, name, home Region, continent

        OPTIONS:
          --version   Print the version and the embedded ip-ranges snapshot's createDate
          -h, --help  Show this help

        See 'dxplan <command> --help' for a command's options.

        """

    /// Runs one command line (without the program name) and returns what it printed and its status.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandOutput {
        var output = CommandOutput()
        guard let first = arguments.first else {
            output.err("Error: missing command\n\n\(usage)")
            output.status = .usage
            return output
        }
        switch first {
        case "--help", "-h", "help":
            output.out(usage)
            return output
        case "--version":
            output.out(versionText(environment: environment))
            return output
        default:
            break
        }
        guard let command = Subcommand(rawValue: first) else {
            var message = "Error: unknown command '\(first)'"
            if let suggestion = Suggestion.closest(to: first, among: Subcommand.allCases.map(\.rawValue)) {
                message += " (did you mean '\(suggestion)'?)"
            }
            output.err("\(message)\n\n\(usage)")
            output.status = .usage
            return output
        }
        do {
            try command.run(Array(arguments.dropFirst()), environment: environment, output: &output)
        } catch {
            output.err("Error: \(error.message)\n\n\(command.spec.help)")
            output.status = .usage
        }
        return output
    }

    static func versionText(environment: [String: String]) -> String {
        switch Result(catching: { () throws(InputError) in try IPRangesSource.embedded() }) {
        case .success(let ranges): "dxplan \(version) (embedded ip-ranges.json createDate \(ranges.createDate), syncToken \(ranges.syncToken))\n"
        case .failure: "dxplan \(version) (embedded ip-ranges snapshot missing)\n"
        }
    }
}
