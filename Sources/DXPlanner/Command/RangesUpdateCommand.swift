/// `dxplan ranges update [-o FILE] [--url URL]` — placeholder until the downloader lands.
enum RangesUpdateCommand {
    static let spec = CommandSpec(
        name: "ranges update", usage: "dxplan ranges update [-o FILE] [--url URL]",
        summary: "Download ip-ranges.json with a conditional GET; keep the old file if the new one is invalid.",
        options: [.output, OptionSpec("--url", value: "URL", help: "Where to download from.")])

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        let parsed = try ParsedArguments.parse(arguments, options: spec.options)
        if parsed.flag("--help") {
            output.out(spec.help)
            return
        }
        throw UsageError("'dxplan ranges update' is not implemented yet")
    }
}
