import DXInput
import DXModel
import DXRouting

/// Shortens a prefix list without changing what it matches among the routes AWS can send.
///
/// The wanted prefixes are aggregated (PrefixAggregator, identical to Python's collapse_addresses);
/// an aggregate `P upTo L` is used only when every advertised prefix inside P up to length L is
/// wanted, otherwise the wanted prefixes inside P are listed exactly. So the router accepts exactly
/// the routes the simulator accepts (issue #5: "large prefix sets are aggregated first").
public enum PrefixListPlanner {
    public static func entries(wanted: [IPPrefix], universe: PrefixTrie<Int>) -> [PrefixListEntry] {
        let wantedSet = Set(wanted)
        var entries: [PrefixListEntry] = []
        for block in PrefixAggregator.collapse(wanted) {
            let inside = universe.moreSpecifics(of: block).map(\.prefix)
            let wantedInside = inside.filter(wantedSet.contains)
            if wantedInside.count == 1 && wantedInside[0] == block {
                entries.append(PrefixListEntry(prefix: block))
            } else if !wantedInside.isEmpty && wantedInside.count == inside.count {
                entries.append(PrefixListEntry(prefix: block, upTo: wantedInside.map(\.length).max()!))
            } else {
                entries += wantedInside.map { PrefixListEntry(prefix: $0) }
            }
        }
        return entries.sorted()
    }
}
