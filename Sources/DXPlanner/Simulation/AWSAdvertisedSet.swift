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

    public init(ranges: AWSIPRanges) {
        var regions: [IPPrefix: Set<String>] = [:]
        var services: [IPPrefix: Set<String>] = [:]
        for entry in ranges.entries where !entry.isChina {
            regions[entry.prefix, default: []].insert(entry.region)
            services[entry.prefix, default: []].insert(entry.service)
        }
        var prefixes: [AWSPrefix] = []
        var multiRegion: [IPPrefix] = []
        prefixes.reserveCapacity(regions.count)
        for prefix in regions.keys.sorted() {
            let listed = regions[prefix]!.sorted()
            if listed.count > 1 { multiRegion.append(prefix) }
            prefixes.append(AWSPrefix(prefix: prefix, region: listed[0], services: services[prefix]!.sorted()))
        }
        var index = PrefixTrie<Int>()
        for (position, prefix) in prefixes.enumerated() { index.insert(prefix.prefix, position) }
        self.prefixes = prefixes
        self.index = index
        self.multiRegionPrefixes = multiRegion
    }

    /// Count of advertised prefixes of one family.
    public func count(_ family: AddressFamily) -> Int { prefixes.lazy.filter { $0.prefix.family == family }.count }
}
