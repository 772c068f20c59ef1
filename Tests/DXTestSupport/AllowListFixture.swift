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
import Testing

/// Topologies and tools for the allow-list tests: `TopologyFixture.minimal` varied by Region,
/// alias, bucket and firewall, the embedded ip-ranges snapshot, and the real `nft` binary.
package enum AllowListFixture {
    /// `TopologyFixture.minimal` in `region`, with or without alias and bucket, plus `extra`
    /// top-level or `connect:` lines.
    package static func topology(
        region: String = "us-east-1", alias: String? = "test-site", bucket: String? = nil, connectExtra: String = "",
        firewall: String = ""
    ) throws -> Topology {
        var connect = "connect:\n"
        if let alias { connect += "  instance: \(alias)\n" }
        connect += "  region: \(region)\n"
        if let bucket { connect += "  attachments_bucket: \(bucket)\n" }
        connect += connectExtra
        let text =
            TopologyFixture.replacing("connect:\n  instance: test-site\n  region: us-east-1\n", with: connect)
            + firewall
        return try TopologyFixture.decode(text)
    }

    /// The embedded snapshot, parsed once for all tests.
    package static let snapshot: Result<AWSIPRanges, InputError> = Result { () throws(InputError) in
        try IPRangesSource.embedded()
    }

    package static func embedded() throws -> AWSIPRanges { try snapshot.get() }

    package static func plan(
        _ topology: Topology, option: FirewallSettings.AllowListStyle? = nil, ephemeral: AllowListEphemeral = .both,
        since: AWSIPRanges? = nil
    ) throws -> AllowList {
        try AllowListPlanner.plan(
            topology, ranges: try embedded(), options: .init(option: option, ephemeral: ephemeral, since: since))
    }

    package static func domains(_ list: AllowList) -> [String] {
        list.outbound.compactMap { rule in
            if case .domain(let domain) = rule.remote { return domain }
            return nil
        }
    }

    /// The `nft` executable, or nil (after reporting: a failure under CI=true, else a skip).
    package static func nft() -> URL? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/sbin:/sbin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("nft")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        SharedTestData.unavailable("nft not found (install the Debian package nftables)")
        return nil
    }

    /// Runs `nft -c -f FILE`; if netlink is not permitted, again inside `unshare -n`.
    /// Returns the exit status and standard error.
    package static func nftCheck(_ nft: URL, file: URL) throws -> (status: Int32, errors: String) {
        let direct = try run(nft.path, ["-c", "-f", file.path])
        guard direct.status != 0, direct.errors.contains("Operation not permitted") || direct.errors.contains("netlink")
        else { return direct }
        return try run("/usr/bin/unshare", ["-n", nft.path, "-c", "-f", file.path])
    }

    package static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// RFC 4180 records of `text` (quoted fields may hold commas, quotes and newlines).
    package static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field += "\""
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }

    package static let hostile =
        "x\"\n}\ntable ip evil { chain c { type filter hook input priority 0; policy drop; } }\r\n=cmd|' /C calc'!A0,\"\\\u{2028}"

    /// A planned list whose topology-derived strings are all hostile (the decoder would reject
    /// most of them; renderers must still not let them start a line or a statement).
    package static func hostileList() throws -> AllowList {
        let topology = try AllowListFixture.topology(firewall: "firewall:\n  stateful: false\n")
        var list = try AllowListFixture.plan(topology, option: .domains)
        list.topologyName = hostile
        list.instanceAlias = hostile
        list.region = hostile
        list.ipRangesSource = hostile
        list.outbound[0].remote = .domain(hostile)
        list.outbound[0].purpose = hostile
        list.outbound[0].notes = [hostile]
        list.advice[0].text = hostile
        return list
    }
}
