import DXCore
import DXInput
import DXModel
import Foundation

/// An Internet routing table as an ISP would send it (the ISP side of the simulator): one
/// route per prefix, read from a plain prefix list, `prefix as-path` lines or `bgpdump -m`
/// output (see ``InternetTableFormat``), recognised line by line.
///
/// Reading rules:
/// - blank lines and lines starting with `#` are skipped; LF and CRLF line ends both work;
/// - a prefix with host bits set is masked to its network and counted in ``maskedCount``
///   rather than rejected: BGP NLRI carries only `length` significant bits and trailing bits
///   are irrelevant (RFC 4271 §4.3), so a dump may print them. (The real RIS and full-table
///   files in `shared/data` have none.);
/// - when a prefix appears on several lines (bgpdump writes one line per RIS peer), the route
///   with the shortest AS_PATH is kept (RFC 4271 §9.1.2.2 a), a known path beats an unknown
///   one, and the first line seen wins a tie;
/// - a line that is none of the formats is an ``InputError`` at its `file:line:col`.
public struct InternetTable: Sendable {
    /// The prefix of each route, ascending (IPv4 first), each once.
    public private(set) var prefixes: [IPPrefix]
    /// Each route's AS_PATH length (``InternetRoute/asPathLength``), -1 when the table gives no
    /// path. The routes are kept as these parallel arrays (28 bytes a route, no array per path),
    /// which ``SortedPrefixTable`` can share without a copy; ``routes`` builds the route values.
    public private(set) var pathLengths: [Int32]
    /// Route `i`'s AS numbers are `pathPool[pathStarts[i]..<pathEnds[i]]`; both arrays are empty
    /// when no route has a path (a plain prefix list).
    private var pathStarts: [Int32]
    private var pathEnds: [Int32]
    private var pathPool: [UInt32]
    /// The prefix lengths of ``prefixes`` when the parser made them (and so checked they ascend);
    /// nil for tables built from route values.
    private var lengths: PrefixLengths?
    /// The format of the route lines (``InternetTableFormat/mixed`` if they differ).
    public var format: InternetTableFormat
    /// Where the table came from (the path or name given to the parser).
    public var source: String
    /// Route lines read, before duplicates were merged.
    public var recordCount: Int
    /// Route lines with host bits set, which were masked to their network.
    public var maskedCount: Int
    /// bgpdump withdrawal (`W`) and `STATE` lines, which carry no route.
    public var ignoredCount: Int

    /// `routes`: one per prefix, in ascending ``IPPrefix`` order.
    public init(
        routes: [InternetRoute], format: InternetTableFormat, source: String,
        recordCount: Int? = nil, maskedCount: Int = 0, ignoredCount: Int = 0
    ) {
        prefixes = routes.map(\.prefix)
        pathLengths = routes.map { $0.asPathLength.map { Int32(clamping: $0) } ?? -1 }
        var starts: [Int32] = []
        var ends: [Int32] = []
        var pool: [UInt32] = []
        if routes.contains(where: { $0.asPath != nil }) {
            for route in routes {
                starts.append(Int32(clamping: pool.count))
                pool += route.asPath ?? []
                ends.append(Int32(clamping: pool.count))
            }
        }
        pathStarts = starts
        pathEnds = ends
        pathPool = pool
        lengths = nil
        self.format = format
        self.source = source
        self.recordCount = recordCount ?? routes.count
        self.maskedCount = maskedCount
        self.ignoredCount = ignoredCount
    }

    /// The parser's arrays, as the stored properties say; `prefixes` strictly ascending.
    init(
        prefixes: [IPPrefix], pathLengths: [Int32], pathStarts: [Int32], pathEnds: [Int32], pathPool: [UInt32],
        lengths: PrefixLengths, format: InternetTableFormat, source: String, recordCount: Int, maskedCount: Int,
        ignoredCount: Int
    ) {
        self.prefixes = prefixes
        self.pathLengths = pathLengths
        self.pathStarts = pathStarts
        self.pathEnds = pathEnds
        self.pathPool = pathPool
        self.lengths = lengths
        self.format = format
        self.source = source
        self.recordCount = recordCount
        self.maskedCount = maskedCount
        self.ignoredCount = ignoredCount
    }

    /// Prefix → AS_PATH length (-1 when the table gives none) as a ``SortedPrefixTable`` sharing
    /// this table's arrays, with `defaultRoutes` apart (see
    /// ``SortedPrefixTable/init(prefixes:values:defaultRoutes:)``). A parsed table is known to
    /// ascend, so it is taken as it is, without a pass over its million prefixes.
    package func pathLengthTable(defaultRoutes: [(family: AddressFamily, value: Int32)]) -> SortedPrefixTable<Int32> {
        if let lengths {
            return SortedPrefixTable(
                ascending: prefixes, values: pathLengths, lengths: lengths, defaultRoutes: defaultRoutes)
        }
        return SortedPrefixTable(prefixes: prefixes, values: pathLengths, defaultRoutes: defaultRoutes)
    }

    /// Routes in the table, one per prefix.
    public var count: Int { prefixes.count }

    /// One route per prefix, in ascending ``IPPrefix`` order (IPv4 first); built on each call.
    public var routes: [InternetRoute] { prefixes.indices.map(route(at:)) }

    /// Route `index` (in ``prefixes`` order).
    public func route(at index: Int) -> InternetRoute {
        let length = pathLengths[index]
        guard length >= 0 else { return InternetRoute(prefix: prefixes[index], asPath: nil, asPathLength: nil) }
        let path = pathStarts.isEmpty ? [] : Array(pathPool[Int(pathStarts[index])..<Int(pathEnds[index])])
        return InternetRoute(prefix: prefixes[index], asPath: path, asPathLength: Int(length))
    }

    /// Route lines whose prefix was already in the table (``recordCount`` minus routes).
    public var duplicateCount: Int { recordCount - prefixes.count }

    /// A longest-prefix-match index of the routes.
    public func trie() -> PrefixTrie<InternetRoute> {
        var trie = PrefixTrie<InternetRoute>()
        let v4 = prefixes.reduce(0) { $0 + ($1.family == .ipv4 ? 1 : 0) }
        trie.reserveCapacity(v4, for: .ipv4)
        trie.reserveCapacity(prefixes.count - v4, for: .ipv6)
        for index in prefixes.indices { trie.insert(prefixes[index], route(at: index)) }
        return trie
    }

    /// Parses a table from `bytes`; `file` names it in errors and becomes ``source``.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> InternetTable {
        var parser = InternetTableParser(file: file, expectedBytes: bytes.count)
        if let failure = bytes.withUnsafeBufferPointer({ parser.feed($0) }) { throw failure }
        return try parser.finish().get()
    }
}
