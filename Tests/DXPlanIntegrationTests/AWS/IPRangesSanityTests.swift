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

/// Plausibility of ip-ranges.json files (issue 17, defects 8 and 11): the real snapshots pass,
/// each kind of useless or poisonous file is refused by `--ip-ranges` and by `ranges update`
/// (which keeps the old file), and overlapping updates never go back to an older syncToken.
@Suite(.serialized) struct IPRangesSanityTests {
    typealias Route = LoopbackHTTPServer.Route
    static let now: Int64 = 1_790_000_000  // 2026-09-21

    static func entry(_ prefix: String, _ region: String, _ service: String) -> IPRangeEntry {
        IPRangeEntry(prefix: IPPrefix(prefix)!, region: region, service: service, networkBorderGroup: region)
    }

    static let usable = [
        entry("15.193.0.0/19", "GLOBAL", "AMAZON_CONNECT"), entry("15.193.6.0/24", "us-east-1", "AMAZON_CONNECT"),
        entry("3.80.0.0/12", "us-east-1", "EC2"),
    ]

    static func ranges(
        _ entries: [IPRangeEntry] = usable, syncToken: String = "1787411825", createDate: String = "2026-08-22-15-17-05"
    ) -> AWSIPRanges {
        AWSIPRanges(syncToken: syncToken, createDate: createDate, entries: entries, source: "r.json")
    }

    @Test func realSnapshotsArePlausible() throws {
        for name in [
            "ip-ranges-2019-08-30.json", "ip-ranges-2021-08-31.json", "ip-ranges-2023-08-31.json",
            "ip-ranges-2025-08-31.json", "ip-ranges-2026-08-19.json", "ip-ranges-2026-08-22.json",
        ] {
            guard let file = SharedTestData.file(name) else { return }
            let ranges = try AWSIPRanges.load(path: file.path)
            #expect(IPRangesSanity.problem(ranges, now: Self.now) == nil, "\(name)")
        }
        #expect(IPRangesSanity.problem(try IPRangesSource.embedded(), now: Self.now) == nil)
        #expect(IPRangesSanity.problem(Self.ranges(), now: Self.now) == nil)
    }

    @Test(arguments: [
        (ranges(Array(usable.dropFirst(2))), "it has no AMAZON_CONNECT entries"),
        (ranges(Array(usable.prefix(2))), "it has no EC2 entries"),
        (
            ranges(usable + [entry("0.0.0.0/0", "us-east-1", "AMAZON_CONNECT")]),
            "prefixes[3] is a default route (0.0.0.0/0)"
        ),
        (ranges(usable + [entry("::/0", "us-east-1", "EC2")]), "ipv6_prefixes[0] is a default route (::/0)"),
        (
            ranges(usable + [entry("3.80.0.0/12", "eu-west-1", "AMAZON")]),
            "3.80.0.0/12 is published for two Regions, eu-west-1 and us-east-1"
        ),
        (
            ranges(usable + [entry("15.193.0.0/19", "us-west-2", "AMAZON")]),
            "15.193.0.0/19 is published for two Regions, GLOBAL and us-west-2"
        ),
        (
            ranges(usable + [entry("3.81.0.0/16", "eu-west-1", "EC2")]),
            "3.81.0.0/16 (eu-west-1) lies inside 3.80.0.0/12 (us-east-1)"
        ),
        (
            ranges(usable + [entry("3.81.0.0/16", "GLOBAL", "CLOUDFRONT")]),
            "3.81.0.0/16 (GLOBAL) lies inside 3.80.0.0/12 (us-east-1)"
        ),
        (ranges(syncToken: String(repeating: "9", count: 40)), "is not a plausible Unix time (too many digits)"),
        (
            ranges(syncToken: "1790090000", createDate: "2026-09-22-15-13-20"),
            "syncToken 1790090000 is more than a day in the future"
        ),
        (
            ranges(createDate: "2026-08-22-15-19-05"),
            "createDate 2026-08-22-15-19-05 is not the time of syncToken 1787411825 (they differ by 120 s"
        ),
    ])
    func implausibleFilesAreRefused(ranges: AWSIPRanges, problem: String) {
        let found = IPRangesSanity.problem(ranges, now: Self.now)
        #expect(found?.contains(problem) == true, "\(found ?? "no problem")")
    }

    @Test func toleranceIsADayAheadAndOneMinuteApart() {
        #expect(
            IPRangesSanity.problem(
                Self.ranges(syncToken: "1790086400", createDate: "2026-09-22-14-13-20"), now: Self.now) == nil)
        #expect(IPRangesSanity.problem(Self.ranges(createDate: "2026-08-22-15-18-05"), now: Self.now) == nil)
        // A GLOBAL prefix covering a Region's, the pattern of the real files, is allowed.
        #expect(
            IPRangesSanity.problem(
                Self.ranges(Self.usable + [Self.entry("3.64.0.0/10", "GLOBAL", "AMAZON")]), now: Self.now) == nil)
    }

    // MARK: ranges update

    static let validBody = IPRangesUpdaterTests.newBody

    static func body(_ mutate: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(validBody.utf8)) as? [String: Any])
        mutate(&object)
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Defect 11: each refusal keeps the old file and says why, exit 2 like an invalid download.
    @Test func updateRefusesImplausibleDownloads() throws {
        let bodies: [(String, String)] = [
            (
                "/no-connect",
                try Self.body {
                    $0["prefixes"] = ($0["prefixes"] as! [[String: Any]]).filter {
                        $0["service"] as? String != "AMAZON_CONNECT"
                    }
                }
            ),
            (
                "/default",
                try Self.body {
                    $0["prefixes"] =
                        ($0["prefixes"] as! [[String: Any]]) + [
                            ["ip_prefix": "0.0.0.0/0", "region": "us-east-1", "service": "AMAZON_CONNECT"]
                        ]
                }
            ),
            ("/forty-digits", try Self.body { $0["syncToken"] = String(repeating: "1", count: 40) }),
            ("/createdate", try Self.body { $0["createDate"] = "2026-08-23-15-17-05" }),
            (
                "/border-group",
                try Self.body {
                    $0["prefixes"] = ($0["prefixes"] as! [[String: Any]]).map {
                        var item = $0
                        item["network_border_group"] = "us-east-1\u{1B}[2J\u{202E}"
                        return item
                    }
                }
            ),
        ]
        var routes: [String: Route] = [:]
        for (path, body) in bodies { routes[path] = Route(body: body) }
        guard let server = try LoopbackHTTPServer.start(routes) else { return }
        defer { server.stop() }
        for (path, _) in bodies {
            let workspace = try IPRangesUpdaterTests.Workspace()
            defer { workspace.remove() }
            let result = IPRangesUpdaterTests.update(["-o", workspace.file, "--url", server.url(path)])
            #expect(result.status == .unusableInput, "\(path): \(result.standardError)")
            #expect(
                result.standardError.hasSuffix("'\(workspace.file)' is unchanged\n"), "\(path): \(result.standardError)"
            )
            #expect(!result.standardError.contains("\u{1B}") && !result.standardError.contains("\u{202E}"), "\(path)")
            #expect(workspace.bytes(workspace.file) == Data(IPRangesUpdaterTests.oldBody.utf8), "\(path)")
            #expect(workspace.names == ["ip-ranges.json", "ip-ranges.json.meta"], "\(path)")
        }
    }

    /// A file poisoned before these checks (a 40-digit syncToken made every real update look
    /// older) is treated as unusable, so the next real update replaces it.
    @Test func poisonedCurrentFileIsReplaced() throws {
        guard let server = try LoopbackHTTPServer.start(["/ip-ranges.json": Route(body: Self.validBody)]) else {
            return
        }
        defer { server.stop() }
        let workspace = try IPRangesUpdaterTests.Workspace(
            body: try Self.body { $0["syncToken"] = String(repeating: "9", count: 40) }, sidecar: nil)
        defer { workspace.remove() }
        let result = IPRangesUpdaterTests.update(["-o", workspace.file, "--url", server.url("/ip-ranges.json")])
        #expect(result.status == .success, "\(result.standardError)")
        #expect(result.standardError.contains("not a plausible Unix time"))
        #expect(workspace.bytes(workspace.file) == Data(Self.validBody.utf8))
    }

    /// Defect 8: an update that downloads while another one writes a newer file compares with
    /// the newer file under the lock, and refuses to go back.
    @Test func overlappingUpdatesNeverGoBack() throws {
        let middle = IPRangesUpdaterTests.rangesJSON(
            syncToken: "1785000000", createDate: "2026-07-25-17-20-00", connect: ["3.5.0.0/24"])
        guard let server = try LoopbackHTTPServer.start(["/middle": Route(body: middle, delay: 0.5)]) else { return }
        defer { server.stop() }
        let workspace = try IPRangesUpdaterTests.Workspace()
        defer { workspace.remove() }
        // The test holds the lock, as a first update about to rename would.
        var held: IPRangesUpdateLock? = try #require(
            try? IPRangesUpdateLock.acquire(for: workspace.file, timeout: 1).get())
        #expect(held != nil)
        let url = server.url("/middle")
        let file = workspace.file
        nonisolated(unsafe) var result: CommandOutput?
        let done = DispatchSemaphore(value: 0)
        Thread {
            result = IPRangesUpdaterTests.update(["-o", file, "--url", url])
            done.signal()
        }.start()
        // Once the request arrived, the second update has read the old file (1780000000).
        let deadline = Date().addingTimeInterval(20)
        while server.requests.isEmpty, Date() < deadline { usleep(20_000) }
        try Data(Self.validBody.utf8).write(to: URL(fileURLWithPath: workspace.file))
        held = nil  // releases the lock
        done.wait()
        let output = try #require(result)
        #expect(output.status == .checksFailed, "\(output.standardError)")
        #expect(
            output.standardError.contains("returned an older ip-ranges.json (syncToken 1785000000 < 1787411825)"),
            "\(output.standardError)")
        #expect(
            output.standardOutput.contains("changed during the download (now syncToken 1787411825)"),
            "\(output.standardOutput)")
        #expect(workspace.bytes(workspace.file) == Data(Self.validBody.utf8))
    }

    /// Device and FIFO targets are written in place; nothing is created beside them.
    @Test func deviceAndFifoTargets() throws {
        guard let server = try LoopbackHTTPServer.start(["/ip-ranges.json": Route(body: Self.validBody)]) else {
            return
        }
        defer { server.stop() }
        let devnull = IPRangesUpdaterTests.update(["-o", "/dev/null", "--url", server.url("/ip-ranges.json")])
        #expect(devnull.status == .success, "\(devnull.standardError)")
        #expect(devnull.standardOutput.hasSuffix("wrote '/dev/null'\n"))
        #expect(
            !FileManager.default.fileExists(atPath: "/dev/null.meta")
                && !FileManager.default.fileExists(atPath: "/dev/null.lock"))
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)

        let workspace = try IPRangesUpdaterTests.Workspace(body: nil, sidecar: nil)
        defer { workspace.remove() }
        let fifo = workspace.directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let unread = IPRangesUpdaterTests.update(["-o", fifo, "--url", server.url("/ip-ranges.json")])
        #expect(unread.status == .unusableInput)
        #expect(unread.standardError.contains("no process is reading this FIFO"), "\(unread.standardError)")
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let read = IPRangesUpdaterTests.update(["-o", fifo, "--url", server.url("/ip-ranges.json")])
        #expect(read.status == .success, "\(read.standardError)")
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) & ~O_NONBLOCK)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = Foundation.read(reader, &buffer, buffer.count), count > 0 {
            received += buffer[..<count]
        }
        #expect(received == Array(Self.validBody.utf8))
        #expect(workspace.names == ["pipe"])
    }

    /// Defect 10: URL schemes are case-insensitive.
    @Test func urlSchemesIgnoreCase() throws {
        for text in [
            "HTTP://example.com/ip-ranges.json", "HtTpS://example.com/ip-ranges.json", "https://example.com/x",
        ] {
            let url = try IPRangesUpdater.checkedURL(text)
            #expect(url.scheme == url.scheme?.lowercased() && url.host == "example.com", "\(text)")
        }
        #expect(throws: UsageError.self) { try IPRangesUpdater.checkedURL("FTP://example.com/") }
        guard let server = try LoopbackHTTPServer.start(["/ip-ranges.json": Route(body: Self.validBody)]) else {
            return
        }
        defer { server.stop() }
        let workspace = try IPRangesUpdaterTests.Workspace(body: nil, sidecar: nil)
        defer { workspace.remove() }
        let upper = server.url("/ip-ranges.json").replacingOccurrences(of: "http://", with: "HTTP://")
        let result = IPRangesUpdaterTests.update(["-o", workspace.file, "--url", upper])
        #expect(result.status == .success, "\(result.standardError)")
    }
}
