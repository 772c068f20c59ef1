import DXCore
import DXModel

/// Every AWS Region the planner knows: the 36 Regions associated with Direct Connect
/// locations (`dx-locations`
/// https://docs.aws.amazon.com/directconnect/latest/UserGuide/remote_regions.html) plus
/// every other `region` value in the ip-ranges.json snapshot of 2026-08-22 (`aws-ip-ranges-json`
/// https://ip-ranges.amazonaws.com/ip-ranges.json).
///
/// Names come from the DX locations table where a Region appears there. Names of the
/// other Regions are standard AWS names not given in the cited pages (`me-central-1`, `me-south-1`,
/// `us-gov-east-1`) or assumed (marked "Name assumed" in ``all``). Continent and partition follow the
/// code prefix (``Continent/defaultContinent(forRegionCode:)``).
public enum RegionCatalog {
    /// All known Regions, sorted by code.
    public static let all: [Region] = [
        make("af-south-1", "Africa (Cape Town)", connect: true),
        make("ap-east-1", "Asia Pacific (Hong Kong)"),
        make("ap-east-2", "Asia Pacific (Taipei)"),
        make("ap-northeast-1", "Asia Pacific (Tokyo)", connect: true),
        make("ap-northeast-2", "Asia Pacific (Seoul)", connect: true),
        make("ap-northeast-3", "Asia Pacific (Osaka)"),
        make("ap-south-1", "Asia Pacific (Mumbai)"),
        make("ap-south-2", "Asia Pacific (Hyderabad)"),
        make("ap-southeast-1", "Asia Pacific (Singapore)", connect: true),
        make("ap-southeast-2", "Asia Pacific (Sydney)", connect: true),
        make("ap-southeast-3", "Asia Pacific (Jakarta)"),
        make("ap-southeast-4", "Asia Pacific (Melbourne)"),
        make("ap-southeast-5", "Asia Pacific (Malaysia)"),
        make("ap-southeast-6", "Asia Pacific (New Zealand)"),
        make("ap-southeast-7", "Asia Pacific (Thailand)"),
        make("ca-central-1", "Canada (Central)", connect: true),
        make("ca-west-1", "Canada West (Calgary)"),
        make("cn-north-1", "China (Beijing)"),
        make("cn-northwest-1", "China (Ningxia)"),
        make("eu-central-1", "Europe (Frankfurt)", connect: true),
        make("eu-central-2", "Europe (Zurich)"),
        make("eu-north-1", "Europe (Stockholm)"),
        make("eu-south-1", "Europe (Milan)"),
        make("eu-south-2", "Europe (Spain)"),
        make("eu-west-1", "Europe (Ireland)"),
        make("eu-west-2", "Europe (London)", connect: true),
        make("eu-west-3", "Europe (Paris)"),
        make("eusc-de-east-1", "EU Sovereign Cloud (Germany)"),
        make("il-central-1", "Israel (Tel Aviv)"),
        // Standard AWS name; not in the cited pages (only in ip-ranges.json).
        make("me-central-1", "Middle East (UAE)"),
        // Standard AWS name; not in the cited pages (only in ip-ranges.json).
        make("me-south-1", "Middle East (Bahrain)"),
        // Name assumed: the code is in ip-ranges.json 2026-08-22 (`aws-ip-ranges-json`) but in no cited page.
        make("me-west-1", "Middle East (Saudi Arabia)"),
        make("mx-central-1", "Mexico (Central)"),
        make("sa-east-1", "South America (São Paulo)"),
        // Name assumed: the code is in ip-ranges.json 2026-08-22 (`aws-ip-ranges-json`) but in no cited page.
        make("sa-west-1", "South America (Chile)"),
        make("us-east-1", "US East (N. Virginia)", connect: true),
        make("us-east-2", "US East (Ohio)"),
        // Standard AWS name; not in the cited pages (only in ip-ranges.json and the CCP page's S3 table).
        make("us-gov-east-1", "AWS GovCloud (US-East)"),
        make("us-gov-west-1", "AWS GovCloud (US-West)", connect: true),
        // Name assumed: the code is in ip-ranges.json 2026-08-22 (`aws-ip-ranges-json`) but in no cited page.
        make("us-south-1", "US South"),
        make("us-west-1", "US West (N. California)"),
        make("us-west-2", "US West (Oregon)", connect: true),
    ]

    /// The Region with exactly this code (codes are lowercase), or nil.
    public static func region(_ code: String) -> Region? {
        byCode[code]
    }

    /// The Regions where Amazon Connect runs — `connect-regions`, `connect-endpoints`
    /// https://docs.aws.amazon.com/connect/latest/adminguide/regions.html
    public static var amazonConnectRegions: [Region] {
        all.filter(\.runsAmazonConnect)
    }

    /// The closest known Region code to a mistyped one ("us-est-1" → "us-east-1"), or nil
    /// when nothing is close (see ``Suggestion/closest(to:among:)``).
    public static func nearest(_ code: String) -> String? {
        Suggestion.closest(to: code, among: all.map(\.code))
    }

    /// The Region a network border group belongs to: the Region itself, or the parent of a
    /// Local Zone / Wavelength Zone group (`us-east-1-bos-1` → `us-east-1`). Nil for
    /// `GLOBAL` and for groups that do not start with a known Region code.
    public static func regionCode(forBorderGroup group: String) -> String? {
        if byCode[group] != nil { return group }
        return all.map(\.code)
            .filter { group.hasPrefix($0 + "-") }
            .max { $0.count < $1.count }
    }

    private static let byCode: [String: Region] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    private static func make(_ code: String, _ name: String, connect: Bool = false) -> Region {
        let partition: Partition
        switch code.split(separator: "-").first {
        case "us" where code.hasPrefix("us-gov-"): partition = .awsUsGov
        case "cn": partition = .awsCn
        case "eusc": partition = .awsEusc
        default: partition = .aws
        }
        guard let continent = Continent.defaultContinent(forRegionCode: code) else {
            preconditionFailure("no continent for Region code \(code)")
        }
        return Region(code: code, name: name, continent: continent, partition: partition, runsAmazonConnect: connect)
    }
}
