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

@Suite struct InternetTableTests {
    private func parse(_ text: String, file: String = "t.txt") throws(InputError) -> InternetTable {
        try InternetTable.parse(Array(text.utf8), file: file)
    }

    /// `prefix path-length asn asn...` per route, for compact expectations.
    private func summary(_ table: InternetTable) -> [String] {
        table.routes.map { route in
            guard let path = route.asPath, let length = route.asPathLength else { return route.prefix.description }
            return ([route.prefix.description, "len=\(length)"] + path.map(String.init)).joined(separator: " ")
        }
    }

    private func error(_ text: String) -> InputError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainPrefixes() throws {
        let table = try parse("2001:db8::/32\n198.51.100.0/24\n10.0.0.0/8\n")
        #expect(table.format == .prefixes)
        #expect(summary(table) == ["10.0.0.0/8", "198.51.100.0/24", "2001:db8::/32"])
        #expect(table.routes.allSatisfy { $0.asPath == nil && $0.asPathLength == nil })
        #expect(table.recordCount == 3 && table.duplicateCount == 0 && table.source == "t.txt")
    }

    @Test func prefixAndPath() throws {
        let table = try parse("13.128.0.0/16 64510 16509\n2001:db8::/32\t64510\t \t4200000000\n")
        #expect(table.format == .prefixASPath)
        #expect(summary(table) == ["13.128.0.0/16 len=2 64510 16509", "2001:db8::/32 len=2 64510 4200000000"])
        #expect(table.routes[0].originASN == 16509)
    }

    @Test(arguments: [
        ("10.0.0.0/8 64500 {64501,64502}", "10.0.0.0/8 len=2 64500 64501 64502"),
        ("10.0.0.0/8 64500 {64501, 64502} 64503", "10.0.0.0/8 len=3 64500 64501 64502 64503"),
        ("10.0.0.0/8 {64501}", "10.0.0.0/8 len=1 64501"),
        ("10.0.0.0/8 {1,2}{3}", "10.0.0.0/8 len=2 1 2 3"),
        // Confederation segments count 0 (RFC 5065 §5.3).
        ("10.0.0.0/8 (65001 65002) 64500 [65003,65004] 64501", "10.0.0.0/8 len=2 65001 65002 64500 65003 65004 64501"),
        ("10.0.0.0/8 0 4294967295", "10.0.0.0/8 len=2 0 4294967295"),
    ])
    func asSets(line: String, expected: String) throws {
        #expect(summary(try parse(line)) == [expected])
    }

    @Test func bgpdumpLines() throws {
        let text = """
            TABLE_DUMP2|1277971199|B|202.249.2.169|2497|1.9.0.0/16|2497 2914 4788|IGP|202.249.2.169|0|0||NAG||
            TABLE_DUMP2|1277971199|B|202.249.2.20|4777|20.137.0.0/21|4777 2516 3549 21877 {4237}|IGP|202.249.2.110|0|0||NAG|21877 20.137.31.194|
            TABLE_DUMP|1277971199|B|202.249.2.20|4777|2001:db8::/32|4777 2516|IGP|202.249.2.20|0|0||NAG||
            BGP4MP|1277971300|A|202.249.2.20|4777|192.0.2.0/24|4777 64500|IGP|202.249.2.20|0|0||NAG||
            BGP4MP|1277971301|W|202.249.2.20|4777|198.51.100.0/24
            BGP4MP|1277971302|STATE|202.249.2.20|4777|3|6
            BGP4MP_ET|1277971303.123456|A|202.249.2.20|4777|203.0.113.0/24|4777|IGP|202.249.2.20|0|0||NAG||
            TABLE_DUMP2|1277971200|B|193.0.0.71|65520|84.205.86.0/24||IGP|202.249.2.143|0|0||NAG|64896 10.255.255.255|
            """
        let table = try parse(text)
        #expect(table.format == .bgpdump)
        #expect(table.ignoredCount == 2)
        #expect(
            summary(table) == [
                "1.9.0.0/16 len=3 2497 2914 4788",
                "20.137.0.0/21 len=5 4777 2516 3549 21877 4237",
                "84.205.86.0/24 len=0",
                "192.0.2.0/24 len=2 4777 64500",
                "203.0.113.0/24 len=1 4777",
                "2001:db8::/32 len=2 4777 2516",
            ])
        #expect(table.routes[2].asPath == [] && table.routes[2].originASN == nil)
    }

    @Test func commentsBlankLinesAndMixedFormats() throws {
        let text = "# ISP A\n\n   \n\t# indented comment\n  10.0.0.0/8  \n192.0.2.0/24 64500\n"
        let table = try parse(text)
        #expect(summary(table) == ["10.0.0.0/8", "192.0.2.0/24 len=1 64500"])
        #expect(table.format == .mixed)
        #expect(try parse("# nothing\n\n").format == .empty)
        #expect(try parse("").routes.isEmpty)
    }

    @Test func crlfAndMissingFinalNewline() throws {
        let table = try parse("10.0.0.0/8 64500\r\n\r\n# c\r\n2001:db8::/32\r\n192.0.2.0/24")
        #expect(summary(table) == ["10.0.0.0/8 len=1 64500", "192.0.2.0/24", "2001:db8::/32"])
        // The error column is unaffected by CR, and the line count by CRLF.
        #expect(error("10.0.0.0/8\r\n10.0.0.0/8 x\r\n")?.location.description == "t.txt:2:12")
    }

    @Test func duplicatesKeepShortestPathFirstSeenOnTies() throws {
        let text = """
            10.0.0.0/8
            10.0.0.0/8 1 2 3
            10.0.0.0/8 4 5
            10.0.0.0/8 6 {7,8,9}
            10.0.0.0/8 10 11 12
            192.0.2.0/24
            192.0.2.0/24
            """
        let table = try parse(text)
        #expect(summary(table) == ["10.0.0.0/8 len=2 4 5", "192.0.2.0/24"])
        #expect(table.recordCount == 7 && table.duplicateCount == 5)
        // Known paths beat an unknown one whatever the order.
        #expect(summary(try parse("10.0.0.0/8 1 2 3 4 5 6\n10.0.0.0/8\n")) == ["10.0.0.0/8 len=6 1 2 3 4 5 6"])
    }

    @Test func hostBitsAreMaskedAndCounted() throws {
        let table = try parse("10.1.2.3/8 64500\n10.0.0.0/8 64501\n2001:db8::1/32\n")
        #expect(summary(table) == ["10.0.0.0/8 len=1 64500", "2001:db8::/32"])
        #expect(table.maskedCount == 2)
        #expect(table.duplicateCount == 1)
    }

    @Test(
        arguments: [
            ("10.0.0.0/8\nfoo bar\n", "t.txt:2:1", .invalidRoutePrefix),
            ("  10.0.0.0/33\n", "t.txt:1:3", .invalidRoutePrefix),
            ("10.0.0.0\n", "t.txt:1:1", .invalidRoutePrefix),
            ("010.0.0.0/8\n", "t.txt:1:1", .invalidRoutePrefix),
            ("fe80::1%eth0/64\n", "t.txt:1:1", .invalidRoutePrefix),
            ("10.0.0.0/8 64500 x1\n", "t.txt:1:18", .invalidASPath),
            ("10.0.0.0/8 64500 AS64501\n", "t.txt:1:18", .invalidASPath),
            ("10.0.0.0/8 {1,2\n", "t.txt:1:12", .invalidASPath),
            ("10.0.0.0/8 {}\n", "t.txt:1:12", .invalidASPath),
            ("10.0.0.0/8 {1 {2}}\n", "t.txt:1:15", .invalidASPath),
            ("10.0.0.0/8 1}\n", "t.txt:1:13", .invalidASPath),
            ("10.0.0.0/8 1,2\n", "t.txt:1:13", .invalidASPath),
            ("10.0.0.0/8 1 4294967296\n", "t.txt:1:14", .invalidASPath),
            ("10.0.0.0/8 1.5\n", "t.txt:1:13", .invalidASPath),
            ("FOO|1|B|p|1|10.0.0.0/8|1|IGP\n", "t.txt:1:1", .invalidRouteLine),
            ("10.0.0.0/8|1\n", "t.txt:1:1", .invalidRouteLine),
            ("TABLE_DUMP2|1|B|p|1|1.2.3/8|1 2|IGP\n", "t.txt:1:21", .invalidRoutePrefix),
            ("TABLE_DUMP2|1|B|pé|1|1.2.3/8|1 2|IGP\n", "t.txt:1:22", .invalidRoutePrefix),
            ("TABLE_DUMP2|1|B|p|1|10.0.0.0/8|1 x|IGP\n", "t.txt:1:34", .invalidASPath),
            ("TABLE_DUMP2|1|A|p|1|10.0.0.0/8|1|IGP\n", "t.txt:1:15", .invalidRouteLine),
            ("BGP4MP|1|B|p|1|10.0.0.0/8|1|IGP\n", "t.txt:1:10", .invalidRouteLine),
            ("TABLE_DUMP2|1|B|p|1|10.0.0.0/8\n", "t.txt:1:31", .invalidRouteLine),
            ("TABLE_DUMP2\n", "t.txt:1:1", .invalidRoutePrefix),
            ("TABLE_DUMP2|1\n", "t.txt:1:14", .invalidRouteLine),
            ("10.0.0.0/8 \u{1}\n", "t.txt:1:12", .invalidASPath),
        ] as [(String, String, InputError.Code)])
    func errorsPointAtTheProblem(text: String, location: String, code: InputError.Code) {
        let failure = error(text)
        #expect(failure?.location.description == location, "\(failure?.description ?? "no error")")
        #expect(failure?.code == code, "\(failure?.description ?? "no error")")
    }

    @Test func longGarbageIsQuotedShort() {
        let failure = error(String(repeating: "x", count: 10_000))
        #expect(failure?.location.description == "t.txt:1:1")
        #expect((failure?.message.count ?? .max) < 400)
    }

    /// Arbitrary bytes never trap; they parse or fail with a location inside the input.
    @Test func randomBytesNeverCrash() {
        var rng = SplitMix64(seed: 11)
        let alphabet = Array("0123456789abcdef:./|{}()[], \t\r\n#ABTLEDUMP_24x".utf8) + [0xC3, 0xA9, 0x00, 0xFF]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            do {
                let table = try InternetTable.parse(bytes, file: "r")
                #expect(table.routes == table.routes.sorted { $0.prefix < $1.prefix })
            } catch {
                #expect(error.location.line >= 1 && error.location.column >= 1)
            }
        }
    }

    @Test func ispTopologyTable() throws {
        let path = PackagePaths.root.appendingPathComponent("Topologies/tables/isp-a-partial.txt").path
        let table = try InternetTable.load(path: path)
        #expect(table.format == .prefixASPath)
        #expect(
            summary(table) == [
                "1.1.1.0/24 len=2 64510 13335",
                "3.5.88.0/24 len=2 64510 16509",
                "3.5.89.0/24 len=2 64510 16509",
                "8.8.8.0/24 len=2 64510 15169",
                "9.9.9.0/24 len=2 64510 19281",
                "13.128.0.0/16 len=2 64510 16509",
                "15.193.0.0/16 len=2 64510 16509",
            ])
        #expect(table.trie().longestMatch(IPAddress("13.128.7.1")!)?.value.originASN == 16509)
    }

    // MARK: - Files and gzip

    @Test func loadsGzipByNameAndByMagic() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("t.txt")
        try "10.0.0.0/8 64500\r\n2001:db8::/32\r\n".write(to: plain, atomically: true, encoding: .utf8)
        try gzip(plain)
        let compressed = directory.appendingPathComponent("t.txt.gz")
        let table = try InternetTable.load(path: compressed.path)
        #expect(summary(table) == ["10.0.0.0/8 len=1 64500", "2001:db8::/32"])
        #expect(table.source == compressed.path)
        let renamed = directory.appendingPathComponent("renamed.txt")
        try FileManager.default.moveItem(at: compressed, to: renamed)
        #expect(summary(try InternetTable.load(path: renamed.path)) == summary(table))
    }

    @Test func gzipFailuresAreInputErrors() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.txt.gz")
        try Data("not gzip at all\n".utf8).write(to: bad)
        #expect(throws: InputError.self) { try InternetTable.load(path: bad.path) }
        do {
            _ = try InternetTable.load(path: bad.path)
        } catch {
            #expect(error.location.description == "\(bad.path):1:1")
            #expect(error.code == .cannotDecompress, "\(error.message)")
        }
        do {
            _ = try GzipFile.read(bad.path, limit: 100, gzipPaths: ["/nonexistent/gzip"])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .cannotDecompress)
        }
        do {
            _ = try InternetTable.load(path: directory.appendingPathComponent("missing.gz").path)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .fileNotFound)
        }
        // The decompressed size limit.
        let big = directory.appendingPathComponent("big.txt")
        try String(repeating: "10.0.0.0/8\n", count: 10_000).write(to: big, atomically: true, encoding: .utf8)
        try gzip(big)
        do {
            _ = try InternetTable.load(path: big.path + ".gz", limit: 50_000)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .fileTooLarge)
        }
        #expect(try InternetTable.load(path: big.path + ".gz", limit: 110_000).recordCount == 10_000)
    }

    private func gzip(_ file: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -n -f \"$0\"", file.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    // MARK: - Real data

    /// rrc06 (Otemachi) RIB of 2010-07-01, 641,957 lines (one per prefix and peer). Expected
    /// figures were computed with Python by hand (shortest path per prefix, first seen on ties,
    /// AS_SET counted 1): 323,487 prefixes; path-length histogram; sums of origin ASNs and of all
    /// ASNs of the chosen paths.
    @Test func risRIBDump() throws {
        guard let url = SharedTestData.file("bgp-rib-ris-rrc06-2010-07-01-bgpdump-m.txt.gz") else { return }
        let table = try InternetTable.load(path: url.path)
        #expect(table.format == .bgpdump)
        #expect(table.recordCount == 641_957)
        #expect(table.routes.count == 323_487)
        #expect(table.maskedCount == 0 && table.ignoredCount == 0)
        var histogram: [Int: Int] = [:]
        var originSum: UInt64 = 0
        var asnSum: UInt64 = 0
        for route in table.routes {
            histogram[route.asPathLength ?? -1, default: 0] += 1
            originSum += UInt64(route.originASN ?? 0)
            asnSum += route.asPath?.reduce(UInt64(0)) { $0 + UInt64($1) } ?? 0
        }
        let expected = [
            0: 1, 1: 157, 2: 22764, 3: 136852, 4: 104250, 5: 35088, 6: 12598, 7: 4475, 8: 2856,
            9: 2208, 10: 995, 11: 537, 12: 299, 13: 234, 14: 126, 15: 30, 17: 3, 18: 1, 19: 1,
            20: 2, 21: 1, 22: 3, 25: 3, 26: 3,
        ]
        #expect(histogram == expected)
        #expect(originSum == 6_043_451_977)
        #expect(asnSum == 12_376_462_742)
        #expect(
            summary(InternetTable(routes: Array(table.routes.prefix(2)), format: .bgpdump, source: "")) == [
                "1.9.0.0/16 len=3 2497 2914 4788", "1.12.0.0/14 len=5 4777 2516 4134 4847 18245",
            ])
        let set = table.routes.first { $0.prefix == IPPrefix("20.137.0.0/21")! }
        #expect(set?.asPath == [2497, 3549, 21877, 4237] && set?.asPathLength == 4)
    }

    /// The circa-2024 full table: 1,062,046 CRLF lines, all distinct (python: 901,899 IPv4 and
    /// 160,147 IPv6 networks, none with host bits set).
    @Test func fullTable() throws {
        guard let url = SharedTestData.file("bgp-fulltable-prefixes-v4v6-circa-2024-01.txt.gz") else { return }
        let bytes = try GzipFile.read(url.path, limit: InternetTable.maximumFileSize)
        #expect(bytes.count == 18_180_844)
        let table = try InternetTable.parse(bytes, file: url.lastPathComponent)
        #expect(table.format == .prefixes)
        #expect(table.routes.count == 1_062_046)
        #expect(table.duplicateCount == 0 && table.maskedCount == 0)
        #expect(table.routes.filter { $0.prefix.family == .ipv4 }.count == 901_899)
        #expect(table.routes.first?.prefix.description == "1.0.0.0/24")
        #expect(table.routes.last?.prefix.description == "2c0f:ffd0::/32")
    }

    // MARK: - The byte-level prefix parser

    @Test(arguments: [
        "10.0.0.0/8", "0.0.0.0/0", "255.255.255.255/32", "10.0.0.1/8", "10.0.0.0/08", "10.0.0.0/", "/8", "10.0.0.0",
        "10.0.0.0/33", "10.0.0.0/8/8", "010.0.0.0/8", "1.2.3/8", "1.2.3.4.5/8", "256.0.0.0/8", "1..2.3/8",
        "1.2.3.4 /8", "1.2.3.-4/8", "10.0.0.0/1000000000000000000000", "1000.0.0.0/8", "0000.0.0.0/8",
        "::/0", "::/128", "::1/128", "2001:db8::/32", "2001:DB8::/32", "2001:db8::/129", "2001:db8:::/32",
        ":::/0", "::1::/64", "1:2:3:4:5:6:7:8/128", "1:2:3:4:5:6:7/112", "1:2:3:4:5:6:7:8:9/128",
        "1:2:3:4:5:6:7::/128", "::1:2:3:4:5:6:7/128", "1::2:3:4:5:6:7:8/128", "::ffff:192.0.2.1/128",
        "::ffff:192.0.2.1/96", "1:2:3:4:5:6:1.2.3.4/128", "1:2:3:4:5:1.2.3.4/128", "1.2.3.4::/128",
        "::1.2.3.4:5/128", "::01.2.3.4/128", "fe80::1%eth0/64", "12345::/16", "g::/16", ":1::/16", "1:/16",
        "1::/16", "::1:/16", "2001:db8::/032", "2001:0db8:0000::/48", "a:b:c:d:e:f:a:b/64", "é/8", "",
        "1.2.3.4/3 2", "::ffff:1.2.3/96", "1:2:3:4:5:6:7:8::/128", "::/", "1:2::3:4:5:6:7:8/128",
    ])
    func byteParserAgreesWithStringParser(text: String) {
        let expected = IPPrefix(text)
        let actual = Array(text.utf8).withUnsafeBufferPointer { IPPrefix.parse(bytes: $0) }
        #expect(actual == expected, "\(text)")
        let parts = Array(text.utf8).withUnsafeBufferPointer { IPPrefix.parseParts(bytes: $0) }
        if case .success(let (address, length)) = IPPrefix.parseParts(text) {
            #expect(parts?.0 == address.family && parts?.1 == address.bits && parts?.2 == length, "\(text)")
        } else {
            #expect(parts == nil, "\(text)")
        }
    }

    @Test func byteParserAgreesOnRandomText() {
        var rng = SplitMix64(seed: 5)
        let alphabet = Array("0123456789abcdefABCDEF:./g %".utf8)
        for _ in 0..<20_000 {
            let text = String(
                decoding: (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! },
                as: UTF8.self)
            let actual = Array(text.utf8).withUnsafeBufferPointer { IPPrefix.parse(bytes: $0) }
            #expect(actual == IPPrefix(text), "\(text)")
        }
        // Valid prefixes printed back (canonical and expanded forms).
        for _ in 0..<5_000 {
            let address = IPv6Address(
                high: rng.next() & (rng.next() | 0xFFFF_0000_0000_FFFF), low: rng.next() & rng.next())
            let length = Int.random(in: 0...128, using: &rng)
            let prefix = IPPrefix(containing: .v6(address), length: length)!
            let expanded = prefix.network.bitsExpandedText + "/\(length)"
            for text in [prefix.description, expanded] {
                let actual = Array(text.utf8).withUnsafeBufferPointer { IPPrefix.parse(bytes: $0) }
                #expect(actual == prefix, "\(text)")
            }
        }
    }

    /// Every 5th line of the real full table (every line in release runs of the benchmark).
    @Test func byteParserAgreesOnTheFullTable() throws {
        guard let url = SharedTestData.file("bgp-fulltable-prefixes-v4v6-circa-2024-01.txt.gz") else { return }
        let bytes = try GzipFile.read(url.path, limit: InternetTable.maximumFileSize)
        var checked = 0
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A) {
            lineNumber += 1
            guard lineNumber % 5 == 0 else { continue }
            let token = line.last == 0x0D ? line.dropLast() : line
            let text = String(decoding: token, as: UTF8.self)
            let fast = Array(token).withUnsafeBufferPointer { IPPrefix.parse(bytes: $0) }
            if fast != IPPrefix(text) {
                Issue.record("line \(lineNumber): '\(text)' parses differently")
            }
            checked += 1
        }
        #expect(checked == 1_062_046 / 5)
    }
}

extension IPAddress {
    /// Eight 4-digit groups for IPv6 (test helper).
    fileprivate var bitsExpandedText: String {
        guard case .v6(let address) = self else { return description }
        return address.groups.map {
            String(repeating: "0", count: 4 - String($0, radix: 16).count) + String($0, radix: 16)
        }
        .joined(separator: ":")
    }
}
