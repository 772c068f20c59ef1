import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

/// `dxplan ranges update` against a scripted server on 127.0.0.1: conditional GETs, and every
/// failure leaving the old file byte-identical with no temporary file behind.
@Suite(.serialized) struct IPRangesUpdaterTests {
    typealias Route = LoopbackHTTPServer.Route

    /// A small valid ip-ranges.json.
    static func rangesJSON(syncToken: String, createDate: String, connect: [String]) -> String {
        var items = [
            #"{"ip_prefix": "52.94.0.0/22", "region": "us-east-1", "service": "AMAZON", "network_border_group": "us-east-1"}"#
        ]
        for prefix in connect {
            items.append(
                #"{"ip_prefix": "\#(prefix)", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"}"#
            )
        }
        return """
            {
              "syncToken": "\(syncToken)",
              "createDate": "\(createDate)",
              "prefixes": [
                \(items.joined(separator: ",\n    "))
              ],
              "ipv6_prefixes": [
                {"ipv6_prefix": "2600:1f18::/33", "region": "us-east-1", "service": "EC2", "network_border_group": "us-east-1"}
              ]
            }

            """
    }

    static let oldBody = rangesJSON(
        syncToken: "1780000000", createDate: "2026-05-28-20-26-40", connect: ["3.5.0.0/24", "3.6.0.0/24"])
    static let newBody = rangesJSON(
        syncToken: "1787411825", createDate: "2026-08-22-15-17-05", connect: ["3.5.0.0/24", "3.7.0.0/24"])
    static let olderBody = rangesJSON(
        syncToken: "1770000000", createDate: "2026-02-02-02-40-00", connect: ["3.5.0.0/24"])
    static let oldSidecar = "sync-token: 1780000000\netag: \"v1\"\nlast-modified: Thu, 28 May 2026 20:26:41 GMT\n"

    /// A temporary directory holding the current ip-ranges.json (and optionally its sidecar).
    struct Workspace {
        var directory: URL
        var file: String { directory.appendingPathComponent("ip-ranges.json").path }
        var sidecar: String { file + ".meta" }

        init(body: String? = IPRangesUpdaterTests.oldBody, sidecar: String? = IPRangesUpdaterTests.oldSidecar) throws {
            directory = try PackagePaths.temporaryDirectory()
            if let body { try Data(body.utf8).write(to: URL(fileURLWithPath: file)) }
            if let sidecar { try Data(sidecar.utf8).write(to: URL(fileURLWithPath: self.sidecar)) }
        }

        func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
        var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() }
        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    static func update(_ arguments: [String], environment: [String: String] = [:]) -> CommandOutput {
        DXPlan.run(["ranges", "update"] + arguments, environment: environment)
    }

    // MARK: success

    @Test func firstDownloadCreatesFileAndSidecar() throws {
        guard
            let server = try LoopbackHTTPServer.start([
                "/ip-ranges.json": Route(
                    body: Self.newBody, headers: ["ETag": "\"v2\"", "Last-Modified": "Sat, 22 Aug 2026 15:17:06 GMT"])
            ])
        else { return }
        defer { server.stop() }
        let workspace = try Workspace(body: nil, sidecar: nil)
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(workspace.bytes(workspace.file) == Data(Self.newBody.utf8))
        #expect(
            result.standardOutput == """
                downloaded \(server.url("/ip-ranges.json")) (HTTP 200, \(Self.newBody.utf8.count) bytes)
                new: syncToken 1787411825, createDate 2026-08-22-15-17-05, 4 entries
                created '\(workspace.file)'

                """)
        let sidecar = try #require(IPRangesSidecar.read(for: workspace.file))
        #expect(
            sidecar
                == IPRangesSidecar(
                    syncToken: "1787411825", etag: "\"v2\"", lastModified: "Sat, 22 Aug 2026 15:17:06 GMT"))
        #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.lock", "ip-ranges.json.meta"])
        let request = try #require(server.requests.first)
        #expect(request.headers["if-none-match"] == nil)
        #expect(request.headers["if-modified-since"] == nil)
        #expect(request.headers["user-agent"] == "dxplan/\(DXPlan.version)")
    }

    @Test func newerFileReplacesOldAndReportsTheDiff() throws {
        guard
            let server = try LoopbackHTTPServer.start([
                "/ip-ranges.json": Route(body: Self.newBody, headers: ["ETag": "\"v2\""])
            ])
        else { return }
        defer { server.stop() }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(
            result.standardOutput == """
                downloaded \(server.url("/ip-ranges.json")) (HTTP 200, \(Self.newBody.utf8.count) bytes)
                old: syncToken 1780000000, createDate 2026-05-28-20-26-40, 4 entries
                new: syncToken 1787411825, createDate 2026-08-22-15-17-05, 4 entries
                1 entry added, 1 removed.
                warning: OLD (createDate 2026-05-28-20-26-40) is 86 days older than NEW (createDate 2026-08-22-15-17-05), more than 30: a range added in between may have been published right after OLD and be in use since 2026-06-27, so its 30-day deadline has already passed.
                The new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges are overdue: allow them now (compare consecutive files to get deadlines that have not passed).
                  AMAZON_CONNECT us-east-1 (+1 -1) overdue
                updated '\(workspace.file)'

                """)
        #expect(workspace.bytes(workspace.file) == Data(Self.newBody.utf8))
        // The server sent no Last-Modified: the sidecar keeps only what it got.
        #expect(
            IPRangesSidecar.read(for: workspace.file)
                == IPRangesSidecar(syncToken: "1787411825", etag: "\"v2\"", lastModified: nil))
        let request = try #require(server.requests.first)
        #expect(request.headers["if-none-match"] == "\"v1\"")
        #expect(request.headers["if-modified-since"] == "Thu, 28 May 2026 20:26:41 GMT")
        #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.lock", "ip-ranges.json.meta"])
    }

    @Test func realSnapshotsUpdateWithTheirDiff() throws {
        guard let oldURL = SharedTestData.file("ip-ranges-2019-08-30.json"),
            let newURL = SharedTestData.file("ip-ranges-2021-08-31.json")
        else { return }
        let newData = try Data(contentsOf: newURL)
        guard
            let server = try LoopbackHTTPServer.start([
                "/ip-ranges.json": Route(body: String(decoding: newData, as: UTF8.self), headers: ["ETag": "\"real\""])
            ])
        else { return }
        defer { server.stop() }
        let workspace = try Workspace(body: try String(contentsOf: oldURL, encoding: .utf8), sidecar: nil)
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(workspace.bytes(workspace.file) == newData)
        let old = try AWSIPRanges.load(path: oldURL.path)
        let new = try AWSIPRanges.load(path: newURL.path)
        let diff = RangesDiff.compute(old: old, new: new)
        #expect(
            result.standardOutput.contains(
                "old: syncToken \(old.syncToken), createDate \(old.createDate), \(old.entries.count) entries\n"))
        #expect(
            result.standardOutput.contains(
                "new: syncToken \(new.syncToken), createDate \(new.createDate), \(new.entries.count) entries\n"))
        #expect(result.standardOutput.contains(diff.summaryLines.joined(separator: "\n") + "\nupdated '"))
        #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.lock", "ip-ranges.json.meta"])
    }

    @Test func notModifiedWhenTheETagMatches() throws {
        guard
            let server = try LoopbackHTTPServer.start([
                "/ip-ranges.json": Route(body: Self.newBody, notModifiedIfNoneMatch: "\"v1\"")
            ])
        else { return }
        defer { server.stop() }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(
            result.standardOutput
                == "\(server.url("/ip-ranges.json")): not modified (HTTP 304); '\(workspace.file)' is current (syncToken 1780000000, createDate 2026-05-28-20-26-40, 4 entries)\n"
        )
        #expect(workspace.bytes(workspace.file) == Data(Self.oldBody.utf8))
        #expect(workspace.bytes(workspace.sidecar) == Data(Self.oldSidecar.utf8))
        #expect(server.requests.map { $0.headers["if-none-match"] } == ["\"v1\""])
    }

    @Test func withoutSidecarIfModifiedSinceComesFromCreateDate() throws {
        guard let server = try LoopbackHTTPServer.start(["/ip-ranges.json": Route(status: 304)]) else { return }
        defer { server.stop() }
        let workspace = try Workspace(body: Self.newBody, sidecar: nil)
        defer { workspace.remove() }
        let result = Self.update(
            ["--url", server.url("/ip-ranges.json")], environment: ["DXPLAN_IP_RANGES": workspace.file])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardOutput.contains("not modified (HTTP 304)"))
        let request = try #require(server.requests.first)
        #expect(request.headers["if-modified-since"] == "Sat, 22 Aug 2026 15:17:05 GMT")
        #expect(request.headers["if-none-match"] == nil)
        #expect(workspace.names == ["ip-ranges.json"])
    }

    @Test func sidecarOfAnotherFileIsIgnored() throws {
        guard let server = try LoopbackHTTPServer.start(["/ip-ranges.json": Route(status: 304)]) else { return }
        defer { server.stop() }
        // The sidecar's sync-token is the old file's, but the file is the new one.
        let workspace = try Workspace(body: Self.newBody)
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success)
        let request = try #require(server.requests.first)
        #expect(request.headers["if-none-match"] == nil)
        #expect(request.headers["if-modified-since"] == "Sat, 22 Aug 2026 15:17:05 GMT")
    }

    @Test func sameSyncTokenKeepsTheFileAndRefreshesTheSidecar() throws {
        guard
            let server = try LoopbackHTTPServer.start([
                "/ip-ranges.json": Route(body: Self.oldBody + "\n", headers: ["ETag": "\"v1b\""])
            ])
        else { return }
        defer { server.stop() }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardOutput.hasSuffix("'\(workspace.file)' is current (same syncToken); not rewritten\n"))
        #expect(workspace.bytes(workspace.file) == Data(Self.oldBody.utf8))
        #expect(IPRangesSidecar.read(for: workspace.file)?.etag == "\"v1b\"")
    }

    @Test func unusableCurrentFileIsReplacedWithoutConditionalHeaders() throws {
        guard let server = try LoopbackHTTPServer.start(["/ip-ranges.json": Route(body: Self.newBody)]) else { return }
        defer { server.stop() }
        let workspace = try Workspace(body: "{ broken")
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("note: the current file is not a usable ip-ranges.json ("))
        #expect(workspace.bytes(workspace.file) == Data(Self.newBody.utf8))
        #expect(server.requests.first?.headers["if-none-match"] == nil)
    }

    // MARK: refused and failed downloads

    @Test func olderSyncTokenIsRefused() throws {
        guard
            let server = try LoopbackHTTPServer.start([
                "/ip-ranges.json": Route(body: Self.olderBody, headers: ["ETag": "\"v0\""])
            ])
        else { return }
        defer { server.stop() }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .checksFailed)
        #expect(
            result.standardOutput.contains(
                "old: syncToken 1780000000, createDate 2026-05-28-20-26-40, 4 entries\nnew: syncToken 1770000000, createDate 2026-02-02-02-40-00, 3 entries\n"
            ))
        #expect(
            result.standardError
                == "error: \(server.url("/ip-ranges.json")) returned an older ip-ranges.json (syncToken 1770000000 < 1780000000); kept '\(workspace.file)'\n"
        )
        #expect(workspace.bytes(workspace.file) == Data(Self.oldBody.utf8))
        #expect(workspace.bytes(workspace.sidecar) == Data(Self.oldSidecar.utf8))
        #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.lock", "ip-ranges.json.meta"])
    }

    static let failures: [(String, Route, String)] = [
        ("/500", Route(status: 500, body: "oops"), "HTTP status 500 (Internal Server Error)"),
        ("/404", Route(status: 404, body: "gone"), "HTTP status 404 (Not Found)"),
        ("/truncated", Route(body: String(newBody.prefix(200)), declareLength: newBody.utf8.count), "cannot download"),
        (
            "/invalid-json", Route(body: "{\"syncToken\": \"1787411825\", \"prefixes\": [", headers: ["ETag": "\"x\""]),
            "did not return a valid ip-ranges.json"
        ),
        ("/not-ip-ranges", Route(body: "{\"hello\": \"world\"}"), "did not return a valid ip-ranges.json"),
        (
            "/bad-prefix", Route(body: newBody.replacingOccurrences(of: "3.7.0.0/24", with: "3.7.0.0/33")),
            "did not return a valid ip-ranges.json"
        ),
        ("/empty", Route(body: ""), "did not return a valid ip-ranges.json"),
        ("/slow", Route(body: newBody, delay: 4), "timed out after 1 s"),
    ]

    @Test(arguments: failures.indices)
    func failureLeavesTheOldFileByteIdentical(index: Int) throws {
        let (path, route, reason) = Self.failures[index]
        guard let server = try LoopbackHTTPServer.start([path: route]) else { return }
        defer { server.stop() }
        for existing in [true, false] {
            let workspace = existing ? try Workspace() : try Workspace(body: nil, sidecar: nil)
            defer { workspace.remove() }
            let started = Date()
            let result = Self.update(["-o", workspace.file, "--url", server.url(path), "--timeout", "1"])
            #expect(Date().timeIntervalSince(started) < 5)
            #expect(result.status == .unusableInput, "\(path): \(result.standardOutput)\(result.standardError)")
            #expect(result.standardOutput.isEmpty, "\(path)")
            #expect(result.standardError.contains("error: "), "\(path)")
            #expect(result.standardError.contains(server.url(path)), "\(path): \(result.standardError)")
            #expect(result.standardError.contains(reason), "\(path): \(result.standardError)")
            #expect(
                result.standardError.hasSuffix(
                    existing ? "'\(workspace.file)' is unchanged\n" : "'\(workspace.file)' was not created\n"),
                "\(path): \(result.standardError)")
            if existing {
                #expect(workspace.bytes(workspace.file) == Data(Self.oldBody.utf8), "\(path)")
                #expect(workspace.bytes(workspace.sidecar) == Data(Self.oldSidecar.utf8), "\(path)")
                #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.meta"], "\(path)")
            } else {
                #expect(workspace.names == [], "\(path)")
            }
        }
    }

    @Test func notModifiedWithoutAConditionalRequestIsAnError() throws {
        guard let server = try LoopbackHTTPServer.start(["/304": Route(status: 304)]) else { return }
        defer { server.stop() }
        let workspace = try Workspace(body: nil, sidecar: nil)
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/304")])
        #expect(result.status == .unusableInput)
        #expect(
            result.standardError
                == "error: cannot download \(server.url("/304")): HTTP status 304 (Not Modified) to an unconditional request; '\(workspace.file)' was not created\n"
        )
        #expect(workspace.names == [])
    }

    @Test func invalidBodyIsReportedWithItsLocation() throws {
        guard let server = try LoopbackHTTPServer.start(["/x": Route(body: "{\"hello\": \"world\"}")]) else { return }
        defer { server.stop() }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", server.url("/x")])
        #expect(
            result.standardError == """
                \(server.url("/x")):1:1: error: the file: missing 'syncToken'
                error: \(server.url("/x")) did not return a valid ip-ranges.json; '\(workspace.file)' is unchanged

                """)
    }

    @Test func refusedConnectionIsANetworkError() throws {
        guard let server = try LoopbackHTTPServer.start([:]) else { return }
        let url = server.url("/ip-ranges.json")
        server.stop()
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.file, "--url", url, "--timeout", "2"])
        #expect(result.status == .unusableInput)
        #expect(result.standardError.hasPrefix("error: cannot download \(url): "), "\(result.standardError)")
        #expect(workspace.bytes(workspace.file) == Data(Self.oldBody.utf8))
        #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.meta"])
    }

    @Test func credentialsInTheURLAreNeverPrinted() throws {
        guard let server = try LoopbackHTTPServer.start(["/500": Route(status: 500)]) else { return }
        defer { server.stop() }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = Self.update([
            "-o", workspace.file, "--url", "http://user:s3cret@127.0.0.1:\(server.port)/500?token=t0ps3cret",
        ])
        #expect(result.status == .unusableInput)
        #expect(result.standardError.contains("http://***@127.0.0.1:\(server.port)/500?***"), "\(result.standardError)")
        #expect(!result.standardError.contains("s3cret"))
        #expect(!result.standardError.contains("t0ps3cret"))
    }

    @Test func targetThatIsADirectoryFails() throws {
        let workspace = try Workspace(body: nil, sidecar: nil)
        defer { workspace.remove() }
        let result = Self.update(["-o", workspace.directory.path, "--url", "http://127.0.0.1:9/"])
        #expect(result.status == .unusableInput)
        #expect(
            result.standardError
                == "error: cannot write '\(workspace.directory.path)': it is a directory (expected a regular file, a character device or a FIFO)\n"
        )
    }

    // MARK: command line

    @Test(
        arguments: [
            (["--url", "file:///etc/passwd"], .invalidURL),
            (["--url", "ftp://example.com/ip-ranges.json"], .invalidURL),
            (["--url", "not a url"], .invalidURL),
            (["--url", "https:///ip-ranges.json"], .invalidURL),
            (["--timeout", "0"], .invalidTimeout),
            (["--timeout", "-1"], .invalidTimeout),
            (["--timeout", "nan"], .invalidTimeout),
            (["--timeout", "soon"], .invalidTimeout),
            (["extra"], .unexpectedArgument),
        ] as [([String], UsageError.Code)])
    func usageErrorsExit64(arguments: [String], code: UsageError.Code) {
        let result = Self.update(arguments)
        #expect(result.status == .usage)
        #expect(result.usageError?.code == code, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func outputPathDefaults() {
        #expect(IPRangesUpdater.outputPath(option: "a.json", environment: ["DXPLAN_IP_RANGES": "b.json"]) == "a.json")
        #expect(IPRangesUpdater.outputPath(option: nil, environment: ["DXPLAN_IP_RANGES": "b.json"]) == "b.json")
        #expect(IPRangesUpdater.outputPath(option: nil, environment: ["DXPLAN_IP_RANGES": ""]) == "ip-ranges.json")
        #expect(IPRangesUpdater.outputPath(option: nil, environment: [:]) == "ip-ranges.json")
        #expect(IPRangesUpdater.defaultURL.absoluteString == "https://ip-ranges.amazonaws.com/ip-ranges.json")
    }

    // MARK: helpers

    @Test func httpDatesMatchRFC9110() {
        #expect(UTCDate(createDate: "2026-08-22-15-17-05")?.httpDate == "Sat, 22 Aug 2026 15:17:05 GMT")
        #expect(UTCDate(createDate: "2000-02-29-00-00-00")?.httpDate == "Tue, 29 Feb 2000 00:00:00 GMT")
        #expect(
            UTCDate(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59).httpDate
                == "Wed, 31 Dec 1969 23:59:59 GMT")
    }

    @Test func sidecarParsingIsStrict() {
        #expect(
            IPRangesSidecar.parse(Self.oldSidecar)
                == IPRangesSidecar(
                    syncToken: "1780000000", etag: "\"v1\"", lastModified: "Thu, 28 May 2026 20:26:41 GMT"))
        #expect(IPRangesSidecar.parse("etag: \"v1\"\n") == nil)
        #expect(IPRangesSidecar.parse("sync-token: 12x\n") == nil)
        #expect(IPRangesSidecar.parse("") == nil)
        #expect(IPRangesSidecar.parse("\u{0}\u{FFFF}::::\n") == nil)
        // A CR or control character would inject a header: the value is dropped.
        #expect(IPRangesSidecar.parse("sync-token: 1\netag: \"a\"\rX-Evil: 1\n")?.etag == "\"a\"")
        #expect(IPRangesSidecar.parse("sync-token: 1\netag: \"a\u{1}\"\n")?.etag == nil)
        let sidecar = IPRangesSidecar(syncToken: "5", etag: "W/\"e\"", lastModified: "Mon, 01 Jan 2024 00:00:00 GMT")
        #expect(IPRangesSidecar.parse(sidecar.text) == sidecar)
    }

    @Test func syncTokensCompareAsNumbers() {
        #expect(IPRangesUpdater.compareSyncTokens("999", "1000") == .orderedAscending)
        #expect(IPRangesUpdater.compareSyncTokens("0100", "100") == .orderedSame)
        #expect(IPRangesUpdater.compareSyncTokens("1787411825", "1780000000") == .orderedDescending)
        #expect(IPRangesUpdater.compareSyncTokens("99999999999999999999999", "1") == .orderedDescending)
    }
}
