import DXCore
import DXInput
import DXModel

/// Every Direct Connect API location code dxplan knows, each with the public source it was seen
/// in (``DirectConnectLocationCodeSource``), mapped to the catalog row it denotes by the
/// source's Region and location name (Docs/Catalogs.md lists the evidence).
///
/// AWS publishes no list of codes; `aws directconnect describe-locations` returns those of one
/// Region. Only codes seen in a source are here, none is derived from a name. Codes are unique
/// case-insensitively. Rows are grouped like ``DirectConnectLocationCatalog/all`` (by associated
/// Region in the order of the AWS table "Locations and their associated Regions",
/// https://docs.aws.amazon.com/directconnect/latest/UserGuide/remote_regions.html).
///
/// Mapping notes: `TNDB` is "NAP do Brasil, Barueri, Sao Paulo" in the AWS CLI example and
/// "Equinix SP4" (sa-east-1) in the 2026 `describe-locations` data; `EQIL4` is "Equinix IL4
/// Istanbul" there; `EqSe2` became `EqSe2-EQ` and `EqSe2-WBE` in 2020 (terraform-provider-aws
/// #15151), which `describe-locations` names "Westin Building Exchange, Seattle, WA | …" and
/// which dx-location-details lists as `EQSE2` "Westin Building Exchange" (us-west-2).
/// The GovCloud device of Equinix SV5 has no known code.
public enum DirectConnectLocationCodes {
    /// Codes of catalog locations.
    public static let all: [DirectConnectLocationCode] = [
        .init("165HS", "165 Halsey Street, Newark, NJ", region: "us-east-1", [.dxLocationDetails]),
        .init("CS32A", "CoreSite NY1, New York, NY", region: "us-east-1", [.dxLocationDetails]),
        .init("CSVA1", "CoreSite VA1, Reston, VA", region: "us-east-1", [.awsCLIExamples, .dxLocationDetails]),
        .init("LGT50", "Crown Castle, Philadelphia, PA", region: "us-east-1", [.dxLocationDetails]),
        .init("TLXA1", "Digital Realty ATL13, Atlanta, GA", region: "us-east-1", [.dxLocationDetails]),
        .init("TLLPJ", "Digital Realty IAD38, Ashburn, VA", region: "us-east-1", [.dxLocationDetails]),
        .init("EQDA2", "Equinix DA2, Dallas, TX", region: "us-east-1", [.dxLocationDetails]),
        .init(
            "EqDC2", "Equinix DC2/DC11, Ashburn, VA", region: "us-east-1",
            [.awsCLIExamples, .terraformAWSProviderDocs, .dxLocationDetails]),
        .init("EQMI1", "Equinix MI1, Miami, FL", region: "us-east-1", [.dxLocationDetails]),
        .init("EQNY5", "Equinix NY5, Secaucus, NJ", region: "us-east-1", [.dxLocationDetails]),
        .init("KIOQ1", "KIO Networks QRO 1, Queretaro", region: "us-east-1", [.dxLocationDetails]),
        .init("MB1SD", "Markley, One Summer Street, Boston, MA", region: "us-east-1", [.dxLocationDetails]),
        .init("QTDC2", "QTS ATL1, Atlanta, GA", region: "us-east-1", [.dxLocationDetails]),
        .init("COL67", "Cologix COL2, Columbus, OH", region: "us-east-2", [.dxLocationDetails]),
        .init("COLM3", "Cologix MIN3, Minneapolis, MN", region: "us-east-2", [.dxLocationDetails]),
        .init("CSCH1", "CoreSite CH1, Chicago, IL", region: "us-east-2", [.dxLocationDetails]),
        .init("CYOA1", "CyrusOne Aurora A1", region: "us-east-2", [.dxLocationDetails]),
        .init("CYOW3", "DataBank HOU3, Houston, TX", region: "us-east-2", [.dxLocationDetails]),
        .init("EQC50", "Equinix CH2, Chicago, IL", region: "us-east-2", [.dxLocationDetails]),
        .init("NPKC1", "Netrality Data Centers, Kansas City, MO", region: "us-east-2", [.dxLocationDetails]),
        .init("QTS52", "QTS, Chicago, IL", region: "us-east-2", [.dxLocationDetails]),
        .init("CSOW", "CoreSite LA1, Los Angeles, CA", region: "us-west-1", [.dxLocationDetails]),
        .init("CSSV4", "CoreSite SV4, Santa Clara, CA", region: "us-west-1", [.dxLocationDetails]),
        .init("CSSV2", "Coresite SV2, Milpitas, CA", region: "us-west-1", [.dxLocationDetails]),
        .init("ECPH1", "EdgeConnex PHX01, Phoenix, AZ", region: "us-west-1", [.dxLocationDetails]),
        .init("EQLA3", "Equinix LA3, El Segundo, CA", region: "us-west-1", [.dxLocationDetails]),
        .init(
            "EqSV5", "Equinix SV5, San Jose, CA", region: "us-west-1",
            [.directConnectAPIExample, .dxLocationDetails]),
        .init("PNP51", "PhoenixNAP, Phoenix, AZ", region: "us-west-1", [.dxLocationDetails]),
        .init("ALN91", "AlohaNap, Kapolei, HI", region: "us-west-2", [.dxLocationDetails]),
        .init("CSDE1", "CoreSite DE1, Denver, CO", region: "us-west-2", [.dxLocationDetails]),
        .init("DBLV1", "DataBank LAS1", region: "us-west-2", [.dxLocationDetails]),
        .init("ECPO1", "EdgeConnex, Hillsboro, OR", region: "us-west-2", [.dxLocationDetails]),
        .init("PEH51", "Pittock Block, Portland, OR", region: "us-west-2", [.dxLocationDetails]),
        .init("T5ALA", "Serverfarm LAX1 El Segundo, CA", region: "us-west-2", [.dxLocationDetails]),
        .init("SNAP", "Switch SUPERNAP 8, Las Vegas, NV", region: "us-west-2", [.dxLocationDetails]),
        .init("TPS19", "TierPoint, Seattle, WA", region: "us-west-2", [.dxLocationDetails]),
        .init(
            "EqSe2", "Westin Building Exchange, Seattle, WA", region: "us-west-2",
            [.terraformAWSProviderIssue15151, .dxLocationDetails]),
        .init(
            "EqSe2-EQ", "Westin Building Exchange, Seattle, WA", region: "us-west-2",
            [.terraformAWSProviderIssue15151, .terraformAWSCCExamples, .terraformIssue28526]),
        .init(
            "EqSe2-WBE", "Westin Building Exchange, Seattle, WA", region: "us-west-2",
            [.terraformAWSProviderIssue15151]),
        .init("CGM60", "Cologix MTL3, Montreal, CAN", region: "ca-central-1", [.dxLocationDetails]),
        .init("COLV2", "Cologix VAN2, Vancouver, CAN", region: "ca-central-1", [.dxLocationDetails]),
        .init("COLV3", "Cologix VAN3, Vancouver, CAN", region: "ca-central-1", [.dxLocationDetails]),
        .init("EQTR2", "Equinix TR2, Toronto", region: "ca-central-1", [.dxLocationDetails]),
        .init("151FS", "Telehouse, Toronto, CAN", region: "ca-central-1", [.dxLocationDetails]),
        .init("NTM62", "eStruxture, Montreal, CAN", region: "ca-central-1", [.dxLocationDetails]),
        .init("EQCL1", "Equinix CL1, Calgary", region: "ca-west-1", [.dxLocationDetails]),
        .init("EQCL3", "Equinix CL3, Calgary", region: "ca-west-1", [.dxLocationDetails]),
        .init("EQMX1", "Equinix MX1, Queretaro", region: "mx-central-1", [.dxLocationDetails]),
        .init("CIBNA", "Cirion BNARAGMS, Buenos Aires", region: "sa-east-1", [.dxLocationDetails]),
        .init("CILIM", "Cirion LIMAPUCD, Lima", region: "sa-east-1", [.dxLocationDetails]),
        .init("EQBG1", "Equinix BG1, Bogota", region: "sa-east-1", [.dxLocationDetails]),
        .init("EQRJ2", "Equinix RJ2, Rio de Janeiro, BRA", region: "sa-east-1", [.dxLocationDetails]),
        .init("TNDB", "Equinix SP4, Sao Paulo, BRA", region: "sa-east-1", [.awsCLIExamples, .dxLocationDetails]),
        .init("SONQU", "Sonda Quilicura, Santiago", region: "sa-east-1", [.dxLocationDetails]),
        .init("TIVIT", "Tivit, Sao Paulo, BRA", region: "sa-east-1", [.awsCLIExamples, .dxLocationDetails]),
        .init("CDSR1", "CDLAN srl Via Caldera 21, Milano", region: "eu-central-1", [.dxLocationDetails]),
        .init("CEC50", "CE Colo, Prague, CZE", region: "eu-central-1", [.dxLocationDetails]),
        .init("DGPU1", "DigiPlex Ulven, Oslo, NOR", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXA7", "Digital Realty AMS7, Amsterdam, Netherlands", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXA1", "Digital Realty ATH3, Athens, Greece", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXC2", "Digital Realty CPH2, Copenhagen, Denmark", region: "eu-central-1", [.dxLocationDetails]),
        .init("INX6", "Digital Realty FRA6, Frankfurt, Germany", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXM2", "Digital Realty MAD2, Madrid, Spain", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXM3", "Digital Realty MAD3, Madrid, Spain", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXS1", "Digital Realty STO1, Stockholm, Sweden", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXV2", "Digital Realty VIE2, Vienna, Austria", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXZ1", "Digital Realty ZUR1, Zurich, Switzerland", region: "eu-central-1", [.dxLocationDetails]),
        .init("EQAM3", "Equinix AM3, Amsterdam", region: "eu-central-1", [.dxLocationDetails]),
        .init("EQFA5", "Equinix FR5, Frankfurt, DEU", region: "eu-central-1", [.dxLocationDetails]),
        .init("EQHE6", "Equinix HE6, Helsinki, FIN", region: "eu-central-1", [.dxLocationDetails]),
        .init("EQIL4", "Equinix IL4, Istanbul, Türkiye", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITCM2", "Equinix Itconic MD2, Madrid, ESP", region: "eu-central-1", [.dxLocationDetails]),
        .init("EQWA1", "Equinix WA1, Warsaw, POL", region: "eu-central-1", [.dxLocationDetails]),
        .init("IPB50", "IPB GmbH, Berlin, DEU", region: "eu-central-1", [.dxLocationDetails]),
        .init("IPHH3", "IPHH H3, Hamburg", region: "eu-central-1", [.dxLocationDetails]),
        .init("MOILH", "MedOne, Israel Haifa, ISR", region: "eu-central-1", [.dxLocationDetails]),
        .init("THV52", "Telehouse Voltaire, Paris, FRA", region: "eu-central-1", [.dxLocationDetails]),
        .init("ITXD2", "Digital Realty DUB2, Dublin, Ireland", region: "eu-west-1", [.dxLocationDetails]),
        .init("TCSH", "Digital Realty LHR20, London, GBR", region: "eu-west-1", [.dxLocationDetails]),
        .init("ITXM1", "Digital Realty MRS1, Marseille, France", region: "eu-west-1", [.dxLocationDetails]),
        .init("EIRCL", "Eircom Clonshaugh, Dublin, IRL", region: "eu-west-1", [.dxLocationDetails]),
        .init("EQDX1", "Equinix DX1, Dubai UAE", region: "eu-west-1", [.dxLocationDetails]),
        .init("EQLD5", "Equinix LD5, Slough, GBR", region: "eu-west-1", [.dxLocationDetails]),
        .init("EQLS1", "Equinix LS1, Lisbon", region: "eu-west-1", [.dxLocationDetails]),
        .init("ETIFJ", "Etisalat Smart Hub Data Center, Fujairah, UAE", region: "eu-west-1", [.dxLocationDetails]),
        .init("SCDB9", "Servecentric Unit 9, Blanchardstown, Dublin", region: "eu-west-1", [.dxLocationDetails]),
        .init("TEJB1", "Teraco JB1, Johannesburg, South Africa", region: "eu-west-1", [.dxLocationDetails]),
        .init("EQMA3", "Equinix MA3, Manchester, GBR", region: "eu-west-2", [.dxLocationDetails]),
        .init("THNO2", "Telehouse West, London, GBR", region: "eu-west-2", [.dxLocationDetails]),
        .init("ITXP7", "Digital Realty PAR7, Paris, France", region: "eu-west-3", [.dxLocationDetails]),
        .init("EQPA3", "Equinix PA3, Paris, FRA", region: "eu-west-3", [.dxLocationDetails]),
        .init("EQML2", "Equinix ML2, Milano, Italy", region: "eu-south-1", [.dxLocationDetails]),
        .init("EQBA1", "Equinix BA1, Barcelona, Spain", region: "eu-south-2", [.dxLocationDetails]),
        .init("EQSK1", "Equinix Sweden SK1", region: "eu-north-1", [.dxLocationDetails]),
        .init("EQZH5", "Equinix ZH5, Zurich, CHE", region: "eu-central-2", [.dxLocationDetails]),
        .init("AEBTF", "Atlas Edge BER001, Berlin, DEU", region: "eusc-de-east-1", [.dxLocationDetails]),
        .init("IPBTF", "IPB GmbH, Berlin, DEU", region: "eusc-de-east-1", [.dxLocationDetails]),
        .init("ECTL1", "Edgeconnex, Herzliya, ISR", region: "il-central-1", [.dxLocationDetails]),
        .init("EANB1", "East Africa Data Centres NBO1, Nairobi, Kenya", region: "af-south-1", [.dxLocationDetails]),
        .init("RCL1", "Rack Centre LGS1, Lagos, Nigeria", region: "af-south-1", [.dxLocationDetails]),
        .init("TECT1", "Teraco CT1, Cape Town, South Africa", region: "af-south-1", [.dxLocationDetails]),
        .init("TCHY1", "STT Hyderabad DC1, Hyderabad, IND", region: "ap-south-1", [.dxLocationDetails]),
        .init("GPX51", "Equinix MB1, Mumbai, India", region: "ap-south-1", [.dxLocationDetails]),
        .init("EQMB2", "Equinix MB2, Mumbai", region: "ap-south-1", [.dxLocationDetails]),
        .init("NMBL2", "NetMagic DC2, Bangalore, IND", region: "ap-south-1", [.dxLocationDetails]),
        .init("TCDE2", "STT Delhi DC2, Delhi, IND", region: "ap-south-1", [.dxLocationDetails]),
        .init("TCDC1", "STT GDC INDIA PVT. LTD. VSB, Chennai, IND", region: "ap-south-1", [.dxLocationDetails]),
        .init("TCDK1", "STT Kolkata, DC1", region: "ap-south-1", [.dxLocationDetails]),
        .init("SFY52", "Sify Rabale, Mumbai, IND", region: "ap-south-1", [.dxLocationDetails]),
        .init("AIMMN", "Menara AIMS, Kuala Lumpur, MYS", region: "ap-southeast-1", [.dxLocationDetails]),
        .init("EPVM2", "ePLDT VM2, Makati City", region: "ap-southeast-1", [.dxLocationDetails]),
        .init("EQSG2", "Equinix SG2, Singapore, SGP", region: "ap-southeast-1", [.dxLocationDetails]),
        .init("GSS52", "Global Switch, Singapore, SGP", region: "ap-southeast-1", [.dxLocationDetails]),
        .init("TCCBK", "TCC, Bangkok", region: "ap-southeast-1", [.dxLocationDetails]),
        .init("IAMGI", "iAdvantage MEGA-i, Hong Kong, HKG", region: "ap-southeast-1", [.dxLocationDetails]),
        .init("CMCHV", "CMC Tower, Hanoi, Vietnam", region: "ap-southeast-5", [.dxLocationDetails]),
        .init("CSFX1", "Telcohub 1 (CX1)", region: "ap-southeast-5", [.dxLocationDetails]),
        .init("DCIJ3", "DCI Indonesia, JK3", region: "ap-southeast-3", [.dxLocationDetails]),
        .init("JKT02", "NTT Jakarta 2 Data Center", region: "ap-southeast-3", [.dxLocationDetails]),
        .init("THRA9", "Telehouse Bangkok", region: "ap-southeast-7", [.dxLocationDetails]),
        .init("EQHK1", "Equinix HK1, Tsuen Wan, N.T., Hong Kong", region: "ap-east-1", [.dxLocationDetails]),
        .init("CFT54", "Chief Telecom HD, Taipei, TWN", region: "ap-east-2", [.dxLocationDetails]),
        .init("CHT51", "Chunghwa Telecom, Taipei, TWN", region: "ap-east-2", [.dxLocationDetails]),
        .init("ATTC1", "AT Tokyo Chuo Data Center, Tokyo, JPN", region: "ap-northeast-1", [.dxLocationDetails]),
        .init("CFT52", "Chief Telecom LY, Taipei, TWN", region: "ap-northeast-1", [.dxLocationDetails]),
        .init("EQOS1", "Equinix OS1, Osaka, JPN", region: "ap-northeast-1", [.dxLocationDetails]),
        .init("EQTY2", "Equinix TY2, Tokyo, Japan", region: "ap-northeast-1", [.dxLocationDetails]),
        .init("NEIN2", "NEC Inzai, Japan", region: "ap-northeast-1", [.dxLocationDetails]),
        .init("KDOS2", "KDDI Telehouse Osaka 2", region: "ap-northeast-3", [.dxLocationDetails]),
        .init("TLS10", "Digital Realty ICN10, Seoul, KOR", region: "ap-northeast-2", [.dxLocationDetails]),
        .init("LGKNX", "KINX Gasen, Seoul, KOR", region: "ap-northeast-2", [.dxLocationDetails]),
        .init("LGU57", "LG U+ Pyeong-Chon Mega Center, Seoul, KOR", region: "ap-northeast-2", [.dxLocationDetails]),
        .init("CBHU2", "CDC Hume 2, Canberra", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("DCDH6", "Datacom DH6, Auckland", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("EQSY3", "Equinix SY1 - SY4, Sydney, AUS", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("GBSY6", "Global Switch SY6, Sydney, AUS", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("NDCB2", "NEXTDC B2, Brisbane", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("NDCC1", "NEXTDC C1, Canberra, AUS", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("NDCM1", "NEXTDC M1, Melbourne, AUS", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("NDCP1", "NEXTDC P1, Perth, AUS", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("NDCS2", "NEXTDC S2, Sydney, AUS", region: "ap-southeast-2", [.dxLocationDetails]),
        .init("EQME2", "Equinix ME2, Melbourne Australia", region: "ap-southeast-4", [.dxLocationDetails]),
        .init("SPK53", "Spark MDR, Auckland, NZ", region: "ap-southeast-6", [.dxLocationDetails]),
        .init("MOC2", "CIDS Jiachuang IDC, Beijing, China", region: "cn-north-1", [.dxLocationDetails]),
        .init("GDSH3", "GDS No. 3 DC, Shanghai, CHN", region: "cn-north-1", [.dxLocationDetails]),
        .init("GDSZ3", "GDS No. 3 DC, Shanghai, CHN", region: "cn-north-1", [.dxLocationDetails]),
        .init("SINJI", "Sinnet Jiuxianqiao IDC, Beijing, China", region: "cn-north-1", [.dxLocationDetails]),
        .init("IPI50", "Industrial Park IDC, Ningxia, CHN", region: "cn-northwest-1", [.dxLocationDetails]),
        .init("SHP54", "Shapotou IDC, Ningxia, China", region: "cn-northwest-1", [.dxLocationDetails]),
    ]

    /// Codes that `describe-locations` returned in 2026 for locations that the AWS locations table
    /// does not list, so the catalog has no row for them (dx-location-details). A topology that
    /// names one gets an error that says so and suggests `region:` instead.
    public static let unlisted: [DirectConnectLocationCode] = [
        .init("EQMU1", "Equinix MU1", region: "eu-central-1", [.dxLocationDetails]),
        .init("BDC52", "AWS Bahrain DC52", region: "me-south-1", [.dxLocationDetails]),
        .init("BDC53", "AWS Bahrain DC53", region: "me-south-1", [.dxLocationDetails]),
        .init("EQMC1", "Equinix MC1 Barka", region: "me-south-1", [.dxLocationDetails]),
    ]

    /// The code entry for `text` (case-insensitive, surrounding spaces ignored), listed or unlisted.
    public static func entry(_ text: String) -> DirectConnectLocationCode? {
        byCode[DirectConnectLocationCatalog.normalized(text)]
    }

    private static let byCode: [String: DirectConnectLocationCode] = Dictionary(
        (all + unlisted).map { (DirectConnectLocationCatalog.normalized($0.code), $0) },
        uniquingKeysWith: { first, _ in first })
}
