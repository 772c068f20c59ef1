import DXModel
import DXPlan
import DXTestSupport
import Foundation
import Testing

/// Every example topology rendered for its own vendor, and the feature topologies in
/// `GrammarTopologies/` (LAG, prepends, service filters, IPv6, max-prefix, BFD, iBGP and ISP
/// sessions) rendered for each
/// vendor, are parsed by Batfish's grammars for Cisco IOS-XE, IOS-XR, Arista EOS and Junos
/// (`PackagePaths.vendorGrammarCheck`, Docs/Vendors.md). Interface names the vendor cannot have
/// are mapped as a user would (`--interface OLD=NEW`).
///
/// The rejected lines must equal ``expectedRejections`` exactly: a line that newly breaks fails the
/// test, and so does a listed line that now parses (the list is stale). Without Java or the tool
/// the test is skipped with a reason, except under `CI=true`, where it fails.
@Suite struct VendorGrammarTests {
    /// The vendors the tool has a grammar for, with its name for each.
    static let vendors: [Vendor] = [.iosXE, .iosXR, .eos, .junos]

    /// `case: rejected line` the grammars reject today, per vendor; empty means none. A case is
    /// `<topology>` (an example for its own vendor) or `<feature topology>--<vendor>`.
    static let expectedRejections: [Vendor: [String]] = [
        .iosXE: [],
        .iosXR: [],
        .eos: [],
        .junos: [],
    ]

    static var featureTopologies: [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("GrammarTopologies")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The configurations to check for `vendor`: case name → text.
    static func renderings(for vendor: Vendor) throws -> [(name: String, text: String)] {
        var result: [(name: String, text: String)] = []
        for url in PackagePaths.exampleTopologies {
            let topology = try String(contentsOf: url, encoding: .utf8)
            guard topology.contains("vendor: \(vendor.rawValue)\n") || topology.contains("vendor: \(vendor.rawValue) ")
            else { continue }
            let config = DXPlan.run(["config", url.path], environment: try ConfigFixture.environment(for: url))
            #expect(config.status == .success, "\(url.lastPathComponent): \(config.standardError)")
            result.append((url.deletingPathExtension().lastPathComponent, config.standardOutput))
        }
        for url in featureTopologies {
            let mappings = try ConfigFixture.interfaceArguments(for: url, vendor: vendor)
            let config = DXPlan.run(
                ["config", url.path, "--vendor", vendor.rawValue] + mappings,
                environment: try ConfigFixture.environment(for: url))
            #expect(config.status == .success, "\(url.lastPathComponent): \(config.standardError)")
            result.append(
                ("\(url.deletingPathExtension().lastPathComponent)--\(vendor.rawValue)", config.standardOutput))
        }
        return result
    }

    static func java() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("java")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    @Test(arguments: vendors)
    func renderedConfigurationsParse(vendor: Vendor) throws {
        let tool = PackagePaths.vendorGrammarCheck
        guard FileManager.default.isExecutableFile(atPath: tool.path) else {
            SharedTestData.unavailable("\(tool.path) not found (the shared vendor grammar check)")
            return
        }
        guard Self.java() != nil else {
            SharedTestData.unavailable("java not found (apt-get install default-jre-headless)")
            return
        }
        let renderings = try Self.renderings(for: vendor)
        #expect(renderings.count >= 2, "an example for \(vendor) and the feature topologies")
        let folder = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for rendering in renderings {
            let file = folder.appendingPathComponent(rendering.name + ".conf")
            try rendering.text.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let run = try Self.check(tool, vendor: vendor, files: files)
        #expect(run.status == 0 || run.status == 1, "setup problem: \(run.standardError)")
        let report = Self.rejections(in: run.standardOutput, folder: folder.path)
        #expect(report.files.sorted() == renderings.map(\.name).sorted(), "\(run.standardOutput)")
        let expected = (Self.expectedRejections[vendor] ?? []).sorted()
        #expect(
            report.lines.sorted() == expected,
            "rejected lines differ from the expected list (update VendorGrammarTests.expectedRejections only for a known cause):\n\(run.standardOutput)"
        )
        #expect((run.status == 0) == report.lines.isEmpty, "\(run.standardOutput)")
    }

    /// The tool's report format (its README): a header per file, each rejection with the line after `> `.
    @Test func readsTheToolsReport() {
        let output = """
            == /tmp/x/single--ios-xe.conf: 2 line(s) rejected
              parser 10:14 mismatched input 'f' expecting {L2TRANSPORT, MULTIPOINT, POINT_TO_POINT, NEWLINE}
                  > interface ens1f0
              parser 11:7 no viable alternative at input 'no ip address'
                  >  no ip address
            == /tmp/x/dual--junos.conf (flattened to set lines): 0 line(s) rejected (3 more in known grammar gaps, not counted)

            """
        let report = Self.rejections(in: output, folder: "/tmp/x")
        #expect(report.files == ["single--ios-xe", "dual--junos"])
        #expect(report.lines == ["single--ios-xe: interface ens1f0", "single--ios-xe:  no ip address"])
    }

    /// The files the tool reported on (case names) and every rejected line as `case: line`.
    static func rejections(in output: String, folder: String) -> (files: [String], lines: [String]) {
        var files: [String] = []
        var lines: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("== "), let colon = line.range(of: ": ", options: .backwards) {
                var path = String(line[line.index(line.startIndex, offsetBy: 3)..<colon.lowerBound])
                path = path.replacingOccurrences(of: " (flattened to set lines)", with: "")
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                files.append(name)
            } else if let marker = line.range(of: "> "), line[..<marker.lowerBound].allSatisfy({ $0 == " " }),
                let file = files.last
            {
                lines.append("\(file): \(line[marker.upperBound...])")
            }
        }
        return (files, lines)
    }

    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// `check VENDOR FILE...`, killed after ten minutes (one Java start per vendor).
    static func check(_ tool: URL, vendor: Vendor, files: [String]) throws -> Run {
        let process = Process()
        process.executableURL = tool
        process.arguments = [vendor.rawValue] + files
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 600, execute: killer)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: stdout, as: UTF8.self),
            standardError: String(decoding: stderr, as: UTF8.self))
    }
}
