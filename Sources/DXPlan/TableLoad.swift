import DXCore
import DXInput
import DXModel
import DXRouting
import Dispatch
import Foundation

/// The ISP tables a topology names (`internet[].table`), loaded on a thread of their own from the
/// moment the topology is read, so that reading ip-ranges, validating and indexing the AWS
/// ranges overlap the gunzip and the parse of a full table (issue 17). ``wait()`` gives what the
/// loading in topology order gives: every table, or the first error.
final class TableLoad: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the loading thread before it signals `done`, read only after ``wait()``.
    private var result: Result<[String: InternetTable], InputError> = .success([:])
    private let started: Bool

    /// Starts loading the tables of `topology` whose files exist (validation reports the others);
    /// a topology without tables starts nothing.
    init(_ topology: Topology) {
        let exists = { (path: String) in FileManager.default.isReadableFile(atPath: path) }
        let jobs: [(uplink: String, path: String)] = topology.internet.compactMap { uplink in
            guard let table = uplink.table else { return nil }
            let path = TopologyPaths.resolve(table.value, relativeTo: topology.file)
            return exists(path) ? (uplink.name.value, path) : nil
        }
        started = !jobs.isEmpty
        guard started else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Self.load(jobs)
            done.signal()
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

    /// The tables by uplink name, or the first error; waits for the loading to end.
    func wait() -> Result<[String: InternetTable], InputError> {
        if started { done.wait() }
        return result
    }
}
