import DXCore
import DXInput
import DXModel
import Foundation

/// Reads a routing table piece by piece, as the bytes arrive (from `gzip -dc`, say), so that the
/// whole text is never held: complete lines are read at once, a line cut by the end of a piece is
/// kept until the next. Route lines become 40-byte records in blocks of fixed size (no doubling
/// copy of a million-record array), which ``finish()`` turns into the ``InternetTable``'s arrays,
/// freeing each block as it goes. Errors name the line and column, as ``InternetTable/parse(_:file:)``.
struct InternetTableParser {
    /// Records per block: 2.6 MB.
    static let blockSize = 1 << 16

    let file: String
    private var blocks: [[InternetTable.Record]] = []
    private var pool: [UInt32] = []
    private var format = InternetTableFormat.empty
    private var maskedCount = 0
    private var ignoredCount = 0
    private var recordCount = 0
    /// Whether some route line gave an AS_PATH.
    private var hasPaths = false
    private var lineNumber = 0
    /// The start of a line whose end has not arrived yet.
    private var partial: [UInt8] = []

    init(file: String) {
        self.file = file
    }

    /// Reads every complete line of `piece` (after what is left of the previous piece).
    mutating func feed(_ piece: UnsafeBufferPointer<UInt8>) -> InputError? {
        guard let base = piece.baseAddress, !piece.isEmpty else { return nil }
        var start = 0
        if !partial.isEmpty {
            guard let found = memchr(base, 0x0A, piece.count) else {
                partial.append(contentsOf: piece)
                return nil
            }
            start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            partial.append(contentsOf: UnsafeBufferPointer(rebasing: piece[..<start]))
            let line = partial
            partial.removeAll(keepingCapacity: true)
            let failure = line.withUnsafeBufferPointer { buffer -> InputError? in
                switch readLines(buffer, isLast: false) {
                case .success: nil
                case .failure(let error): error
                }
            }
            if let failure { return failure }
        }
        let rest = UnsafeBufferPointer(rebasing: piece[start...])
        switch readLines(rest, isLast: false) {
        case .success(let consumed):
            partial.append(contentsOf: UnsafeBufferPointer(rebasing: rest[consumed...]))
            return nil
        case .failure(let error):
            return error
        }
    }

    /// Reads the last line (when the input does not end with a line break) and builds the
    /// table: one route per prefix, in prefix order, the best route of a prefix given twice.
    mutating func finish() -> Result<InternetTable, InputError> {
        if !partial.isEmpty {
            let line = partial
            partial = []
            let failure = line.withUnsafeBufferPointer { buffer -> InputError? in
                if case .failure(let error) = readLines(buffer, isLast: true) { return error }
                return nil
            }
            if let failure { return .failure(failure) }
        }
        // Already sorted input (the common case) needs no sort; otherwise one array is sorted.
        var sorted = true
        var previous: InternetTable.Record?
        for block in blocks where sorted {
            for record in block {
                if let previous, !InternetTable.Record.before(previous, record) {
                    sorted = false
                    break
                }
                previous = record
            }
        }
        if !sorted {
            var all = blocks.flatMap { $0 }
            blocks = []
            all.sort(by: InternetTable.Record.before)
            blocks = [all]
        }
        // One pass into the table's parallel arrays, sized exactly, each block freed once read.
        var prefixes: [IPPrefix] = []
        var lengths: [Int32] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        prefixes.reserveCapacity(recordCount)
        lengths.reserveCapacity(recordCount)
        if hasPaths {
            starts.reserveCapacity(recordCount)
            ends.reserveCapacity(recordCount)
        }
        var kept: InternetTable.Record?
        for index in blocks.indices {
            for record in blocks[index] {
                if let kept, kept.samePrefix(record) { continue }
                kept = record
                prefixes.append(record.prefix)
                lengths.append(record.pathEnd < 0 ? -1 : record.rank)
                if hasPaths {
                    starts.append(max(record.pathStart, 0))
                    ends.append(max(record.pathEnd, record.pathStart))
                }
            }
            blocks[index] = []
        }
        blocks = []
        return .success(
            InternetTable(
                prefixes: prefixes, pathLengths: lengths, pathStarts: starts, pathEnds: ends,
                pathPool: hasPaths ? pool : [], format: format, source: file, recordCount: recordCount,
                maskedCount: maskedCount, ignoredCount: ignoredCount))
    }

    /// Reads the lines of `buffer`; without `isLast`, stops before a last line that has no line
    /// break yet. Returns how many bytes were read.
    private mutating func readLines(_ buffer: UnsafeBufferPointer<UInt8>, isLast: Bool) -> Result<Int, InputError> {
        guard let base = buffer.baseAddress else { return .success(0) }
        let count = buffer.count
        var lineStart = 0
        while lineStart < count {
            var lineEnd = count
            if let found = memchr(base + lineStart, 0x0A, count - lineStart) {
                lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else if !isLast {
                break
            }
            lineNumber += 1
            let next = lineEnd + 1
            if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
            let pathStart = pool.count
            switch InternetTableLine.read(line, pool: &pool) {
            case .skip:
                break
            case .ignored:
                ignoredCount += 1
            case .route(let lineFormat, let family, let bits, let length, let pathLength):
                format = format.adding(lineFormat)
                let masked = bits.masked(length)
                if masked != bits { maskedCount += 1 }
                if blocks.isEmpty || blocks[blocks.count - 1].count == Self.blockSize {
                    blocks.append([])
                    blocks[blocks.count - 1].reserveCapacity(Self.blockSize)
                }
                blocks[blocks.count - 1].append(
                    InternetTable.Record(
                        tag: UInt16(family == .ipv4 ? 0 : 0x100) | UInt16(truncatingIfNeeded: length),
                        hi: masked.hi, lo: masked.lo, rank: pathLength.map { Int32(clamping: $0) } ?? Int32.max,
                        pathStart: Int32(clamping: pathStart),
                        pathEnd: pathLength == nil ? -1 : Int32(clamping: pool.count),
                        ordinal: Int32(clamping: recordCount)))
                recordCount += 1
                if pathLength != nil { hasPaths = true }
            case .failure(let offset, let code, let message):
                let column =
                    String(decoding: UnsafeBufferPointer(rebasing: line.prefix(offset)), as: UTF8.self)
                    .unicodeScalars.count + 1
                return .failure(
                    InputError(code, message, at: SourceLocation(file: file, line: lineNumber, column: column)))
            }
            lineStart = min(next, count)
        }
        return .success(lineStart)
    }
}
