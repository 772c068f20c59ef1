import DXAWS

/// The prefixes the allow-list gained since an older ip-ranges.json (`--since`), with the day
/// they must be allowed by (new createDate + 30 days) and the day they carry full traffic
/// (+ 14 more days) — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct AllowListAdditions: Sendable {
    public var old: RangesDiff.Stamp
    public var new: RangesDiff.Stamp
    /// Added AMAZON_CONNECT, EC2 and CLOUDFRONT entries this allow-list selects, ascending.
    public var added: [IPRangeEntry]
    /// Removed entries of the same selection, ascending.
    public var removed: [IPRangeEntry]
    /// Added AMAZON_CONNECT, EC2 and CLOUDFRONT entries of other Regions (not in this list).
    public var otherRegionsAdded: Int
    public var allowBy: UTCDate?
    public var fullTrafficFrom: UTCDate?
    /// The older file is more than 30 days older than the newer one: an addition may already be in
    /// use, so its deadline has passed (``RangesDiff/isOverdue``) and no "allow by" date is given.
    public var overdue: Bool
    /// When ``overdue``: the older file's createDate + 30 days, the first day an addition may be used.
    public var mayBeInUseFrom: UTCDate?

    public init(
        old: RangesDiff.Stamp, new: RangesDiff.Stamp, added: [IPRangeEntry], removed: [IPRangeEntry],
        otherRegionsAdded: Int,
        allowBy: UTCDate?, fullTrafficFrom: UTCDate?, overdue: Bool = false, mayBeInUseFrom: UTCDate? = nil
    ) {
        self.old = old
        self.new = new
        self.added = added
        self.removed = removed
        self.otherRegionsAdded = otherRegionsAdded
        self.allowBy = allowBy
        self.fullTrafficFrom = fullTrafficFrom
        self.overdue = overdue
        self.mayBeInUseFrom = mayBeInUseFrom
    }
}
