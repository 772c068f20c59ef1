import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXRouting

/// The table parser reads bare prefix lines by a fast path, merges a repeated prefix while the
/// input ascends and sorts only input out of order (issue 17). These compare it with a reference
/// built the plain way: every line read by the general reader (``InternetTableLine``), then all
/// routes sorted by prefix and path rank, the first of each prefix kept.
@Suite struct InternetTableFastPathTests {
    /// The reference: the table's routes (prefix, path) and counts, or the first error.
    static func reference(_ text: String, file: String = "t.txt") -> String {
        var pool: [UInt32] = []
        var routes: [(prefix: IPPrefix, rank: Int, line: Int, path: [UInt32]?)] = []
        var format = InternetTableFormat.empty
        var (masked, ignored) = (0, 0)
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            if index == lines.count - 1 && rawLine.isEmpty { break }
            var line = Array(rawLine)
            if line.last == 0x0D { line.removeLast() }
            let start = pool.count
            let read = line.withUnsafeBufferPointer { InternetTableLine.read($0, pool: &pool) }
            switch read {
            case .skip: continue
            case .ignored: ignored += 1
            case .route(let lineFormat, let family, let bits, let length, let pathLength):
                format = format.adding(lineFormat)
                if bits.masked(length) != bits { masked += 1 }
                let prefix = IPPrefix(family: family, bits: bits, length: length)
                routes.append(
                    (prefix, pathLength ?? Int.max, index, pathLength.map { _ in Array(pool[start...]) }))
            case .failure(let offset, _, let message):
                let column = String(decoding: line.prefix(offset), as: UTF8.self).unicodeScalars.count + 1
                return "\(file):\(index + 1):\(column): \(message)"
            }
        }
        let sorted = routes.sorted { ($0.prefix, $0.rank, $0.line) < ($1.prefix, $1.rank, $1.line) }
        var kept: [String] = []
        var previous: IPPrefix?
        for route in sorted where route.prefix != previous {
            previous = route.prefix
            kept.append("\(route.prefix) \(route.path.map { "\($0)" } ?? "-")")
        }
        return (kept + ["\(format) \(routes.count) \(masked) \(ignored)"]).joined(separator: "\n")
    }

    /// The same summary from the parser.
    static func parsed(_ text: String, file: String = "t.txt") -> String {
        do {
            let table = try InternetTable.parse(Array(text.utf8), file: file)
            let routes = table.routes.map { "\($0.prefix) \($0.asPath.map { "\($0)" } ?? "-")" }
            return (routes + ["\(table.format) \(table.recordCount) \(table.maskedCount) \(table.ignoredCount)"])
                .joined(separator: "\n")
        } catch {
            return "\(error.location): \(error.message)"
        }
    }

    /// A random table line: a prefix (some with host bits set, a path, blanks, CR, or a comment);
    /// with `errors`, also near misses that the fast path must leave to the general reader.
    static func randomLine(_ random: inout SplitMix64, errors: Bool) -> String {
        func number(_ bound: UInt64) -> UInt64 { random.next() % bound }
        let octets = (0..<4).map { _ in String(errors && number(8) == 0 ? number(300) : number(256)) }
        var v4 = octets.joined(separator: ".") + "/" + String(errors && number(10) == 0 ? number(40) : 8 + number(25))
        let v6 =
            ["2001:db8::", "2001:db8:\(String(number(65536), radix: 16))::", "::", "::ffff:10.0.0.0"][
                Int(number(4))]
            + "/\(errors && number(10) == 0 ? number(140) : 32 + number(33))"
        switch number(errors ? 26 : 14) {
        case 0: v4 = " " + v4
        case 1: v4 += " "
        case 2: v4 += "\r"
        case 3: v4 += " 64500 \(number(70000))"
        case 4: v4 += "\t64501"
        case 5: v4 = "# " + v4
        case 6: v4 = ""
        case 14: v4 = "0" + v4
        case 15: v4 = v4.replacingOccurrences(of: "/", with: "/0")
        case 16: v4 = v4.replacingOccurrences(of: ".", with: "..")
        case 17: v4 = v4.replacingOccurrences(of: "/", with: "")
        case 18: v4 += "x"
        case 19: v4 = "1.2.3.4/5" + String(number(10))
        default: break
        }
        return number(6) == 0 ? v6 + (number(3) == 0 ? " 64500 64501" : "") : v4
    }

    @Test func randomTablesParseAsTheGeneralReaderReadsThem() {
        var random = SplitMix64(seed: 1717)
        var failures = 0
        for round in 0..<800 {
            let count = Int(random.next() % 40)
            let errors = round % 4 == 3
            var lines = (0..<count).map { _ in Self.randomLine(&random, errors: errors) }
            // Half the rounds ascend, as real tables do (sorted as text: mostly in prefix order).
            if round % 2 == 0 { lines.sort() }
            let text = lines.joined(separator: "\n") + (random.next() % 2 == 0 ? "\n" : "")
            let expected = Self.reference(text)
            if expected.hasPrefix("t.txt:") { failures += 1 }
            #expect(Self.parsed(text) == expected, "\(text)")
        }
        // Both kinds of outcome were exercised.
        #expect(failures > 50 && failures < 400, "\(failures) of 800 tables had an error")
    }

    /// Ascending input with a prefix repeated on consecutive lines is merged as it is read; the
    /// result equals that of the same lines shuffled (which takes the sort).
    @Test func repeatsWhileAscendingEqualTheSortedMerge() throws {
        var random = SplitMix64(seed: 99)
        var lines: [String] = []
        for index in 0..<3_000 {
            let prefix = "10.\(index >> 8 & 255).\(index & 255).0/24"
            for _ in 0..<Int(random.next() % 3 + 1) {
                let path = (0..<Int(random.next() % 4)).map { _ in String(64500 + random.next() % 20) }
                lines.append(([prefix] + path).joined(separator: " "))
            }
        }
        let text = lines.joined(separator: "\n")
        #expect(Self.parsed(text) == Self.reference(text))
        var shuffled = lines
        shuffled.shuffle(using: &random)
        let shuffledText = shuffled.joined(separator: "\n")
        #expect(Self.parsed(shuffledText) == Self.reference(shuffledText))
        let ascending = try InternetTable.parse(Array(text.utf8), file: "t")
        let sorted = try InternetTable.parse(Array(shuffledText.utf8), file: "t")
        #expect(ascending.prefixes == sorted.prefixes)
    }

    /// A parsed table is handed to the uplink without the ascending check; it answers as a table
    /// built and checked from the same arrays.
    @Test func aParsedTableAnswersAsACheckedOne() throws {
        var random = SplitMix64(seed: 7)
        var text = "::/0\n0.0.0.0/0 64500\n"
        for _ in 0..<2_000 {
            text += Self.randomLine(&random, errors: false).trimmingCharacters(in: .whitespaces) + "\n"
        }
        let lines = text.split(separator: "\n").filter { line in
            (try? InternetTable.parse(Array(line.utf8), file: "t")) != nil
        }
        let table = try InternetTable.parse(Array(lines.joined(separator: "\n").utf8), file: "t")
        #expect(table.count > 1_000)
        for defaults in [[], [(family: AddressFamily.ipv4, value: Int32(1)), (.ipv6, 1)]] {
            let trusted = table.pathLengthTable(defaultRoutes: defaults)
            let checked = SortedPrefixTable(
                prefixes: table.prefixes, values: table.pathLengths, defaultRoutes: defaults)
            #expect(trusted.count == checked.count)
            for _ in 0..<2_000 {
                let base = table.prefixes[Int(random.next() % UInt64(table.count))]
                let maximum = base.family.maxPrefixLength
                let query = try #require(
                    IPPrefix(containing: base.network, length: Int(random.next() % UInt64(maximum + 1))))
                #expect(trusted[exact: query] == checked[exact: query], "\(query)")
                #expect(trusted.covering(query).map(\.prefix) == checked.covering(query).map(\.prefix), "\(query)")
                #expect(
                    trusted.moreSpecifics(of: query).map(\.prefix) == checked.moreSpecifics(of: query).map(\.prefix),
                    "\(query)")
            }
        }
    }

    /// The gzip trailer's size sizes the parser's arrays; it is only a hint.
    @Test func gzipSizeHintIsTheTrailersSize() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("t.txt")
        let text = (0..<5_000).map { "10.0.\($0 >> 8 & 255).\($0 & 255)/32" }.joined(separator: "\n") + "\n"
        try text.write(to: plain, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -n -k \"$0\"", plain.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(GzipFile.sizeHint(plain.path + ".gz") == text.utf8.count)
        #expect(GzipFile.sizeHint(directory.path) == nil)
        #expect(GzipFile.sizeHint(directory.appendingPathComponent("absent.gz").path) == nil)
        // A hint far too small or too large changes nothing.
        for hint in [1, 10, 1 << 30] {
            var parser = InternetTableParser(file: "t", expectedBytes: hint)
            _ = Array(text.utf8).withUnsafeBufferPointer { parser.feed($0) }
            let table = try parser.finish().get()
            #expect(table.count == 5_000)
            #expect(table.routes == (try InternetTable.parse(Array(text.utf8), file: "t")).routes)
        }
    }
}
