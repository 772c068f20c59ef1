import DXAWS
import DXCore
import DXInput
import DXModel

/// `dxplan ranges update [-o FILE] [--url URL] [--timeout SECONDS]`: download ip-ranges.json with
/// a conditional GET and replace the file only with a valid, not older one (`IPRangesUpdater`).
enum RangesUpdateCommand: Subcommand {
    static let output = OptionSpec(
        "--output", short: "-o", value: "FILE",
        help: "File to update (default: $DXPLAN_IP_RANGES, else ./ip-ranges.json).")
    static let url = OptionSpec(
        "--url", value: "URL", help: "http(s) URL to download (default: \(IPRangesUpdater.defaultURL.absoluteString)).")
    static let timeout = OptionSpec(
        "--timeout", value: "SECONDS",
        help: "Give up after this many seconds (default: \(Int(IPRangesUpdater.defaultTimeout))).")

    static let spec = CommandSpec(
        name: "ranges update", usage: "dxplan ranges update [-o FILE] [--url URL] [--timeout SECONDS]",
        summary:
            "Download ip-ranges.json with a conditional GET; replace the file atomically, only with a fully valid one that is not older.",
        options: [output, url, timeout],
        details: """
            The ETag and Last-Modified of each download are kept in FILE.meta and sent back as
            If-None-Match and If-Modified-Since; without FILE.meta the file's createDate is used.
            Exit status: 0 updated or already current, 1 the download is older than FILE (kept),
            2 download, validation or writing failed (FILE unchanged), 64 usage error.
            """)

    static func run(_ options: RangesUpdateOptions, context: inout CommandContext) throws(UsageError) {
        let path = IPRangesUpdater.outputPath(option: options.output, environment: context.environment)
        let report = IPRangesUpdater(url: options.url, path: path, timeout: options.timeout).run()
        context.output.out(report.standardOutput)
        context.output.err(report.standardError)
        context.output.status = report.status
    }
}
