import DXInput
import DXModel
import DXRouting

/// Builds the `accept_services` filter: exact-or-longer entries, because AWS may advertise a
/// listed prefix as more specifics (`aws-ip-ranges-syntax`, "ip_prefix"), and exact exceptions so
/// that the router accepts exactly the routes the simulator accepts among those AWS advertises.
///
/// The wanted prefixes are aggregated first (PrefixAggregator, identical to Python's
/// collapse_addresses): each block `B le 32` (`le 128`) matches every wanted prefix and any future
/// more-specific of one, and an advertised prefix inside it that the services do not list is an
/// exact exception, checked before the blocks. Where that needs more lines than listing the
/// outermost wanted prefixes of the block (with the exceptions inside them), those are listed. So the list stays short and matches, among the
/// routes AWS advertises, exactly the wanted ones (issue #5: "large prefix sets are aggregated
/// first").
public enum PrefixListPlanner {
    /// The filter for `wanted` among the advertised prefixes in `universe`.
    public static func filter(wanted: [IPPrefix], universe: PrefixTrie<Int>) -> ServiceFilter {
        let wantedSet = Set(wanted)
        var entries: [PrefixListEntry] = []
        var exceptions: [IPPrefix] = []
        for block in PrefixAggregator.collapse(wanted) {
            let inside = universe.moreSpecifics(of: block).map(\.prefix)
            let unwanted = inside.filter { !wantedSet.contains($0) }
            // The block alone needs every unwanted prefix inside it as an exception; the outermost
            // wanted prefixes need only those inside them. Take the shorter list.
            let outermost = inside.filter { prefix in
                wantedSet.contains(prefix)
                    && !universe.covering(prefix).contains { $0.prefix != prefix && wantedSet.contains($0.prefix) }
            }
            let underOutermost = unwanted.filter { prefix in outermost.contains { $0.contains(prefix) } }
            if 1 + unwanted.count <= outermost.count + underOutermost.count {
                entries.append(PrefixListEntry(prefix: block, upTo: block.family.maxPrefixLength))
                exceptions += unwanted
            } else {
                entries += outermost.map { PrefixListEntry(prefix: $0, upTo: $0.family.maxPrefixLength) }
                exceptions += underOutermost
            }
        }
        return ServiceFilter(entries: entries.sorted(), exceptions: Array(Set(exceptions)).sorted())
    }

    /// The wanted prefixes that lie inside a shorter advertised prefix the services do not list:
    /// an exact-or-longer filter never matches that aggregate (`accept-services-aggregate`).
    public static func coveringAggregates(wanted: [IPPrefix], universe: PrefixTrie<Int>) -> [(
        prefix: IPPrefix, aggregate: IPPrefix
    )] {
        let wantedSet = Set(wanted)
        var result: [(prefix: IPPrefix, aggregate: IPPrefix)] = []
        for prefix in wanted.sorted() {
            let covering = universe.covering(prefix).map(\.prefix).filter {
                $0.length < prefix.length && !wantedSet.contains($0)
            }
            if let aggregate = covering.max(by: { $0.length < $1.length }) {
                result.append((prefix, aggregate))
            }
        }
        return result
    }
}

/// An `accept_services` filter: exact prefixes AWS advertises that the services do not list
/// (checked first, rejected), then exact-or-longer blocks (accepted).
public struct ServiceFilter: Hashable, Sendable {
    public var entries: [PrefixListEntry]
    public var exceptions: [IPPrefix]

    public init(entries: [PrefixListEntry], exceptions: [IPPrefix] = []) {
        self.entries = entries
        self.exceptions = exceptions
    }

    /// Whether the filter accepts `prefix`.
    public func matches(_ prefix: IPPrefix) -> Bool {
        !exceptions.contains(prefix) && entries.contains { $0.matches(prefix) }
    }
}
