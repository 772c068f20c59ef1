import DXCore
import DXInput
import DXModel
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Downloads ip-ranges.json with a conditional GET and replaces the local file only with a fully
/// valid, not older one, atomically; on any failure the old file stays byte-identical.
///
/// Source: AWS VPC User Guide, "AWS IP address ranges" — the file is published at
/// https://ip-ranges.amazonaws.com/ip-ranges.json and `syncToken` is its publication time
/// (https://docs.aws.amazon.com/vpc/latest/userguide/aws-ip-ranges.html). Conditional requests:
/// RFC 9110 §13.1.1 (If-None-Match), §13.1.3 (If-Modified-Since), §15.4.5 (304 Not Modified).
public struct IPRangesUpdater: Sendable {
    public static let defaultURL = URL(string: "https://ip-ranges.amazonaws.com/ip-ranges.json")!
    public static let defaultFileName = "ip-ranges.json"
    public static let defaultTimeout = 30.0
    /// Longest accepted `--timeout`, one hour.
    public static let maximumTimeout = 3600.0

    public var url: URL
    public var path: String
    public var timeout: Double

    public init(url: URL = Self.defaultURL, path: String, timeout: Double = Self.defaultTimeout) {
        self.url = url
        self.path = path
        self.timeout = timeout
    }

    /// `-o FILE`, else `$DXPLAN_IP_RANGES`, else `ip-ranges.json` in the current directory.
    public static func outputPath(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment[IPRangesSource.environmentVariable], !path.isEmpty { return path }
        return defaultFileName
    }

    /// Accepts only absolute http and https URLs with a host; the scheme in any case
    /// (`HTTP://`, `HtTpS://`), returned in lower case.
    public static func checkedURL(_ text: String) throws(UsageError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else {
            throw UsageError(.invalidURL, "Invalid --url (expected an http:// or https:// URL)")
        }
        guard scheme == "http" || scheme == "https" else {
            throw UsageError(
                .invalidURL, "Unsupported --url scheme \(MessageValue.quoted(scheme)) (expected http or https)")
        }
        guard let host = url.host, !host.isEmpty else {
            throw UsageError(.invalidURL, "Invalid --url: no host name (expected an http:// or https:// URL)")
        }
        // Schemes are case-insensitive (RFC 3986 §3.1) but URLSession only knows lower case.
        guard scheme != url.scheme else { return url }
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.scheme = scheme
        guard let normalized = components?.url else {
            throw UsageError(.invalidURL, "Invalid --url (expected an http:// or https:// URL)")
        }
        return normalized
    }

    /// Seconds, more than 0 and at most `maximumTimeout`.
    public static func checkedTimeout(_ text: String) throws(UsageError) -> Double {
        guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= maximumTimeout else {
            throw UsageError(
                .invalidTimeout,
                "Invalid --timeout \(MessageValue.quoted(text)) (expected seconds, more than 0 and at most \(Int(maximumTimeout)))"
            )
        }
        return seconds
    }

    /// Runs the update; never throws, every failure is in the report.
    public func run() -> IPRangesUpdateReport {
        let shown = HTTPDownload.displayText(url)
        func failure(_ lines: String...) -> IPRangesUpdateReport {
            var report = IPRangesUpdateReport(outcome: .failed)
            report.errors = lines
            return report
        }
        // What -o names: a regular file (or a link to one) is replaced; a character device or
        // FIFO is written in place and never read; anything else is refused (OutputTarget).
        let target: OutputTarget
        do {
            target = try OutputTarget.resolve(path)
        } catch {
            return failure("error: \(error.message)")
        }
        let kept: String
        switch target {
        case .replace(let file):
            var info = stat()
            kept = stat(file, &info) == 0 ? "'\(path)' is unchanged" : "'\(path)' was not created"
        case .stream:
            kept = "nothing was written to '\(path)'"
        }
        var notes: [String] = []
        var current = currentFile(target, notes: &notes)

        // Conditional GET (RFC 9110 §13.1): only with validators that belong to the current file.
        var headers = ["Accept": "application/json", "User-Agent": "dxplan/\(ProductVersion.current)"]
        if let current {
            let sidecar = IPRangesSidecar.read(for: path).flatMap { $0.syncToken == current.syncToken ? $0 : nil }
            if let etag = sidecar?.etag { headers["If-None-Match"] = etag }
            if let modified = sidecar?.lastModified ?? UTCDate(createDate: current.createDate)?.httpDate {
                headers["If-Modified-Since"] = modified
            }
        }
        let conditional = headers["If-None-Match"] != nil || headers["If-Modified-Since"] != nil

        let response: HTTPDownload.Response
        switch HTTPDownload.get(url, headers: headers, timeout: timeout, limit: AWSIPRanges.maximumFileSize) {
        case .success(let received): response = received
        case .failure(let problem): return failure("error: cannot download \(shown): \(problem.reason); \(kept)")
        }
        if response.status == 304, let current, conditional {
            var report = IPRangesUpdateReport(outcome: .notModified)
            report.lines = [
                "\(shown): not modified (HTTP 304); '\(path)' is current (\(IPRangesUpdateReport.stamp(current)))"
            ]
            return report
        }
        guard response.status == 200 else {
            let phrase = HTTPURLResponse.localizedString(forStatusCode: response.status)
            let unexpected = response.status == 304 ? " to an unconditional request" : ""
            return failure(
                "error: cannot download \(shown): HTTP status \(response.status) (\(phrase))\(unexpected); \(kept)")
        }

        // Validate fully before anything is written.
        var downloaded: AWSIPRanges
        do {
            downloaded = try AWSIPRanges.parse(response.body, file: shown)
        } catch {
            return failure(error.description, "error: \(shown) did not return a valid ip-ranges.json; \(kept)")
        }
        downloaded.source = path
        if let problem = IPRangesSanity.problem(downloaded, now: now) {
            return failure("error: \(shown) returned an unusable ip-ranges.json: \(problem); \(kept)")
        }
        // From here to the rename, one update at a time: the current file is read again under
        // the lock, so an update that finished meanwhile is compared against, never undone.
        var lock: IPRangesUpdateLock?
        var changed: String?
        if case .replace(let file) = target {
            switch IPRangesUpdateLock.acquire(for: file, timeout: timeout) {
            case .success(let acquired): lock = acquired
            case .failure(let problem):
                return failure(problem.description, "error: could not save the download from \(shown); \(kept)")
            }
            let before = current?.syncToken
            var ignored: [String] = []
            current = currentFile(target, notes: &ignored)
            if current?.syncToken != before {
                changed =
                    "note: '\(path)' changed during the download (now \(current.map { "syncToken \($0.syncToken)" } ?? "missing")); compared with that"
            }
        }
        defer { withExtendedLifetime(lock) {} }
        let sidecar = IPRangesSidecar(
            syncToken: downloaded.syncToken, etag: response.header("ETag"),
            lastModified: response.header("Last-Modified"))
        var report = IPRangesUpdateReport(outcome: current == nil ? .created : .updated)
        report.errors = notes
        report.lines = ["downloaded \(shown) (HTTP 200, \(response.body.count) bytes)"]
        if let changed { report.lines.append(changed) }
        if let current {
            report.lines.append("old: \(IPRangesUpdateReport.stamp(current))")
        }
        report.lines.append("new: \(IPRangesUpdateReport.stamp(downloaded))")

        if let current {
            switch Self.compareSyncTokens(downloaded.syncToken, current.syncToken) {
            case .orderedAscending:
                report.outcome = .olderRefused
                report.errors.append(
                    "error: \(shown) returned an older ip-ranges.json (syncToken \(downloaded.syncToken) < \(current.syncToken)); kept '\(path)'"
                )
                return report
            case .orderedSame:
                report.outcome = .unchanged
                report.lines.append("'\(path)' is current (same syncToken); not rewritten")
                writeSidecar(sidecar, report: &report)
                return report
            case .orderedDescending:
                break
            }
        }
        do {
            try AtomicFileWriter.write(bytes: response.body, to: path)
        } catch {
            report.outcome = .failed
            report.errors.append(error.description)
            report.errors.append("error: could not save the download from \(shown); \(kept)")
            return report
        }
        if let current {
            report.lines += RangesDiff.compute(old: current, new: downloaded).summaryLines
            report.lines.append("updated '\(path)'")
        } else if case .stream = target {
            report.lines.append("wrote '\(path)'")
        } else {
            report.lines.append("created '\(path)'")
        }
        writeSidecar(sidecar, report: &report)
        return report
    }

    /// The current file when it is a regular file holding a usable ip-ranges.json (well formed
    /// and plausible); a device or FIFO target is never read.
    private func currentFile(_ target: OutputTarget, notes: inout [String]) -> AWSIPRanges? {
        guard case .replace(let file) = target else { return nil }
        var info = stat()
        guard stat(file, &info) == 0 else { return nil }
        do {
            let ranges = try AWSIPRanges.load(path: file)
            try IPRangesSanity.check(ranges, file: path, now: now)
            return ranges
        } catch {
            notes.append(
                "note: the current file is not a usable ip-ranges.json (\(error.description)); downloading it whole")
            return nil
        }
    }

    /// This machine's clock, Unix seconds (IPRangesSanity: syncTokens from the future).
    private var now: Int64 { Int64(time(nil)) }

    /// Writes `FILE.meta`; on failure removes a stale one (its validators would belong to the old
    /// file) and warns: the update itself succeeded.
    private func writeSidecar(_ sidecar: IPRangesSidecar, report: inout IPRangesUpdateReport) {
        // A device or FIFO target has no folder of its own to keep validators in.
        guard case .replace = try? OutputTarget.resolve(path) else { return }
        let sidecarPath = IPRangesSidecar.path(for: path)
        do {
            try AtomicFileWriter.write(sidecar.text, to: sidecarPath)
        } catch {
            unlink(sidecarPath)
            report.errors.append(
                "warning: \(error.description.replacingOccurrences(of: ": error: ", with: ": ")); the next update downloads the whole file"
            )
        }
    }

    /// Compares two digit strings as numbers of any length.
    static func compareSyncTokens(_ lhs: String, _ rhs: String) -> ComparisonResult {
        func trimmed(_ text: String) -> Substring {
            let digits = text.drop { $0 == "0" }
            return digits
        }
        let a = trimmed(lhs)
        let b = trimmed(rhs)
        if a.count != b.count { return a.count < b.count ? .orderedAscending : .orderedDescending }
        if a == b { return .orderedSame }
        return a < b ? .orderedAscending : .orderedDescending
    }
}
