import DXCore
import DXInput
import DXModel
import DXRouting
import Dispatch
import Foundation

/// The ISP tables a topology names (`internet[].table`), and the prefix list of
/// `assumptions.aws_also_advertises`, loaded on a thread of their own from the moment the
/// topology is read, so that reading ip-ranges, validating and indexing the AWS ranges overlap
/// the gunzip and the parse of a full table (issue 17). The list is read first (the AWS prefixes
/// are indexed with it, ``waitForAlsoAdvertised()``), then the tables. ``wait()`` gives what the
/// loading in topology order gives: every table, or the first error.
final class TableLoad: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let listDone = DispatchSemaphore(value: 0)
    /// Written by the loading thread before it signals `done`, read only after ``wait()``.
    private var result: Result<[String: InternetTable], InputError> = .success([:])
    /// Written by the loading thread before it signals `listDone`, read only after ``waitForAlsoAdvertised()``.
    private var list: Result<PrefixListFile?, InputError> = .success(nil)
    private let started: Bool

    /// Starts loading the tables of `topology` whose files exist (validation reports the others)
    /// and its `aws_also_advertises` list; a topology with neither starts nothing.
    init(_ topology: Topology) {
        let exists = { (path: String) in FileManager.default.isReadableFile(atPath: path) }
        let jobs: [(uplink: String, path: String)] = topology.internet.compactMap { uplink in
            guard let table = uplink.table else { return nil }
            let path = TopologyPaths.resolve(table.value, relativeTo: topology.file)
            return exists(path) ? (uplink.name.value, path) : nil
        }
        let listFile = topology.assumptions.awsAlsoAdvertises
        started = !jobs.isEmpty || listFile != nil
        guard started else { return }
        let topologyFile = topology.file
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            if let listFile {
                list = Self.loadList(listFile, topologyFile: topologyFile)
            }
            listDone.signal()
            result = Self.load(jobs)
            done.signal()
        }
    }

    /// The list of `assumptions.aws_also_advertises`; a file that cannot be read is an error at the key.
    private static func loadList(_ file: Located<String>, topologyFile: String) -> Result<PrefixListFile?, InputError> {
        let path = TopologyPaths.resolve(file.value, relativeTo: topologyFile)
        do {
            // A topology may name any path; only a regular file is read (InputOrigin).
            try InputFile.checkKind(path, origin: .topology)
        } catch {
            let reason =
                error.message.hasPrefix("cannot read file: ") ? String(error.message.dropFirst(18)) : error.message
            return .failure(
                InputError(
                    error.code,
                    "cannot read the 'aws_also_advertises' file \(MessageValue.quoted(file.value)): \(reason) (the path is relative to the topology file; expected a list of prefixes, one per line)",
                    at: file.location))
        }
        do {
            return .success(try PrefixListFile.load(path: path))
        } catch {
            return .failure(error)
        }
    }

    private static func load(_ jobs: [(uplink: String, path: String)]) -> Result<[String: InternetTable], InputError> {
        var tables: [String: InternetTable] = [:]
        for (uplink, path) in jobs {
            do {
                // A topology may name any path; only a regular file is read (InputOrigin).
                try InputFile.checkKind(path, origin: .topology)
                tables[uplink] = try InternetTable.load(path: path)
            } catch {
                return .failure(error)
            }
        }
        return .success(tables)
    }

    /// The `aws_also_advertises` list (nil when the topology names none), or its error; waits for
    /// it, not for the tables.
    func waitForAlsoAdvertised() -> Result<PrefixListFile?, InputError> {
        if started {
            listDone.wait()
            listDone.signal()
        }
        return list
    }

    /// The tables by uplink name, or the first error; waits for the loading to end.
    func wait() -> Result<[String: InternetTable], InputError> {
        if started {
            done.wait()
            done.signal()
        }
        return result
    }
}
