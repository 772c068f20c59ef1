/// `dxplan ranges update [-o FILE] [--url URL] [--timeout SECONDS]`: download ip-ranges.json with
/// a conditional GET and replace the file only with a valid, not older one (`IPRangesUpdater`).
enum RangesUpdateCommand {
    static let spec = CommandSpec(
        name: "ranges update", usage: "dxplan ranges update [-o FILE] [--url URL] [--timeout SECONDS]",
        summary: "Download ip-ranges.json with a conditional GET; replace the file atomically, only with a fully valid one that is not older.",
        options: [
            OptionSpec("--output", short: "-o", value: "FILE", help: "File to update (default: $DXPLAN_IP_RANGES, else ./ip-ranges.json)."),
            OptionSpec("--url", value: "URL", help: "http(s) URL to download (default: \(IPRangesUpdater.defaultURL.absoluteString))."),
            OptionSpec("--timeout", value: "SECONDS", help: "Give up after this many seconds (default: \(Int(IPRangesUpdater.defaultTimeout)))."),
        ],
        details: """
            The ETag and Last-Modified of each download are kept in FILE.meta and sent back as
            If-None-Match and If-Modified-Since; without FILE.meta the file's createDate is used.
            Exit status: 0 updated or already current, 1 the download is older than FILE (kept),
            2 download, validation or writing failed (FILE unchanged), 64 usage error.
            """)

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        if let extra = parsed.positionals.first { throw UsageError("Unexpected argument \(MessageValue.quoted(extra))") }
        let url = try parsed.value("--url").map { text throws(UsageError) in try IPRangesUpdater.checkedURL(text) } ?? IPRangesUpdater.defaultURL
        let timeout = try parsed.value("--timeout").map { text throws(UsageError) in try IPRangesUpdater.checkedTimeout(text) } ?? IPRangesUpdater.defaultTimeout
        let path = IPRangesUpdater.outputPath(option: parsed.value("--output"), environment: environment)
        let report = IPRangesUpdater(url: url, path: path, timeout: timeout).run()
        output.out(report.standardOutput)
        output.err(report.standardError)
        output.status = report.status
    }
}
