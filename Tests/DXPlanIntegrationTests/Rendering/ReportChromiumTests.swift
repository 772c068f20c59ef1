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

/// Opens the HTML report in headless Chromium (Docs/Report.md): the page
/// must parse, log no console error, and screenshot to something clearly not blank. Without
/// Chromium the test is skipped with a reason, except under `CI=true`, where it fails.
@Suite struct ReportChromiumTests {
    static let timeout: TimeInterval = 60

    static func chromium() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs Chromium headless with a private profile; killed after `timeout` seconds.
    static func run(_ chromium: URL, _ arguments: [String], in folder: URL) throws -> Run {
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)")
        let outURL = folder.appendingPathComponent("stdout-\(UUID().uuidString).txt")
        let errURL = folder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = chromium
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
            ] + arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 2)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw TimedOut()
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    struct TimedOut: Error, CustomStringConvertible {
        var description: String {
            "chromium did not finish within \(Int(ReportChromiumTests.timeout)) s and was killed"
        }
    }

    /// Console messages and page errors Chromium logs to stderr with `--enable-logging=stderr`.
    static func consoleErrors(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { line in
            line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("Refused to")
                || line.contains("Content Security Policy")
        }
    }

    @Test func htmlReportRendersInHeadlessChromium() throws {
        guard let chromium = Self.chromium() else {
            SharedTestData.unavailable("chromium not found on PATH (apt-get install chromium)")
            return
        }
        guard ReportFixture.embeddedRanges != nil else {
            SharedTestData.unavailable("embedded ip-ranges snapshot not found")
            return
        }
        let report = try #require(ReportFixture.reports["maximum-resiliency"])
        let folder = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let blank = folder.appendingPathComponent("blank.html")
        try ReportHTML.render(report).write(to: page, atomically: true, encoding: .utf8)
        try "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>blank</title></head><body></body></html>\n"
            .write(to: blank, atomically: true, encoding: .utf8)

        // 1. The DOM Chromium parsed holds the whole report.
        let dom = try Self.run(chromium, ["--dump-dom", page.absoluteString], in: folder)
        #expect(dom.status == 0, "chromium --dump-dom failed: \(dom.standardError.suffix(2000))")
        #expect(dom.standardOutput.contains("<h2>13. Data provenance</h2>"))
        #expect(dom.standardOutput.contains("</svg>"))
        // The diagram's forward and return flows and their legend survive Chromium's parse.
        #expect(dom.standardOutput.contains("<g class=\"legend\">"))
        #expect(dom.standardOutput.contains("class=\"flow return-primary\""))
        #expect(dom.standardOutput.contains("Return, backup: where AWS fails over"))
        #expect(
            Self.consoleErrors(dom.standardError).isEmpty, "console errors: \(Self.consoleErrors(dom.standardError))")

        // 2. A screenshot far larger than the one of a blank page.
        let shot = folder.appendingPathComponent("report.png")
        let blankShot = folder.appendingPathComponent("blank.png")
        let screenshot = try Self.run(
            chromium, ["--screenshot=\(shot.path)", "--window-size=1280,2000", page.absoluteString], in: folder)
        #expect(screenshot.status == 0, "chromium --screenshot failed: \(screenshot.standardError.suffix(2000))")
        #expect(
            Self.consoleErrors(screenshot.standardError).isEmpty,
            "console errors: \(Self.consoleErrors(screenshot.standardError))")
        _ = try Self.run(
            chromium, ["--screenshot=\(blankShot.path)", "--window-size=1280,2000", blank.absoluteString], in: folder)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        let blankSize = (try? Data(contentsOf: blankShot).count) ?? 0
        #expect(png.count > 50_000, "screenshot is only \(png.count) bytes")
        #expect(
            png.count > blankSize * 5,
            "screenshot (\(png.count) bytes) is not much larger than a blank page's (\(blankSize) bytes)")
        if let keep = ProcessInfo.processInfo.environment["DXPLAN_SCREENSHOT"], !keep.isEmpty {
            try? png.write(to: URL(fileURLWithPath: keep))
        }
    }
}
