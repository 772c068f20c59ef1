import DXCore
import DXInput
import DXModel

/// Checks that a well-formed ip-ranges.json is also a plausible one, before `ranges update` keeps
/// it or a command (`--ip-ranges`, `$DXPLAN_IP_RANGES`, `ranges diff`) uses it: a file can parse
/// and still be useless or poisonous (no entries, `0.0.0.0/0` as Amazon Connect, a 40-digit
/// syncToken after which every real update looks older).
///
/// What AWS publishes, measured on six real snapshots from 2019-08-30 to 2026-08-22:
/// - every file has AMAZON_CONNECT entries (9 to 36) and EC2 entries (500 to 4,154);
/// - none has a default route;
/// - no prefix is published for two Regions; the only nesting across Regions is a `GLOBAL`
///   prefix covering a Region's more-specific prefix (0 in 2019, 101 in 2021, 247 in 2026). That
///   is the one pattern allowed; a Region's prefix inside another Region's is refused;
/// - `createDate` is the `syncToken` instant written as UTC, to the second, in all six files
///   (``createDateTolerance`` leaves one minute for rounding).
///
/// Source: AWS VPC User Guide, "Syntax for AWS IP address range JSON": syncToken is "the
/// publication time, in Unix epoch time format", createDate "the publication date and time,
/// in UTC YY-MM-DD-hh-mm-ss format" (https://docs.aws.amazon.com/vpc/latest/userguide/aws-ip-syntax.html).
public enum IPRangesSanity {
    /// How far in the future a syncToken may be (clock skew between AWS and this machine).
    public static let futureTolerance: Int64 = 86_400
    /// How far createDate may be from syncToken, in seconds.
    public static let createDateTolerance: Int64 = 60
    /// Services every usable file publishes.
    public static let requiredServices = ["AMAZON_CONNECT", "EC2"]

    /// Throws the first problem, at `file:1:1`; `now` is Unix seconds.
    public static func check(_ ranges: AWSIPRanges, file: String, now: Int64) throws(InputError) {
        if let problem = problem(ranges, now: now) {
            throw InputError(
                .invalidValue, "unusable ip-ranges.json: \(problem)", at: SourceLocation(file: file, line: 1, column: 1)
            )
        }
    }

    /// The first reason `ranges` is not a plausible ip-ranges.json, or nil.
    public static func problem(_ ranges: AWSIPRanges, now: Int64) -> String? {
        if let problem = stampProblem(syncToken: ranges.syncToken, createDate: ranges.createDate, now: now) {
            return problem
        }
        for service in requiredServices where !ranges.entries.contains(where: { $0.service == service }) {
            return "it has no \(service) entries (every published file has)"
        }
        if let index = ranges.entries.firstIndex(where: { $0.prefix.length == 0 }) {
            let entry = ranges.entries[index]
            let name = entryName(index, in: ranges.entries)
            return "\(name) is a default route (\(entry.prefix)); AWS never publishes one"
        }
        return regionProblem(ranges.entries)
    }

    /// A syncToken more than a day ahead of `now`, or a createDate that is not the same instant.
    static func stampProblem(syncToken: String, createDate: String, now: Int64) -> String? {
        let digits = syncToken.drop { $0 == "0" }
        guard digits.count <= 18, let seconds = Int64(digits.isEmpty ? "0" : String(digits)) else {
            return "syncToken \(MessageValue.shown(syncToken)) is not a plausible Unix time (too many digits)"
        }
        if seconds > now + futureTolerance {
            return "syncToken \(seconds) is more than a day in the future"
        }
        guard let date = UTCDate(createDate: createDate) else { return "createDate is not a date" }
        let stamped =
            Int64(UTCDate.days(year: date.year, month: date.month, day: date.day)) * 86_400
            + Int64(date.hour * 3600 + date.minute * 60 + date.second)
        if abs(stamped - seconds) > createDateTolerance {
            let difference = abs(stamped - seconds)
            return "createDate \(createDate) is not the time of syncToken \(seconds) "
                + "(they differ by \(difference) s; AWS writes the same instant)"
        }
        return nil
    }

    /// The same prefix in two Regions, or a prefix inside another Region's, except inside a
    /// `GLOBAL` one.
    static func regionProblem(_ entries: [IPRangeEntry]) -> String? {
        var regions: [IPPrefix: String] = [:]
        for entry in entries {
            if let other = regions[entry.prefix], other != entry.region {
                let pair = [other, entry.region].sorted().map(MessageValue.shown).joined(separator: " and ")
                return "\(entry.prefix) is published for two Regions, \(pair)"
            }
            regions[entry.prefix] = entry.region
        }
        // Sorted by address then length, every prefix's covering prefixes are on the stack.
        var stack: [(prefix: IPPrefix, region: String)] = []
        for prefix in regions.keys.sorted() {
            while let last = stack.last, !last.prefix.contains(prefix) { stack.removeLast() }
            let region = regions[prefix]!
            if let outer = stack.last(where: { $0.region != region && $0.region != IPRangeEntry.global }) {
                return "\(prefix) (\(MessageValue.shown(region))) lies inside "
                    + "\(outer.prefix) (\(MessageValue.shown(outer.region))); "
                    + "only a GLOBAL prefix may cover another Region's"
            }
            stack.append((prefix, region))
        }
        return nil
    }

    /// `prefixes[3]` or `ipv6_prefixes[0]`: entries hold IPv4 then IPv6 in file order.
    static func entryName(_ index: Int, in entries: [IPRangeEntry]) -> String {
        let ipv4 = entries.prefix { $0.prefix.family == .ipv4 }.count
        return index < ipv4 ? "prefixes[\(index)]" : "ipv6_prefixes[\(index - ipv4)]"
    }
}
