import DXInput
import DXModel

/// A parsed ip-ranges.json file: its publication stamp and every entry, IPv4 then IPv6 in file order.
public struct AWSIPRanges: Sendable {
    /// Publication time in Unix epoch seconds, as text.
    public var syncToken: String
    /// `YYYY-MM-DD-hh-mm-ss` (UTC).
    public var createDate: String
    public var entries: [IPRangeEntry]
    /// Where it came from: a path, or "embedded snapshot".
    public var source: String

    public init(syncToken: String, createDate: String, entries: [IPRangeEntry], source: String) {
        self.syncToken = syncToken
        self.createDate = createDate
        self.entries = entries
        self.source = source
    }

    /// The provenance line every ip-ranges-dependent output carries.
    public var provenance: String {
        "ip-ranges.json syncToken \(syncToken), createDate \(createDate)"
    }

    /// The entries of one service (e.g. `AMAZON_CONNECT`), in file order.
    public func entries(service: String) -> [IPRangeEntry] {
        entries.filter { $0.service == service }
    }

    /// The entries whose prefix contains `target` (an address is its host prefix), most specific
    /// first, then in entry order: what `ranges query` lists and `explain` shows.
    public func entries(containing target: IPPrefix) -> [IPRangeEntry] {
        entries.filter { $0.prefix.contains(target) }.sorted {
            $0.prefix.length != $1.prefix.length ? $0.prefix.length > $1.prefix.length : $0 < $1
        }
    }
}
