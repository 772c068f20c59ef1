import DXAWS
import DXCore

/// `dxplan ranges query|diff|update` (CLI.md).
enum RangesCommand {
    static let spec = CommandSpec(
        name: "ranges", usage: "dxplan ranges query|diff|update ...",
        summary: "Work with ip-ranges.json: which entries contain an address, what changed between two files, download the current file.",
        options: [],
        details: """
            SUBCOMMANDS:
              query ADDRESS|PREFIX          every entry (service, Region, border group) containing it
              diff OLD NEW                  added and removed entries, with the 30-day deadlines
              update [-o FILE] [--url URL] [--timeout SECONDS]
                                            download ip-ranges.json with a conditional GET
            """)

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let subcommand = arguments.first else { throw UsageError("Missing subcommand (expected query, diff or update)") }
        let rest = Array(arguments.dropFirst())
        switch subcommand {
        case "query": try RangesQueryCommand.run(rest, environment: environment, output: &output)
        case "diff": try RangesDiffCommand.run(rest, output: &output)
        case "update": try RangesUpdateCommand.run(rest, environment: environment, output: &output)
        case "--help", "-h": output.out(spec.help)
        default:
            var message = "Unknown subcommand 'ranges \(subcommand)' (expected query, diff or update)"
            if let suggestion = Suggestion.closest(to: subcommand, among: ["query", "diff", "update"]) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw UsageError(message)
        }
    }
}
