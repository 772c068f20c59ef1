import DXCore
import DXInput
import DXModel
import Foundation

/// Reads a routing table piece by piece, as the bytes arrive (from `gzip -dc`, say), so that the
/// whole text is never held: complete lines are read at once, a line cut by the end of a piece is
/// kept until the next. Errors name the line and column, as ``InternetTable/parse(_:file:)``.
///
/// Routes go straight into the ``InternetTable``'s arrays. Tables are almost always written in
/// prefix order, so while the prefixes arrive in ascending order each line is compared with the
/// one before: a repeated prefix is merged into it at once (the better route kept) and
/// ``finish()`` has nothing left to do. Only when a prefix arrives out of order are the arrays
/// sorted at the end. A line that is a bare prefix (most lines of a full table) is read by a fast
/// path; any other line, and any line the fast path does not take, by ``InternetTableLine``.
struct InternetTableParser {
    let file: String
    private var prefixes: [IPPrefix] = []
    /// AS_PATH length per route, -1 when the line gives none.
    private var pathLengths: [Int32] = []
    /// Route `i`'s ASNs are `pool[pathStarts[i]..<pathEnds[i]]`; both arrays stay empty until a line
    /// gives an AS path (``hasPaths``).
    private var pathStarts: [Int32] = []
    private var pathEnds: [Int32] = []
    private var pool: [UInt32] = []
    /// Whether some route line gave an AS path.
    private var hasPaths = false
    private var format = InternetTableFormat.empty
    private var maskedCount = 0
    private var ignoredCount = 0
    private var recordCount = 0
    private var lineNumber = 0
    /// Whether the prefixes so far are strictly ascending (repeats merged on the way).
    private var ascending = true
    private var lengths = PrefixLengths()
    /// The last prefix added, as a comparable key: family (0 IPv4, 1 IPv6), bits, length.
    private var last: (family: UInt8, hi: UInt64, lo: UInt64, length: UInt8)?
    /// The start of a line whose end has not arrived yet.
    private var partial: [UInt8] = []
    /// The size hint of ``init(file:expectedBytes:)``, until the first piece uses it.
    private var expectedBytes: Int?

    /// `expectedBytes`, the size of the whole text when known (a file's size, a gzip trailer's
    /// ISIZE), lets the arrays be sized once from the first piece's line length, instead of
    /// growing by copies. It is only a hint: the arrays grow past it when needed.
    init(file: String, expectedBytes: Int? = nil) {
        self.file = file
        self.expectedBytes = expectedBytes
    }

    /// Reads every complete line of `piece` (after what is left of the previous piece).
    mutating func feed(_ piece: UnsafeBufferPointer<UInt8>) -> InputError? {
        guard let base = piece.baseAddress, !piece.isEmpty else { return nil }
        if let expected = expectedBytes {
            expectedBytes = nil
            reserve(expected: expected, sample: piece)
        }
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

    /// Sizes the arrays for `expected` bytes of text with the lines of `sample` (10 % over,
    /// capped at one route per 8 bytes). Capacity that is never written is never touched, so an
    /// estimate too high costs address space, not memory.
    private mutating func reserve(expected: Int, sample: UnsafeBufferPointer<UInt8>) {
        guard let base = sample.baseAddress else { return }
        var lines = 0
        var offset = 0
        while offset < sample.count, let found = memchr(base + offset, 0x0A, sample.count - offset) {
            lines += 1
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        guard lines > 0 else { return }
        let perLine = max(8, offset / lines)
        let routes = min(expected / perLine + expected / perLine / 10 + 1024, expected / 8 + 1024, 1 << 28)
        prefixes.reserveCapacity(routes)
        pathLengths.reserveCapacity(routes)
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
        if !ascending { sortAndMerge() }
        return .success(
            InternetTable(
                prefixes: prefixes, pathLengths: pathLengths, pathStarts: pathStarts, pathEnds: pathEnds,
                pathPool: hasPaths ? pool : [], lengths: lengths, format: format, source: file,
                recordCount: recordCount, maskedCount: maskedCount, ignoredCount: ignoredCount))
    }

    /// The rank of a path length for keeping the better of two routes: shorter first, unknown last.
    @inline(__always)
    private static func rank(_ pathLength: Int32) -> Int32 { pathLength < 0 ? Int32.max : pathLength }

    /// For input out of order: sorts the routes by prefix, then keeps one per prefix, the best
    /// (shortest path, a known path before an unknown one, the earlier line on a tie). The
    /// arrays' order is the lines' order for routes of one prefix (a prefix merged while the input
    /// was ascending came from lines before any later one), so a stable sort keeps the first line
    /// first.
    private mutating func sortAndMerge() {
        var order = Array(prefixes.indices)
        order.sort { a, b in
            if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
            let (rankA, rankB) = (Self.rank(pathLengths[a]), Self.rank(pathLengths[b]))
            return rankA != rankB ? rankA < rankB : a < b
        }
        var sortedPrefixes: [IPPrefix] = []
        var sortedLengths: [Int32] = []
        var sortedStarts: [Int32] = []
        var sortedEnds: [Int32] = []
        sortedPrefixes.reserveCapacity(order.count)
        sortedLengths.reserveCapacity(order.count)
        var lengths = PrefixLengths()
        for index in order {
            let prefix = prefixes[index]
            if let previous = sortedPrefixes.last, previous == prefix { continue }
            sortedPrefixes.append(prefix)
            sortedLengths.append(pathLengths[index])
            if hasPaths {
                sortedStarts.append(pathStarts[index])
                sortedEnds.append(pathEnds[index])
            }
            lengths.insert(prefix.length, family: prefix.family)
        }
        prefixes = sortedPrefixes
        pathLengths = sortedLengths
        pathStarts = sortedStarts
        pathEnds = sortedEnds
        self.lengths = lengths
        ascending = true
    }

    /// Adds the route of one line: `bits` with host bits kept (they are masked and counted),
    /// `pathLength` -1 without a path, whose ASNs are `pool[pathStart...]` otherwise.
    @inline(__always)
    private mutating func add(
        family: AddressFamily, bits: Bits128, length: Int, pathLength: Int32, pathStart: Int,
        lineFormat: InternetTableFormat
    ) {
        if format != lineFormat { format = format.adding(lineFormat) }
        let masked = bits.masked(length)
        if masked != bits { maskedCount += 1 }
        recordCount += 1
        let key = (family: UInt8(family == .ipv4 ? 0 : 1), hi: masked.hi, lo: masked.lo, length: UInt8(length))
        let pathEnd = pathLength < 0 ? pathStart : pool.count
        if pathLength >= 0 && !hasPaths {
            // The first line with a path: the routes before it get empty ranges.
            hasPaths = true
            pathStarts = Array(repeating: 0, count: prefixes.count)
            pathEnds = pathStarts
            pathStarts.reserveCapacity(prefixes.capacity)
            pathEnds.reserveCapacity(prefixes.capacity)
        }
        if ascending, let last {
            if last == key {
                // The same prefix again: keep the better route, the earlier line on a tie.
                let index = prefixes.count - 1
                if Self.rank(pathLength) < Self.rank(pathLengths[index]) {
                    pathLengths[index] = pathLength
                    if hasPaths {
                        pathStarts[index] = Int32(clamping: pathStart)
                        pathEnds[index] = Int32(clamping: pathEnd)
                    }
                }
                return
            }
            if !(last < key) { ascending = false }
        }
        last = key
        prefixes.append(IPPrefix(family: family, bits: masked, length: length))
        pathLengths.append(pathLength)
        if hasPaths {
            pathStarts.append(Int32(clamping: pathStart))
            pathEnds.append(Int32(clamping: pathEnd))
        }
        lengths.insert(length, family: family)
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
            if lineEnd > lineStart, base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart)
            lineStart = min(next, count)
            // The fast path: a bare IPv4 prefix, then any other bare prefix.
            if let (value, length) = Self.bareIPv4Prefix(line) {
                add(
                    family: .ipv4, bits: Bits128(hi: UInt64(value) << 32, lo: 0), length: length, pathLength: -1,
                    pathStart: pool.count, lineFormat: .prefixes)
                continue
            }
            if let first = line.first, first != UInt8(ascii: "#"), !InternetTableLine.isBlank(first),
                let (family, bits, length) = IPPrefix.parseParts(bytes: line)
            {
                add(
                    family: family, bits: bits, length: length, pathLength: -1, pathStart: pool.count,
                    lineFormat: .prefixes)
                continue
            }
            let pathStart = pool.count
            switch InternetTableLine.read(line, pool: &pool) {
            case .skip:
                break
            case .ignored:
                ignoredCount += 1
            case .route(let lineFormat, let family, let bits, let length, let pathLength):
                add(
                    family: family, bits: bits, length: length,
                    pathLength: pathLength.map { Int32(clamping: $0) } ?? -1,
                    pathStart: pathStart, lineFormat: lineFormat)
            case .failure(let offset, let code, let message):
                let column =
                    String(decoding: UnsafeBufferPointer(rebasing: line.prefix(offset)), as: UTF8.self)
                    .unicodeScalars.count + 1
                return .failure(
                    InputError(code, message, at: SourceLocation(file: file, line: lineNumber, column: column)))
            }
        }
        return .success(lineStart)
    }

    /// A line that is exactly a strict dotted quad (RFC 791, no leading zeros), `/` and a length
    /// from 0 to 32 without a leading zero (what ``IPPrefix/parseParts(bytes:)`` accepts for
    /// IPv4): the address and the length. Nil for anything else, which the general reader then
    /// reads or explains.
    @inline(__always)
    static func bareIPv4Prefix(_ line: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int)? {
        guard let base = line.baseAddress else { return nil }
        let end = line.count
        var index = 0
        var value: UInt32 = 0
        for octetNumber in 0..<4 {
            guard index < end else { return nil }
            let first = base[index] &- UInt8(ascii: "0")
            guard first < 10 else { return nil }
            var octet = UInt32(first)
            index += 1
            if first != 0 {
                for _ in 0..<2 {
                    guard index < end else { break }
                    let digit = base[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { break }
                    octet = octet * 10 + UInt32(digit)
                    index += 1
                }
                guard octet <= 255 else { return nil }
            }
            value = value << 8 | octet
            guard index < end, base[index] == (octetNumber == 3 ? UInt8(ascii: "/") : UInt8(ascii: ".")) else {
                return nil
            }
            index += 1
        }
        guard index < end else { return nil }
        let first = base[index] &- UInt8(ascii: "0")
        guard first < 10 else { return nil }
        var length = Int(first)
        index += 1
        if index < end {
            guard first != 0, index + 1 == end else { return nil }
            let digit = base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            length = length * 10 + Int(digit)
            guard length <= 32 else { return nil }
            index += 1
        }
        return (value, length)
    }
}
