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

/// Tables are parsed as `gzip -dc` produces them, piece by piece (issue 17): any cut of the text
/// must give the table (and the error, at the same line and column) that the whole text gives.
@Suite struct InternetTableStreamingTests {
    static let text = """
        # comment\r
        198.51.100.0/24 64500 64501\r
        10.0.0.0/8 64500 {64502,64503}
        2001:db8::/32
        \r

        192.0.2.0/24 64510
        10.0.0.0/8 64509
        198.51.100.0/24 64500 64501
        203.0.113.0/24
        """

    /// `text` fed in pieces cut at `cuts` (byte offsets), then finished.
    static func parseInPieces(_ bytes: [UInt8], cuts: [Int], file: String = "t.txt") -> Result<
        InternetTable, InputError
    > {
        var parser = InternetTableParser(file: file)
        var start = 0
        for cut in cuts.sorted() + [bytes.count] where cut >= start {
            let failure = bytes.withUnsafeBufferPointer { parser.feed(UnsafeBufferPointer(rebasing: $0[start..<cut])) }
            if let failure { return .failure(failure) }
            start = cut
        }
        return parser.finish()
    }

    static func summary(_ result: Result<InternetTable, InputError>) -> String {
        switch result {
        case .success(let table):
            let routes = table.routes.map {
                "\($0.prefix) \($0.asPath.map { "\($0)" } ?? "-") \($0.asPathLength.map(String.init) ?? "-")"
            }
            return routes.joined(separator: "\n")
                + "\n\(table.format) \(table.recordCount) \(table.maskedCount) \(table.ignoredCount)"
        case .failure(let error):
            return "\(error.location): \(error.message)"
        }
    }

    @Test func everyCutGivesTheSameTable() throws {
        let bytes = Array(Self.text.utf8)
        let whole = Self.summary(Result { () throws(InputError) in try InternetTable.parse(bytes, file: "t.txt") })
        #expect(whole.contains("10.0.0.0/8 [64509] 1"))
        for cut in 0...bytes.count {
            #expect(Self.summary(Self.parseInPieces(bytes, cuts: [cut])) == whole, "cut at \(cut)")
        }
        var random = SplitMix64(seed: 17)
        for _ in 0..<200 {
            let cuts = (0..<Int(random.next() % 8)).map { _ in Int(random.next() % UInt64(bytes.count + 1)) }
            #expect(Self.summary(Self.parseInPieces(bytes, cuts: cuts)) == whole, "cuts at \(cuts)")
        }
    }

    @Test func errorsKeepTheirLineAndColumnAcrossCuts() throws {
        let bytes = Array((Self.text + "\n10.0.0.0/8 64500\n  10.1.0.0/33 64500\n").utf8)
        let whole = Self.summary(Result { () throws(InputError) in try InternetTable.parse(bytes, file: "t.txt") })
        #expect(whole.hasPrefix("t.txt:12:"), "\(whole)")
        for cut in 0...bytes.count {
            #expect(Self.summary(Self.parseInPieces(bytes, cuts: [cut, cut / 2])) == whole, "cut at \(cut)")
        }
    }

    @Test func manyBlocksStayInOrderAndUnsortedInputIsSorted() throws {
        // Many routes in reverse order, with duplicates: sorted, best kept.
        let count = 70_000
        var lines: [String] = []
        for index in (0..<count).reversed() {
            lines.append("10.\(index >> 16 & 255).\(index >> 8 & 255).\(index & 255)/32 64500 64501")
        }
        lines.append("10.0.0.7/32 64502")
        let table = try InternetTable.parse(Array(lines.joined(separator: "\n").utf8), file: "t.txt")
        #expect(table.routes.count == count)
        #expect(table.recordCount == count + 1)
        #expect(zip(table.routes, table.routes.dropFirst()).allSatisfy { $0.prefix < $1.prefix })
        #expect(table.routes[7].asPath == [64502])
        #expect(table.routes[8].asPath == [64500, 64501])
    }

    /// The gzip path streams; it gives the table the plain file gives.
    @Test func gzipStreamEqualsPlainParse() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("table.txt")
        var text = ""
        for index in 0..<300_000 {
            text += "10.\(index >> 16 & 255).\(index >> 8 & 255).\(index & 255)/32 64500 \(index)\n"
        }
        try text.write(to: plain, atomically: true, encoding: .utf8)
        let expected = try InternetTable.load(path: plain.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -n -k \"$0\"", plain.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let streamed = try InternetTable.load(path: plain.path + ".gz")
        #expect(streamed.routes == expected.routes)
        #expect(streamed.recordCount == 300_000)
        // A parse error inside the stream names its line, as for the plain file.
        try (text + "10.0.0.0/8 x\n").write(to: plain, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: plain.path + ".gz")
        let again = Process()
        again.executableURL = URL(fileURLWithPath: "/bin/sh")
        again.arguments = ["-c", "gzip -n -k \"$0\"", plain.path]
        try again.run()
        again.waitUntilExit()
        let plainError = Result { () throws(InputError) in try InternetTable.load(path: plain.path) }
        let streamedError = Result { () throws(InputError) in try InternetTable.load(path: plain.path + ".gz") }
        guard case .failure(let expectedError) = plainError, case .failure(let error) = streamedError else {
            Issue.record("expected errors")
            return
        }
        #expect(error.location.line == 300_001)
        #expect(error.location.column == expectedError.location.column)
        #expect(error.message == expectedError.message)
    }
}
