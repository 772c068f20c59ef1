import DXCore
import DXInput
import DXModel

/// A file of prefixes, one per line, such as the prefixes an AS announces to the Internet
/// (RIPEstat "Announced Prefixes", `ripestat-announced-prefixes`), read for
/// `assumptions.aws_also_advertises` (Docs/TopologyFormat.md).
///
/// Reading rules, those of a prefix-list ``InternetTable``: blank lines and lines starting with `#`
/// are skipped; LF and CRLF line ends both work; leading and trailing blanks are ignored; a prefix
/// with host bits set is masked to its network and counted (RFC 4271 §4.3); a repeated prefix is
/// kept once. Anything else on a line is an ``InputError`` at its `file:line:col`, which names the
/// line and column, never the bytes (the file may be any file a topology names).
public struct PrefixListFile: Sendable, Equatable {
    /// The distinct prefixes, ascending (IPv4 first).
    public var prefixes: [IPPrefix]
    /// Where the list came from (the path given to the parser).
    public var source: String
    /// Prefix lines read, repeats included.
    public var recordCount: Int
    /// Prefix lines with host bits set, which were masked to their network.
    public var maskedCount: Int

    /// Prefix lists above this size are rejected: 64 MiB, room for every prefix of the Internet table.
    public static let maximumFileSize = 64 << 20

    /// Reads and parses the list at `path` (a regular file: it is named by a topology, ``InputOrigin/topology``).
    public static func load(path: String, limit: Int = maximumFileSize) throws(InputError) -> PrefixListFile {
        try parse(InputFile.read(path, limit: limit, origin: .topology), file: path)
    }

    /// Parses a list from `bytes`; `file` names it in errors and becomes ``source``.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> PrefixListFile {
        var prefixes: [IPPrefix] = []
        var masked = 0
        var failure: InputError?
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            var lineNumber = 0
            while lineStart < buffer.count, failure == nil {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, buffer[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
                switch read(line) {
                case .success(nil): break
                case .success(let prefix?):
                    let network = prefix.bits.masked(prefix.length)
                    if network != prefix.bits { masked += 1 }
                    prefixes.append(IPPrefix(family: prefix.family, bits: network, length: prefix.length))
                case .failure(let problem):
                    failure = InputError(
                        problem.code, problem.message,
                        at: SourceLocation(file: file, line: lineNumber, column: problem.offset + 1))
                }
                lineStart = lineEnd + 1
            }
        }
        if let failure { throw failure }
        let recordCount = prefixes.count
        prefixes.sort()
        var distinct: [IPPrefix] = []
        distinct.reserveCapacity(prefixes.count)
        for prefix in prefixes where distinct.last != prefix { distinct.append(prefix) }
        return PrefixListFile(prefixes: distinct, source: file, recordCount: recordCount, maskedCount: masked)
    }

    /// What is wrong with a line, and the byte offset (within the line) it starts at.
    private struct LineProblem: Error {
        var offset: Int
        var code: InputError.Code
        var message: String
    }

    /// The prefix of one line (host bits kept), nil for a blank or comment line.
    private static func read(_ line: UnsafeBufferPointer<UInt8>) -> Result<
        (family: AddressFamily, bits: Bits128, length: Int)?, LineProblem
    > {
        var start = 0
        while start < line.count, InternetTableLine.isBlank(line[start]) { start += 1 }
        if start == line.count || line[start] == UInt8(ascii: "#") { return .success(nil) }
        var end = start
        while end < line.count, !InternetTableLine.isBlank(line[end]) { end += 1 }
        let token = UnsafeBufferPointer(rebasing: line[start..<end])
        guard let (family, bits, length) = IPPrefix.parseParts(bytes: token) else {
            return .failure(
                LineProblem(
                    offset: start, code: .invalidRoutePrefix,
                    message: InternetTableLine.prefixProblem(token) + "; expected one prefix per line"))
        }
        var rest = end
        while rest < line.count, InternetTableLine.isBlank(line[rest]) { rest += 1 }
        guard rest == line.count else {
            return .failure(
                LineProblem(
                    offset: rest, code: .invalidPrefixListLine,
                    message:
                        "expected one prefix per line and nothing after it (a comment line starts with '#')"))
        }
        return .success((family, bits, length))
    }
}
