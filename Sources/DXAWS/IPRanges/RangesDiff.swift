import DXInput
import DXModel

/// What changed between two ip-ranges.json files, grouped by service and Region, with the
/// 30-day deadline for added Amazon Connect, EC2 and CloudFront ranges.
///
/// Source: Amazon Connect Admin Guide, "Set up your network": new ranges are kept in
/// ip-ranges.json at least 30 days before use, then take traffic over the next two weeks
/// (`connect-ccp-networking`, https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html).
/// `network_border_group` appeared in ip-ranges.json on 2020-04-07 (`aws-ip-ranges-syntax`): an
/// entry without it is compared by prefix, service and Region alone.
public struct RangesDiff: Sendable {
    public struct Stamp: Sendable {
        public var syncToken: String
        public var createDate: String
        public var source: String
    }

    /// The changes of one (service, Region) pair.
    public struct Group: Sendable {
        public var service: String
        public var region: String
        public var added: [IPRangeEntry]
        public var removed: [IPRangeEntry]
        /// NEW's entries whose prefix, service and Region are in OLD too, where one of the two
        /// files has no `network_border_group`: unknown there, so not a change.
        public var borderGroupUnknown: [IPRangeEntry] = []
        /// Whether the 30-day rule applies to the service's added ranges.
        public var hasDeadline: Bool { RangesDiff.deadlineServices.contains(service) }
        /// Whether the group lists an added or removed entry.
        public var hasChanges: Bool { !added.isEmpty || !removed.isEmpty }
    }

    /// Services whose new ranges Amazon Connect agents' firewalls must allow (`connect-ccp-networking`, Option 2).
    public static let deadlineServices = [AWSServiceCode.amazonConnect, AWSServiceCode.ec2, AWSServiceCode.cloudFront]
    /// Days between publication and first use.
    public static let daysBeforeUse = 30
    /// Days of ramp-up after first use until traffic is spread over all ranges.
    public static let rampUpDays = 14

    public var old: Stamp
    public var new: Stamp
    /// Every (service, Region) pair with an added, removed or border-group-unknown entry, sorted.
    public var groups: [Group]

    public var addedCount: Int { groups.reduce(0) { $0 + $1.added.count } }
    public var removedCount: Int { groups.reduce(0) { $0 + $1.removed.count } }
    /// Entries matched by prefix, service and Region because one file lacks `network_border_group`.
    public var borderGroupUnknownCount: Int { groups.reduce(0) { $0 + $1.borderGroupUnknown.count } }
    /// Which file lacks `network_border_group` on the matched entries: "OLD", "NEW" or "OLD and NEW".
    public var borderGroupUnknownIn: String {
        let entries = groups.flatMap(\.borderGroupUnknown)
        let inOld = entries.contains { $0.networkBorderGroup != nil }
        let inNew = entries.contains { $0.networkBorderGroup == nil }
        return inOld && inNew ? "OLD and NEW" : inNew ? "NEW" : "OLD"
    }

    /// The day by which added ranges must be allowed: the new file's createDate + 30 days.
    public var allowBy: UTCDate? { UTCDate(createDate: new.createDate)?.adding(days: Self.daysBeforeUse) }
    /// The day from which traffic reaches added ranges fully: + 2 more weeks.
    public var fullTrafficFrom: UTCDate? { allowBy?.adding(days: Self.rampUpDays) }

    /// Whole days from OLD's createDate to NEW's (negative when OLD is the newer file).
    public var baselineAgeDays: Int? {
        guard let old = UTCDate(createDate: old.createDate), let new = UTCDate(createDate: new.createDate) else {
            return nil
        }
        return new.daysSince(old)
    }

    /// The first day a range published right after OLD may be in use: OLD's createDate + 30 days.
    public var mayBeInUseFrom: UTCDate? { UTCDate(createDate: old.createDate)?.adding(days: Self.daysBeforeUse) }

    /// Whether OLD is more than 30 days older than NEW: a range added in between may have been
    /// published right after OLD, so its 30 days may have run out before NEW was published, and
    /// the deadlines are overdue rather than "allow by" dates.
    public var isOverdue: Bool { (baselineAgeDays ?? 0) > Self.daysBeforeUse }

    /// Entries are compared whole (prefix, service, Region, border group), except that a missing
    /// border group is unknown: the same prefix, service and Region with the border group missing
    /// on one side is neither added nor removed. Filters keep only the given service and Region.
    public static func compute(old: AWSIPRanges, new: AWSIPRanges, service: String? = nil, region: String? = nil)
        -> RangesDiff
    {
        func keep(_ entry: IPRangeEntry) -> Bool {
            (service == nil || entry.service == service) && (region == nil || entry.region == region)
        }
        let before = Set(old.entries.filter(keep))
        let after = Set(new.entries.filter(keep))
        var added = after.subtracting(before)
        var removed = before.subtracting(after)
        let unknown = unknownBorderGroupMatches(added: added, removed: removed)
        added.subtract(unknown.added)
        removed.subtract(unknown.removed)
        var groups: [String: Group] = [:]
        func add(_ entry: IPRangeEntry, _ change: WritableKeyPath<Group, [IPRangeEntry]>) {
            groups[
                "\(entry.service) \(entry.region)",
                default: Group(service: entry.service, region: entry.region, added: [], removed: [])
            ][keyPath: change].append(entry)
        }
        for entry in added { add(entry, \.added) }
        for entry in removed { add(entry, \.removed) }
        for entry in unknown.added { add(entry, \.borderGroupUnknown) }
        let sorted = groups.keys.sorted().map { key -> Group in
            var group = groups[key]!
            group.added.sort()
            group.removed.sort()
            group.borderGroupUnknown.sort()
            return group
        }
        return RangesDiff(
            old: Stamp(syncToken: old.syncToken, createDate: old.createDate, source: old.source),
            new: Stamp(syncToken: new.syncToken, createDate: new.createDate, source: new.source),
            groups: sorted)
    }

    /// Pairs of an added and a removed entry with the same prefix, service and Region where one of
    /// the two has no border group; each entry is paired at most once, in sorted order.
    static func unknownBorderGroupMatches(added: Set<IPRangeEntry>, removed: Set<IPRangeEntry>)
        -> (added: Set<IPRangeEntry>, removed: Set<IPRangeEntry>)
    {
        struct Key: Hashable {
            var prefix: IPPrefix
            var service: String
            var region: String
        }
        func key(_ entry: IPRangeEntry) -> Key {
            Key(prefix: entry.prefix, service: entry.service, region: entry.region)
        }
        var removedByKey: [Key: [IPRangeEntry]] = [:]
        for entry in removed.sorted() { removedByKey[key(entry), default: []].append(entry) }
        var matchedAdded: Set<IPRangeEntry> = []
        var matchedRemoved: Set<IPRangeEntry> = []
        for entry in added.sorted() {
            guard var candidates = removedByKey[key(entry)],
                let index = candidates.firstIndex(where: {
                    ($0.networkBorderGroup == nil) != (entry.networkBorderGroup == nil)
                })
            else { continue }
            matchedAdded.insert(entry)
            matchedRemoved.insert(candidates.remove(at: index))
            removedByKey[key(entry)] = candidates
        }
        return (matchedAdded, matchedRemoved)
    }
}
