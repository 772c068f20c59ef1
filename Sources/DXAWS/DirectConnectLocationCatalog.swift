import DXCore
import DXInput
import DXModel

/// Every Direct Connect location with its associated Region, from the AWS table
/// "Locations and their associated Regions" (AWS Direct Connect User Guide, Access to AWS Regions,
/// https://docs.aws.amazon.com/directconnect/latest/UserGuide/remote_regions.html).
///
/// One row per (location, associated Region): 159 rows in 36 Regions. The source counts
/// 147 locations because it lists each of the 12 locations with devices for two Regions
/// of the same partition once; `Equinix SV5` (US West and GovCloud) and `IPB GmbH`
/// (Frankfurt and EU Sovereign Cloud) appear in two partitions and are counted twice.
/// Rows keep the source's order within each Region.
///
/// API location codes, with the public source of each, are in ``DirectConnectLocationCodes``;
/// a row's ``DirectConnectLocation/code`` is the spelling of AWS's own examples (`EqDC2`
/// in the AWS CLI and Terraform examples, `EqSV5` in the API reference, `TIVIT` in the AWS CLI
/// examples, where it is "Tivit - Site Transamerica (Sao Paulo)").
public enum DirectConnectLocationCatalog {
    /// All rows, grouped by associated Region in the order of the AWS table.
    public static let all: [DirectConnectLocation] = [
        // US East (N. Virginia) (us-east-1): 13
        .init("165 Halsey Street, Newark, NJ", homeRegion: "us-east-1"),
        .init("CoreSite NY1, New York, NY", homeRegion: "us-east-1"),
        .init("CoreSite VA1, Reston, VA", homeRegion: "us-east-1"),
        .init("Crown Castle, Philadelphia, PA", homeRegion: "us-east-1"),
        .init("Digital Realty ATL13, Atlanta, GA", homeRegion: "us-east-1"),
        .init("Digital Realty IAD38, Ashburn, VA", homeRegion: "us-east-1"),
        .init("Equinix DA2, Dallas, TX", homeRegion: "us-east-1"),
        .init("Equinix DC2/DC11, Ashburn, VA", code: "EqDC2", homeRegion: "us-east-1"),  // API code (sources above)
        .init("Equinix MI1, Miami, FL", homeRegion: "us-east-1"),
        .init("Equinix NY5, Secaucus, NJ", homeRegion: "us-east-1"),
        .init("KIO Networks QRO 1, Queretaro", homeRegion: "us-east-1"),
        .init("Markley, One Summer Street, Boston, MA", homeRegion: "us-east-1"),
        .init("QTS ATL1, Atlanta, GA", homeRegion: "us-east-1"),
        // US East (Ohio) (us-east-2): 8
        .init("Cologix COL2, Columbus, OH", homeRegion: "us-east-2"),
        .init("Cologix MIN3, Minneapolis, MN", homeRegion: "us-east-2"),
        .init("CoreSite CH1, Chicago, IL", homeRegion: "us-east-2"),
        .init("CyrusOne Aurora A1", homeRegion: "us-east-2"),
        .init("DataBank HOU3, Houston, TX", homeRegion: "us-east-2"),
        .init("Equinix CH2, Chicago, IL", homeRegion: "us-east-2"),
        .init("Netrality Data Centers, Kansas City, MO", homeRegion: "us-east-2"),
        .init("QTS, Chicago, IL", homeRegion: "us-east-2"),
        // US West (N. California) (us-west-1): 7
        .init("CoreSite LA1, Los Angeles, CA", homeRegion: "us-west-1"),
        .init("CoreSite SV4, Santa Clara, CA", homeRegion: "us-west-1"),
        .init("Coresite SV2, Milpitas, CA", homeRegion: "us-west-1"),
        .init("EdgeConnex PHX01, Phoenix, AZ", homeRegion: "us-west-1"),
        .init("Equinix LA3, El Segundo, CA", homeRegion: "us-west-1"),
        .init("Equinix SV5, San Jose, CA", code: "EqSV5", homeRegion: "us-west-1"),  // API code (sources above)
        .init("PhoenixNAP, Phoenix, AZ", homeRegion: "us-west-1"),
        // US West (Oregon) (us-west-2): 9
        .init("AlohaNap, Kapolei, HI", homeRegion: "us-west-2"),
        .init("CoreSite DE1, Denver, CO", homeRegion: "us-west-2"),
        .init("DataBank LAS1", homeRegion: "us-west-2"),
        .init("EdgeConnex, Hillsboro, OR", homeRegion: "us-west-2"),
        .init("Pittock Block, Portland, OR", homeRegion: "us-west-2"),
        .init("Serverfarm LAX1 El Segundo, CA", homeRegion: "us-west-2"),
        .init("Switch SUPERNAP 8, Las Vegas, NV", homeRegion: "us-west-2"),
        .init("TierPoint, Seattle, WA", homeRegion: "us-west-2"),
        .init("Westin Building Exchange, Seattle, WA", homeRegion: "us-west-2"),
        // AWS GovCloud (US-West) (us-gov-west-1): 1
        .init("Equinix SV5, San Jose, CA", homeRegion: "us-gov-west-1"),
        // Canada (Central) (ca-central-1): 6
        .init("Cologix MTL3, Montreal, CAN", homeRegion: "ca-central-1"),
        .init("Cologix VAN2, Vancouver, CAN", homeRegion: "ca-central-1"),
        .init("Cologix VAN3, Vancouver, CAN", homeRegion: "ca-central-1"),
        .init("Equinix TR2, Toronto", homeRegion: "ca-central-1"),
        .init("Telehouse, Toronto, CAN", homeRegion: "ca-central-1"),
        .init("eStruxture, Montreal, CAN", homeRegion: "ca-central-1"),
        // Canada West (Calgary) (ca-west-1): 2
        .init("Equinix CL1, Calgary", homeRegion: "ca-west-1"),
        .init("Equinix CL3, Calgary", homeRegion: "ca-west-1"),
        // Mexico (Central) (mx-central-1): 1
        .init("Equinix MX1, Queretaro", homeRegion: "mx-central-1"),
        // South America (São Paulo) (sa-east-1): 7
        .init("Cirion BNARAGMS, Buenos Aires", homeRegion: "sa-east-1"),
        .init("Cirion LIMAPUCD, Lima", homeRegion: "sa-east-1"),
        .init("Equinix BG1, Bogota", homeRegion: "sa-east-1"),
        .init("Equinix RJ2, Rio de Janeiro, BRA", homeRegion: "sa-east-1"),
        .init("Equinix SP4, Sao Paulo, BRA", homeRegion: "sa-east-1"),
        .init("Sonda Quilicura, Santiago", homeRegion: "sa-east-1"),
        .init("Tivit, Sao Paulo, BRA", code: "TIVIT", homeRegion: "sa-east-1"),  // API code (sources above)
        // Europe (Frankfurt) (eu-central-1): 22
        .init("CDLAN srl Via Caldera 21, Milano", homeRegion: "eu-central-1"),
        .init("CE Colo, Prague, CZE", homeRegion: "eu-central-1"),
        .init("DigiPlex Ulven, Oslo, NOR", homeRegion: "eu-central-1"),
        .init("Digital Realty AMS7, Amsterdam, Netherlands", homeRegion: "eu-central-1"),
        .init("Digital Realty ATH3, Athens, Greece", homeRegion: "eu-central-1"),
        .init("Digital Realty CPH2, Copenhagen, Denmark", homeRegion: "eu-central-1"),
        .init("Digital Realty FRA6, Frankfurt, Germany", homeRegion: "eu-central-1"),
        .init("Digital Realty MAD2, Madrid, Spain", homeRegion: "eu-central-1"),
        .init("Digital Realty MAD3, Madrid, Spain", homeRegion: "eu-central-1"),
        .init(  // also: Europe (Stockholm)
            "Digital Realty STO1, Stockholm, Sweden", homeRegion: "eu-central-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init("Digital Realty VIE2, Vienna, Austria", homeRegion: "eu-central-1"),
        .init("Digital Realty ZUR1, Zurich, Switzerland", homeRegion: "eu-central-1"),
        .init("Equinix AM3, Amsterdam", homeRegion: "eu-central-1"),
        .init("Equinix FR5, Frankfurt, DEU", homeRegion: "eu-central-1"),
        .init("Equinix HE6, Helsinki, FIN", homeRegion: "eu-central-1"),
        .init("Equinix IL4, Istanbul, Türkiye", homeRegion: "eu-central-1"),
        .init("Equinix Itconic MD2, Madrid, ESP", homeRegion: "eu-central-1"),
        .init("Equinix WA1, Warsaw, POL", homeRegion: "eu-central-1"),
        .init("IPB GmbH, Berlin, DEU", homeRegion: "eu-central-1"),
        .init("IPHH H3, Hamburg", homeRegion: "eu-central-1"),
        .init(  // also: Israel (Tel Aviv)
            "MedOne, Israel Haifa, ISR", homeRegion: "eu-central-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: []),
        .init(  // also: Europe (Paris)
            "Telehouse Voltaire, Paris, FRA", homeRegion: "eu-central-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        // Europe (Ireland) (eu-west-1): 11
        .init(  // also: Africa (Cape Town)
            "Teraco CT1, Cape Town, South Africa", homeRegion: "eu-west-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: []),
        .init("Digital Realty DUB2, Dublin, Ireland", homeRegion: "eu-west-1"),
        .init(  // also: Europe (London)
            "Digital Realty LHR20, London, GBR", homeRegion: "eu-west-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init("Digital Realty MRS1, Marseille, France", homeRegion: "eu-west-1"),
        .init("Eircom Clonshaugh, Dublin, IRL", homeRegion: "eu-west-1"),
        .init("Equinix DX1, Dubai UAE", homeRegion: "eu-west-1"),
        .init(  // also: Europe (London)
            "Equinix LD5, Slough, GBR", homeRegion: "eu-west-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init("Equinix LS1, Lisbon", homeRegion: "eu-west-1"),
        .init("Etisalat Smart Hub Data Center, Fujairah, UAE", homeRegion: "eu-west-1"),
        .init("Servecentric Unit 9, Blanchardstown, Dublin", homeRegion: "eu-west-1"),
        .init("Teraco JB1, Johannesburg, South Africa", homeRegion: "eu-west-1"),
        // Europe (London) (eu-west-2): 5
        .init(  // also: Africa (Cape Town)
            "Rack Centre LGS1, Lagos, Nigeria", homeRegion: "eu-west-2",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init(  // also: Europe (Ireland)
            "Digital Realty LHR20, London, GBR", homeRegion: "eu-west-2",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init(  // also: Europe (Ireland)
            "Equinix LD5, Slough, GBR", homeRegion: "eu-west-2",
            portSpeeds: [.gbps(1), .gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init("Equinix MA3, Manchester, GBR", homeRegion: "eu-west-2"),
        .init("Telehouse West, London, GBR", homeRegion: "eu-west-2"),
        // Europe (Paris) (eu-west-3): 3
        .init(  // also: Europe (Frankfurt)
            "Telehouse Voltaire, Paris, FRA", homeRegion: "eu-west-3",
            portSpeeds: [.gbps(1), .gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init("Digital Realty PAR7, Paris, France", homeRegion: "eu-west-3"),
        .init("Equinix PA3, Paris, FRA", homeRegion: "eu-west-3"),
        // Europe (Milan) (eu-south-1): 1
        .init("Equinix ML2, Milano, Italy", homeRegion: "eu-south-1"),
        // Europe (Spain) (eu-south-2): 1
        .init("Equinix BA1, Barcelona, Spain", homeRegion: "eu-south-2"),
        // Europe (Stockholm) (eu-north-1): 2
        .init(  // also: Europe (Frankfurt)
            "Digital Realty STO1, Stockholm, Sweden", homeRegion: "eu-north-1",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init("Equinix Sweden SK1", homeRegion: "eu-north-1"),
        // Europe (Zurich) (eu-central-2): 1
        .init("Equinix ZH5, Zurich, CHE", homeRegion: "eu-central-2"),
        // EU Sovereign Cloud (Germany) (eusc-de-east-1): 2
        .init("Atlas Edge BER001, Berlin, DEU", homeRegion: "eusc-de-east-1"),
        .init("IPB GmbH, Berlin, DEU", homeRegion: "eusc-de-east-1"),
        // Israel (Tel Aviv) (il-central-1): 2
        .init(  // also: Europe (Frankfurt)
            "MedOne, Israel Haifa, ISR", homeRegion: "il-central-1",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init("Edgeconnex, Herzliya, ISR", homeRegion: "il-central-1"),
        // Africa (Cape Town) (af-south-1): 3
        .init("East Africa Data Centres NBO1, Nairobi, Kenya", homeRegion: "af-south-1"),
        .init(  // also: Europe (London)
            "Rack Centre LGS1, Lagos, Nigeria", homeRegion: "af-south-1",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init(  // also: Europe (Ireland)
            "Teraco CT1, Cape Town, South Africa", homeRegion: "af-south-1",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        // Asia Pacific (Mumbai) (ap-south-1): 8
        .init(  // also: Asia Pacific (Hyderabad)
            "STT Hyderabad DC1, Hyderabad, IND", homeRegion: "ap-south-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: []),
        .init(  // also: Asia Pacific (Singapore)
            "Equinix MB1, Mumbai, India", homeRegion: "ap-south-1",
            portSpeeds: [.gbps(1), .gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init("Equinix MB2, Mumbai", homeRegion: "ap-south-1"),
        .init("NetMagic DC2, Bangalore, IND", homeRegion: "ap-south-1"),
        .init("STT Delhi DC2, Delhi, IND", homeRegion: "ap-south-1"),
        .init("STT GDC INDIA PVT. LTD. VSB, Chennai, IND", homeRegion: "ap-south-1"),
        .init("STT Kolkata, DC1", homeRegion: "ap-south-1"),
        .init("Sify Rabale, Mumbai, IND", homeRegion: "ap-south-1"),
        // Asia Pacific (Hyderabad) (ap-south-2): 1
        .init(  // also: Asia Pacific (Mumbai)
            "STT Hyderabad DC1, Hyderabad, IND", homeRegion: "ap-south-2",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        // Asia Pacific (Singapore) (ap-southeast-1): 7
        .init(  // also: Asia Pacific (Malaysia)
            "Menara AIMS, Kuala Lumpur, MYS", homeRegion: "ap-southeast-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init(  // also: Asia Pacific (Malaysia)
            "ePLDT VM2, Makati City", homeRegion: "ap-southeast-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init(  // also: Asia Pacific (Mumbai)
            "Equinix MB1, Mumbai, India", homeRegion: "ap-southeast-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: []),
        .init("Equinix SG2, Singapore, SGP", homeRegion: "ap-southeast-1"),
        .init("Global Switch, Singapore, SGP", homeRegion: "ap-southeast-1"),
        .init("TCC, Bangkok", homeRegion: "ap-southeast-1"),
        .init("iAdvantage MEGA-i, Hong Kong, HKG", homeRegion: "ap-southeast-1"),
        // Asia Pacific (Malaysia) (ap-southeast-5): 4
        .init("CMC Tower, Hanoi, Vietnam", homeRegion: "ap-southeast-5"),
        .init(  // also: Asia Pacific (Singapore)
            "Menara AIMS, Kuala Lumpur, MYS", homeRegion: "ap-southeast-5",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        .init("Telcohub 1 (CX1)", homeRegion: "ap-southeast-5"),
        .init(  // also: Asia Pacific (Singapore)
            "ePLDT VM2, Makati City", homeRegion: "ap-southeast-5",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        // Asia Pacific (Jakarta) (ap-southeast-3): 2
        .init("DCI Indonesia, JK3", homeRegion: "ap-southeast-3"),
        .init("NTT Jakarta 2 Data Center", homeRegion: "ap-southeast-3"),
        // Asia Pacific (Thailand) (ap-southeast-7): 1
        .init("Telehouse Bangkok", homeRegion: "ap-southeast-7"),
        // Asia Pacific (Hong Kong) (ap-east-1): 1
        .init("Equinix HK1, Tsuen Wan, N.T., Hong Kong", homeRegion: "ap-east-1"),
        // Asia Pacific (Taipei) (ap-east-2): 2
        .init("Chief Telecom HD, Taipei, TWN", homeRegion: "ap-east-2"),
        .init(  // also: Asia Pacific (Tokyo)
            "Chunghwa Telecom, Taipei, TWN", homeRegion: "ap-east-2",
            portSpeeds: [.gbps(10), .gbps(100)], macsecSpeeds: [.gbps(10), .gbps(100)]),
        // Asia Pacific (Tokyo) (ap-northeast-1): 6
        .init(  // also: Asia Pacific (Taipei)
            "Chunghwa Telecom, Taipei, TWN", homeRegion: "ap-northeast-1",
            portSpeeds: [.gbps(1), .gbps(10)], macsecSpeeds: [.gbps(10)]),
        .init("AT Tokyo Chuo Data Center, Tokyo, JPN", homeRegion: "ap-northeast-1"),
        .init("Chief Telecom LY, Taipei, TWN", homeRegion: "ap-northeast-1"),
        .init("Equinix OS1, Osaka, JPN", homeRegion: "ap-northeast-1"),
        .init("Equinix TY2, Tokyo, Japan", homeRegion: "ap-northeast-1"),
        .init("NEC Inzai, Japan", homeRegion: "ap-northeast-1"),
        // Asia Pacific (Osaka) (ap-northeast-3): 1
        .init("KDDI Telehouse Osaka 2", homeRegion: "ap-northeast-3"),
        // Asia Pacific (Seoul) (ap-northeast-2): 3
        .init("Digital Realty ICN10, Seoul, KOR", homeRegion: "ap-northeast-2"),
        .init("KINX Gasen, Seoul, KOR", homeRegion: "ap-northeast-2"),
        .init("LG U+ Pyeong-Chon Mega Center, Seoul, KOR", homeRegion: "ap-northeast-2"),
        // Asia Pacific (Sydney) (ap-southeast-2): 9
        .init("CDC Hume 2, Canberra", homeRegion: "ap-southeast-2"),
        .init("Datacom DH6, Auckland", homeRegion: "ap-southeast-2"),
        .init("Equinix SY1 - SY4, Sydney, AUS", homeRegion: "ap-southeast-2"),
        .init("Global Switch SY6, Sydney, AUS", homeRegion: "ap-southeast-2"),
        .init("NEXTDC B2, Brisbane", homeRegion: "ap-southeast-2"),
        .init("NEXTDC C1, Canberra, AUS", homeRegion: "ap-southeast-2"),
        .init("NEXTDC M1, Melbourne, AUS", homeRegion: "ap-southeast-2"),
        .init("NEXTDC P1, Perth, AUS", homeRegion: "ap-southeast-2"),
        .init("NEXTDC S2, Sydney, AUS", homeRegion: "ap-southeast-2"),
        // Asia Pacific (Melbourne) (ap-southeast-4): 1
        .init("Equinix ME2, Melbourne Australia", homeRegion: "ap-southeast-4"),
        // Asia Pacific (New Zealand) (ap-southeast-6): 1
        .init("Spark MDR, Auckland, NZ", homeRegion: "ap-southeast-6"),
        // China (Beijing) (cn-north-1): 3
        .init("CIDS Jiachuang IDC, Beijing, China", homeRegion: "cn-north-1"),
        .init("GDS No. 3 DC, Shanghai, CHN", homeRegion: "cn-north-1"),
        .init("Sinnet Jiuxianqiao IDC, Beijing, China", homeRegion: "cn-north-1"),
        // China (Ningxia) (cn-northwest-1): 2
        .init("Industrial Park IDC, Ningxia, CHN", homeRegion: "cn-northwest-1"),
        .init("Shapotou IDC, Ningxia, China", homeRegion: "cn-northwest-1"),
    ]

    /// The rows that `text` names: an API location code (case-insensitive, any spelling of
    /// ``DirectConnectLocationCodes/all``), the full name,
    /// or the short name before the first comma (`Equinix DC2/DC11`, `Equinix SY1 - SY4`),
    /// case-insensitively and ignoring leading, trailing and repeated spaces. A location with
    /// devices for two Regions yields two rows; pick one with ``location(_:region:)``.
    /// Rows are returned in catalog order; empty when nothing matches.
    public static func matches(_ text: String) -> [DirectConnectLocation] {
        let key = normalized(text)
        // Far longer than every name (canonically equal spellings differ in length by less): no row.
        guard key.utf8.count <= 4 * longestKey + 16 else { return [] }
        return (index[key] ?? []).map { all[$0] }
    }

    /// The row that `text` names in `region`, or nil.
    public static func location(_ text: String, region: String) -> DirectConnectLocation? {
        matches(text).first { $0.homeRegion == region }
    }

    /// The rows associated with a Region, in table order.
    public static func locations(in region: String) -> [DirectConnectLocation] {
        all.filter { $0.homeRegion == region }
    }

    /// The associated Regions of every row that shares this location's name and partition
    /// (itself included), in table order.
    public static func associatedRegions(of location: DirectConnectLocation) -> [String] {
        let partition = RegionCatalog.region(location.homeRegion)?.partition
        return all.filter { $0.name == location.name && RegionCatalog.region($0.homeRegion)?.partition == partition }
            .map(\.homeRegion)
    }

    /// Up to `limit` full location names (or codes) for an unknown `text`: first the names
    /// that contain it (at least 3 characters, case-insensitive), then the nearest codes,
    /// short names and full names by edit distance (``Suggestion``). Deterministic.
    public static func suggestions(for text: String, limit: Int = 3) -> [String] {
        let needle = normalized(text)
        var result: [String] = []
        func add(_ name: String) {
            if result.count < limit, !result.contains(name) { result.append(name) }
        }
        // Counted only as far as needed, and no name can contain a needle with more characters:
        // a megabyte-long value costs no more than a short one.
        if needle.prefix(3).count >= 3 {
            for location in all {
                let name = normalized(location.name)
                if needle.prefix(name.count + 1).count <= name.count, name.contains(needle) { add(location.name) }
            }
        }
        let keys = index.keys.sorted { (index[$0]!.first!, $0) < (index[$1]!.first!, $1) }
        for key in Suggestion.ranked(for: needle, among: keys, limit: limit * 2) {
            for row in index[key]! { add(all[row].name) }
        }
        return result
    }

    /// Lowercased, trimmed, runs of whitespace collapsed to one space.
    static func normalized(_ text: String) -> String {
        // ASCII text (every real name) in one pass over its bytes, with the result of the general
        // path below (ASCII whitespace is 09–0D and 20): that path costs ~50 ms per megabyte.
        var text = text
        let ascii = text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, 256))
            var space = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space = !out.isEmpty
                    continue
                }
                if space {
                    out.append(0x20)
                    space = false
                }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        return ascii ?? text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// UTF-8 length of the longest key of `index`.
    private static let longestKey = index.keys.map(\.utf8.count).max() ?? 0

    /// Normalized codes (``DirectConnectLocationCodes/all``), full names and short names → row
    /// indices (ascending). A code names the rows of its location in its Region's partition.
    private static let index: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        func add(_ key: String, _ row: Int) {
            if !(index[key]?.contains(row) ?? false) { index[key, default: []].append(row) }
        }
        for (row, location) in all.enumerated() {
            add(normalized(location.name), row)
            add(normalized(location.shortName), row)
            if let code = location.code { add(normalized(code), row) }
        }
        for entry in DirectConnectLocationCodes.all {
            let partition = RegionCatalog.region(entry.region)?.partition
            for (row, location) in all.enumerated()
            where location.name == entry.location && RegionCatalog.region(location.homeRegion)?.partition == partition {
                add(normalized(entry.code), row)
            }
        }
        for key in index.keys { index[key]?.sort() }
        return index
    }()
}
