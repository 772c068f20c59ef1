import DXAWS
import DXCore

/// `dxplan ranges query|diff|update` (Docs/UserGuide.md).
enum RangesCommand: Subcommand {
    static let spec = CommandSpec(
        name: "ranges", abstract: "ip-ranges.json: query, diff, update", usage: "dxplan ranges query|diff|update ...",
        summary:
            "Work with ip-ranges.json: which entries contain an address, what changed between two files, download the current file.",
        options: [],
        details: """
            SUBCOMMANDS:
              query ADDRESS|PREFIX          every entry (service, Region, border group) containing it
              diff OLD NEW                  added and removed entries, with the 30-day deadlines
              update [-o FILE] [--url URL] [--timeout SECONDS]
                                            download ip-ranges.json with a conditional GET
            """)

    static var subcommands: [any Subcommand.Type] {
        [RangesQueryCommand.self, RangesDiffCommand.self, RangesUpdateCommand.self]
    }

    typealias Options = NoOptions
}
