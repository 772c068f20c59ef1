// dxplan-bench: release-build measurements of the hot paths, compared with Python peers by
// Tests/Benchmarks/run.sh (see Docs/Performance.md). Not part of `swift test`.
//
//   dxplan-bench ipranges|aggregate|lpm DATA_DIR OUT_DIR
//   dxplan-bench simulate TOPOLOGY TABLE|- LABEL
//   dxplan-bench stages TOPOLOGY TABLE RUNS                where the time of `simulate` with a table goes
//   dxplan-bench scale VIFS each|plain OUT_DIR RUNS        generated topologies with many VIFs
//   dxplan-bench unknown BYTES location|region|key OUT_DIR RUNS   suggestions for long names
//   dxplan-bench generate VIFS FILE                        only write the generated topology
//
// Prints `RESULT name value unit` lines (medians of several runs) and writes the outputs the
// script compares with Python's (collapsed prefix lists, the LPM query addresses).
import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation
import Foundation

/// The benchmark modes and their shared helpers.
enum Bench {
    static func main() -> Int32 {
        let arguments = CommandLine.arguments
        if arguments.count == 5, arguments[1] == "simulate" {
            do {
                try simulate(
                    topology: arguments[2], table: arguments[3] == "-" ? nil : arguments[3], label: arguments[4])
            } catch {
                print("dxplan-bench: \(error)")
                return 1
            }
            return 0
        }
        if arguments.count == 5, arguments[1] == "stages", let runs = Int(arguments[4]) {
            do {
                try stages(topology: arguments[2], table: arguments[3], runs: runs)
            } catch {
                print("dxplan-bench: \(error)")
                return 1
            }
            return 0
        }
        if arguments.count == 6, ["scale", "unknown"].contains(arguments[1]), let count = Int(arguments[2]),
            let runs = Int(arguments[5])
        {
            let out = URL(fileURLWithPath: arguments[4], isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
                if arguments[1] == "scale" {
                    try scale(vifs: count, eachFailure: arguments[3] == "each", out: out, runs: runs)
                } else {
                    try unknownName(which: arguments[3], bytes: count, out: out, runs: runs)
                }
            } catch {
                print("dxplan-bench: \(error)")
                return 1
            }
            return 0
        }
        if arguments.count == 4, arguments[1] == "generate", let count = Int(arguments[2]) {
            do {
                try ScaleTopology.yaml(virtualInterfaces: count).write(
                    toFile: arguments[3], atomically: true, encoding: .utf8)
            } catch {
                print("dxplan-bench: \(error)")
                return 1
            }
            return 0
        }
        guard arguments.count == 4, ["ipranges", "aggregate", "lpm", "load"].contains(arguments[1]) else {
            print("usage: dxplan-bench ipranges|aggregate|lpm|load DATA_DIR OUT_DIR")
            print("       dxplan-bench simulate TOPOLOGY TABLE|- LABEL")
            print("       dxplan-bench stages TOPOLOGY TABLE RUNS")
            print("       dxplan-bench scale VIFS each|plain OUT_DIR RUNS")
            print("       dxplan-bench unknown BYTES location|region|key OUT_DIR RUNS")
            print("       dxplan-bench generate VIFS FILE")
            return 64
        }
        let data = URL(fileURLWithPath: arguments[2], isDirectory: true)
        let out = URL(fileURLWithPath: arguments[3], isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            switch arguments[1] {
            case "ipranges": try ipRanges(data: data)
            case "aggregate": try aggregate(data: data, out: out)
            case "load": try load(data: data)
            default: try longestMatch(data: data, out: out)
            }
        } catch {
            print("dxplan-bench: \(error)")
            return 1
        }
        return 0
    }

    static let ipRangesFile = "ip-ranges-2026-08-22.json"
    static let fullTableFile = "bgp-fulltable-prefixes-v4v6-circa-2024-01.txt.gz"
    static let ribFile = "bgp-rib-ris-rrc06-2010-07-01-bgpdump-m.txt.gz"

    static func report(_ name: String, _ value: Double, _ unit: String) {
        print("RESULT \(name) \(value) \(unit)")
    }

    /// Median wall time in milliseconds of `runs` runs of `body`.
    static func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        let times = try sortedMilliseconds(runs: runs, body)
        return times[times.count / 2]
    }

    /// Wall times in milliseconds of `runs` runs of `body`, fastest first.
    static func sortedMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()
    }

    /// `simulate` end to end as the command does it — topology, embedded ip-ranges, validation,
    /// optionally `table` as the first uplink's ISP table, simulation, text rendering — median of
    /// 3 runs, and the process's peak RSS (run one topology per process).
    static func simulate(topology path: String, table: String?, label: String) throws {
        var verdict = false
        let milliseconds = try medianMilliseconds(runs: 3) {
            let topology = try TopologyDecoder.load(path: path)
            let ranges = try IPRangesSource.embedded()
            let findings = TopologyValidator(
                topology: topology, fileExists: { FileManager.default.isReadableFile(atPath: $0) }
            ).validate()
            var tables: [String: InternetTable] = [:]
            if let table, let uplink = topology.internet.first {
                tables[uplink.name.value] = try InternetTable.load(path: table)
            }
            let input = SimulationInput(
                topology: topology, ranges: ranges, tables: tables, validationFindings: findings)
            let result = Simulator.run(input)
            _ = SimulationText.render(result)
            verdict = result.verdict.connectOverDirectConnect
        }
        report("simulate.\(label).time", milliseconds, "ms")
        report("simulate.\(label).peak_rss", Double(peakRSSKilobytes()) / 1024, "MiB")
        report("simulate.\(label).verdict", verdict ? 1 : 0, "bool")
    }

    /// 1. ip-ranges.json: read, parse and index every entry in a PrefixTrie.
    static func ipRanges(data: URL) throws {
        let path = data.appendingPathComponent(ipRangesFile).path
        var entries = 0
        var stored = 0
        let milliseconds = try medianMilliseconds(runs: 7) {
            let ranges = try AWSIPRanges.load(path: path)
            var trie = PrefixTrie<[Int]>()
            for (index, entry) in ranges.entries.enumerated() {
                trie.insert(entry.prefix, [index]) { $0 + $1 }
            }
            entries = ranges.entries.count
            stored = trie.count
        }
        report("ipranges.entries", Double(entries), "entries")
        report("ipranges.prefixes", Double(stored), "prefixes")
        report("ipranges.load_index", milliseconds, "ms")
    }

    /// Full-table and RIB loading (gunzip + parse), and parsing alone.
    static func load(data: URL) throws {
        let fullPath = data.appendingPathComponent(fullTableFile).path
        var routes = 0
        let loadTime = try medianMilliseconds(runs: 5) { routes = try InternetTable.load(path: fullPath).count }
        let bytes = try GzipFile.read(fullPath, limit: InternetTable.maximumFileSize)
        let parseTime = try medianMilliseconds(runs: 5) { _ = try InternetTable.parse(bytes, file: "t") }
        report("fulltable.routes", Double(routes), "routes")
        report("fulltable.load", loadTime, "ms")
        report("fulltable.parse", parseTime, "ms")
        let ribPath = data.appendingPathComponent(ribFile).path
        let ribLoad = try medianMilliseconds(runs: 3) { routes = try InternetTable.load(path: ribPath).count }
        let ribBytes = try GzipFile.read(ribPath, limit: InternetTable.maximumFileSize)
        let ribParse = try medianMilliseconds(runs: 3) { _ = try InternetTable.parse(ribBytes, file: "t") }
        report("rib.routes", Double(routes), "routes")
        report("rib.load", ribLoad, "ms")
        report("rib.parse", ribParse, "ms")
    }

    /// 2. PrefixAggregator.collapse of all ip-ranges prefixes and of the full table; writes the
    /// results for comparison with Python.
    static func aggregate(data: URL, out: URL) throws {
        let ranges = try AWSIPRanges.load(path: data.appendingPathComponent(ipRangesFile).path)
        let rangePrefixes = ranges.entries.map(\.prefix)
        var collapsed: [IPPrefix] = []
        let rangesTime = medianMilliseconds(runs: 7) { collapsed = PrefixAggregator.collapse(rangePrefixes) }
        try write(collapsed, to: out.appendingPathComponent("swift-collapse-ipranges.txt"))
        report("collapse.ipranges.input", Double(rangePrefixes.count), "prefixes")
        report("collapse.ipranges.output", Double(collapsed.count), "prefixes")
        report("collapse.ipranges", rangesTime, "ms")

        let table = try InternetTable.load(path: data.appendingPathComponent(fullTableFile).path)
        let tablePrefixes = table.prefixes
        let tableTime = medianMilliseconds(runs: 5) { collapsed = PrefixAggregator.collapse(tablePrefixes) }
        try write(collapsed, to: out.appendingPathComponent("swift-collapse-fulltable.txt"))
        report("collapse.fulltable.input", Double(tablePrefixes.count), "prefixes")
        report("collapse.fulltable.output", Double(collapsed.count), "prefixes")
        report("collapse.fulltable", tableTime, "ms")
    }

    static func write(_ prefixes: [IPPrefix], to url: URL) throws {
        var text = ""
        text.reserveCapacity(prefixes.count * 20)
        for prefix in prefixes {
            text += prefix.description
            text += "\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// 3. Longest-prefix match over the full table: build times and sizes of the
    /// `LongestMatchTable` and of the `PrefixTrie`, lookups per second one at a time and batched
    /// for 1M uniformly random IPv4 addresses, 1M IPv4 and 1M IPv6 addresses inside random table
    /// prefixes (seeded), peak RSS. The addresses are written for the Python peer.
    static func longestMatch(data: URL, out: URL) throws {
        // Only the prefixes are kept; the parsed table is dropped.
        let (v4Prefixes, v6Prefixes) = try {
            let prefixes = try InternetTable.load(path: data.appendingPathComponent(fullTableFile).path).prefixes
            return (prefixes.filter { $0.family == .ipv4 }, prefixes.filter { $0.family == .ipv6 })
        }()
        func buildTrie() -> PrefixTrie<Int32> {
            var trie = PrefixTrie<Int32>()
            trie.reserveCapacity(v4Prefixes.count, for: .ipv4)
            trie.reserveCapacity(v6Prefixes.count, for: .ipv6)
            for (index, prefix) in (v4Prefixes + v6Prefixes).enumerated() {
                trie.insert(prefix, Int32(truncatingIfNeeded: index))
            }
            return trie
        }
        let entries = (v4Prefixes + v6Prefixes).enumerated().map { (prefix: $1, value: Int32(truncatingIfNeeded: $0)) }
        func buildTable() -> LongestMatchTable<Int32> {
            guard let table = LongestMatchTable(entries) else { preconditionFailure("table too large") }
            return table
        }
        let trieTime = medianMilliseconds(runs: 3) { _ = buildTrie() }
        let tableTime = medianMilliseconds(runs: 3) { _ = buildTable() }
        let table = buildTable()
        let trie = buildTrie()
        precondition(LongestMatchTable(trie)?.count == table.count, "the trie snapshot has a different size")
        report("lpm.prefixes", Double(table.count), "prefixes")
        report("lpm.build_trie", trieTime, "ms")
        report("lpm.build", tableTime, "ms")
        report("lpm.storage", Double(table.storageBytes) / 1_048_576, "MiB")
        report("lpm.trie_storage", Double(trie.storageBytes) / 1_048_576, "MiB")

        var random = SplitMix64(seed: 2024)
        let count = 1_000_000
        let uniform4 = (0..<count).map { _ in IPv4Address(UInt32(truncatingIfNeeded: random.next())) }
        let inside4 = (0..<count).map { _ -> IPv4Address in
            let prefix = v4Prefixes[Int(random.next() % UInt64(v4Prefixes.count))]
            guard case .v4(let network) = prefix.network else { preconditionFailure("IPv4 prefix expected") }
            let host = prefix.length == 32 ? 0 : UInt32(truncatingIfNeeded: random.next()) >> UInt32(prefix.length)
            return IPv4Address(network.value | host)
        }
        let inside6 = (0..<count).map { _ -> IPv6Address in
            let prefix = v6Prefixes[Int(random.next() % UInt64(v6Prefixes.count))]
            guard case .v6(let network) = prefix.network else { preconditionFailure("IPv6 prefix expected") }
            let (high, low) = (random.next(), random.next())
            let length = prefix.length
            let highHost = length >= 64 ? 0 : (length == 0 ? high : high >> UInt64(length))
            let lowHost = length >= 128 ? 0 : (length <= 64 ? low : low >> UInt64(length - 64))
            return IPv6Address(high: network.high | highHost, low: network.low | lowHost)
        }
        try writeAddresses(uniform4.map(IPAddress.v4), to: out.appendingPathComponent("addresses-v4-uniform.bin"))
        try writeAddresses(inside4.map(IPAddress.v4), to: out.appendingPathComponent("addresses-v4-inside.bin"))
        try writeAddresses(inside6.map(IPAddress.v6), to: out.appendingPathComponent("addresses-v6-inside.bin"))

        measureLookups("v4-uniform", table, trie, uniform4.map(IPAddress.v4)) {
            table.forEachLongestMatch(uniform4, $0)
        }
        measureLookups("v4-inside", table, trie, inside4.map(IPAddress.v4)) { table.forEachLongestMatch(inside4, $0) }
        measureLookups("v6-inside", table, trie, inside6.map(IPAddress.v6)) { table.forEachLongestMatch(inside6, $0) }
        report("lpm.peak_rss", Double(peakRSSKilobytes()) / 1024, "MiB")
    }

    /// Times `addresses` looked up one at a time in the table (`longestMatch`), through
    /// `batched` (its `forEachLongestMatch` of the same addresses) and one at a time in the trie
    /// the table was built from; checks that all three agree and reports the number matched, the
    /// sum of the matched lengths (compared with pytricia) and the rates (medians; for the
    /// batched lookups, which the machine's other tenants disturb most, also the best of 9).
    @inline(__always)
    static func measureLookups(
        _ name: String, _ table: LongestMatchTable<Int32>, _ trie: PrefixTrie<Int32>, _ addresses: [IPAddress],
        batched: ((Int, (prefix: IPPrefix, value: Int32)?) -> Void) -> Void
    ) {
        let (time, matched, lengthSum) = oneAtATime(addresses, runs: 5) { table.longestMatch($0) }
        let (trieTime, trieMatched, trieLengthSum) = oneAtATime(addresses, runs: 3) { trie.longestMatch($0) }
        precondition(trieMatched == matched && trieLengthSum == lengthSum, "trie and table disagree")
        var batchMatched = 0
        var batchLengthSum = 0
        let batchTimes = sortedMilliseconds(runs: 9) {
            (batchMatched, batchLengthSum) = (0, 0)
            batched { _, match in
                if let match {
                    batchMatched += 1
                    batchLengthSum &+= match.prefix.length
                }
            }
        }
        precondition(batchMatched == matched && batchLengthSum == lengthSum, "batched lookups disagree")
        report("lpm.\(name).matched", Double(matched), "addresses")
        report("lpm.\(name).length_sum", Double(lengthSum), "bits")
        report("lpm.\(name).rate", Double(addresses.count) / (time / 1000), "lookups/s")
        report(
            "lpm.\(name).batch_rate", Double(addresses.count) / (batchTimes[batchTimes.count / 2] / 1000), "lookups/s")
        report("lpm.\(name).batch_best", Double(addresses.count) / (batchTimes[0] / 1000), "lookups/s")
        report("lpm.\(name).trie_rate", Double(addresses.count) / (trieTime / 1000), "lookups/s")
    }

    /// Median time of `runs` passes of `lookup` over `addresses`, the number matched and the
    /// sum of the matched prefix lengths.
    @inline(__always)
    static func oneAtATime(
        _ addresses: [IPAddress], runs: Int, _ lookup: (IPAddress) -> (prefix: IPPrefix, value: Int32)?
    ) -> (milliseconds: Double, matched: Int, lengthSum: Int) {
        var matched = 0
        var lengthSum = 0
        let time = medianMilliseconds(runs: runs) {
            matched = 0
            lengthSum = 0
            for address in addresses {
                if let match = lookup(address) {
                    matched += 1
                    lengthSum &+= match.prefix.length
                }
            }
        }
        return (time, matched, lengthSum)
    }

    /// Addresses as raw big-endian bytes: 4 per IPv4 address, 16 per IPv6 address.
    static func writeAddresses(_ addresses: [IPAddress], to url: URL) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(addresses.count * 16)
        for address in addresses {
            switch address {
            case .v4(let v4):
                bytes.append(contentsOf: v4.octets)
            case .v6(let v6):
                for shift in stride(from: 56, through: 0, by: -8) {
                    bytes.append(UInt8(truncatingIfNeeded: v6.high >> UInt64(shift)))
                }
                for shift in stride(from: 56, through: 0, by: -8) {
                    bytes.append(UInt8(truncatingIfNeeded: v6.low >> UInt64(shift)))
                }
            }
        }
        try Data(bytes).write(to: url)
    }

    /// Peak resident set size (VmHWM in /proc/self/status), in KiB; 0 where unavailable.
    static func peakRSSKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, so runs are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

exit(Bench.main())
