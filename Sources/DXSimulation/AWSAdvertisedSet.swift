import DXAWS
import DXInput
import DXModel
import DXRouting

/// The prefixes AWS advertises on every public VIF, indexed for longest match and more-specifics.
///
/// Source: AWS DX User Guide, "Routing policies and BGP communities" — DX advertises all local and
/// remote AWS Region prefixes (ip-ranges.json; China Region prefixes only in China).
public struct AWSAdvertisedSet: Sendable {
    /// Sorted by prefix.
    public var prefixes: [AWSPrefix]
    /// Prefix → index into `prefixes`.
    public var index: PrefixTrie<Int>
    /// A prefix listed in more than one Region: the first (sorted) Region is used, and it is reported.
    public var multiRegionPrefixes: [IPPrefix]
    /// Of `assumptions.aws_also_advertises`: the prefixes added (``AWSPrefix/isAssumed``), and
    /// those left out because ip-ranges.json lists them already (its entry wins).
    public var assumedCount = 0
    public var assumedAlreadyListed = 0

    /// `alsoAdvertised`: the prefixes AWS is assumed to advertise as well (Docs/Simulation.md,
    /// "What AWS may also advertise"); each not in ip-ranges takes the Region of the longest
    /// ip-ranges prefix covering it, so it is tagged as that Region's prefixes are, and is
    /// untagged (no Region) when none covers it. It belongs to no ip-ranges service.
    public init(ranges: AWSIPRanges, alsoAdvertised: [IPPrefix] = []) {
        // Group the entries by prefix in one sorted pass (cheaper than hashing 17,000 prefixes).
        let entries = ranges.entries.filter { !$0.isChina }.sorted { $0.prefix < $1.prefix }
        var prefixes: [AWSPrefix] = []
        var multiRegion: [IPPrefix] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].prefix == entries[start].prefix { end += 1 }
            let group = entries[start..<end]
            let regions = Array(Set(group.map(\.region))).sorted()
            if regions.count > 1 { multiRegion.append(entries[start].prefix) }
            prefixes.append(
                AWSPrefix(
                    prefix: entries[start].prefix, region: regions[0],
                    services: Array(Set(group.map(\.service))).sorted()))
            start = end
        }
        var index = PrefixTrie<Int>()
        for (position, prefix) in prefixes.enumerated() { index.insert(prefix.prefix, position) }
        if !alsoAdvertised.isEmpty {
            let distinct = Set(alsoAdvertised)
            var added: [AWSPrefix] = []
            for prefix in distinct where index[exact: prefix] == nil {
                let region = index.covering(prefix).first.map { prefixes[$0.value].region } ?? ""
                added.append(AWSPrefix(prefix: prefix, region: region, services: [], isAssumed: true))
            }
            assumedCount = added.count
            assumedAlreadyListed = distinct.count - added.count
            prefixes = (prefixes + added).sorted { $0.prefix < $1.prefix }
            index = PrefixTrie<Int>()
            for (position, prefix) in prefixes.enumerated() { index.insert(prefix.prefix, position) }
        }
        self.prefixes = prefixes
        self.index = index
        self.multiRegionPrefixes = multiRegion
    }

    /// Count of advertised prefixes of one family.
    public func count(_ family: AddressFamily) -> Int { prefixes.lazy.filter { $0.prefix.family == family }.count }
}
