import DXInput
import DXModel

/// What changed between two ip-ranges.json files, grouped by service and Region, with the
/// 30-day deadline for added Amazon Connect, EC2 and CloudFront ranges.
///
/// Source: Amazon Connect Admin Guide, "Set up your network": new ranges are kept in
/// ip-ranges.json at least 30 days before use, then take traffic over the next two weeks
/// (`connect-ccp-networking`, https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html).
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
        /// Whether the 30-day rule applies to the service's added ranges.
        public var hasDeadline: Bool { RangesDiff.deadlineServices.contains(service) }
    }

    /// Services whose new ranges Amazon Connect agents' firewalls must allow (`connect-ccp-networking`, Option 2).
    public static let deadlineServices = [AWSServiceCode.amazonConnect, AWSServiceCode.ec2, AWSServiceCode.cloudFront]
    /// Days between publication and first use.
    public static let daysBeforeUse = 30
    /// Days of ramp-up after first use until traffic is spread over all ranges.
    public static let rampUpDays = 14

    public var old: Stamp
    public var new: Stamp
    public var groups: [Group]

    public var addedCount: Int { groups.reduce(0) { $0 + $1.added.count } }
    public var removedCount: Int { groups.reduce(0) { $0 + $1.removed.count } }

    /// The day by which added ranges must be allowed: the new file's createDate + 30 days.
    public var allowBy: UTCDate? { UTCDate(createDate: new.createDate)?.adding(days: Self.daysBeforeUse) }
    /// The day from which traffic reaches added ranges fully: + 2 more weeks.
    public var fullTrafficFrom: UTCDate? { allowBy?.adding(days: Self.rampUpDays) }

    /// Entries are compared whole (prefix, service, Region, border group); filters keep only
    /// the given service and Region.
    public static func compute(old: AWSIPRanges, new: AWSIPRanges, service: String? = nil, region: String? = nil)
        -> RangesDiff
    {
        func keep(_ entry: IPRangeEntry) -> Bool {
            (service == nil || entry.service == service) && (region == nil || entry.region == region)
        }
        let before = Set(old.entries.filter(keep))
        let after = Set(new.entries.filter(keep))
        var groups: [String: Group] = [:]
        for entry in after.subtracting(before) {
            groups[
                "\(entry.service) \(entry.region)",
                default: Group(service: entry.service, region: entry.region, added: [], removed: [])
            ].added.append(entry)
        }
        for entry in before.subtracting(after) {
            groups[
                "\(entry.service) \(entry.region)",
                default: Group(service: entry.service, region: entry.region, added: [], removed: [])
            ].removed.append(entry)
        }
        let sorted = groups.keys.sorted().map { key -> Group in
            var group = groups[key]!
            group.added.sort()
            group.removed.sort()
            return group
        }
        return RangesDiff(
            old: Stamp(syncToken: old.syncToken, createDate: old.createDate, source: old.source),
            new: Stamp(syncToken: new.syncToken, createDate: new.createDate, source: new.source),
            groups: sorted)
    }
}
