import DXTestSupport
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

@Suite struct DirectConnectLocationCodesTests {
    typealias Codes = DirectConnectLocationCodes
    typealias Catalog = DirectConnectLocationCatalog

    @Test func everyCodeIsUniqueCaseInsensitively() {
        let keys = (Codes.all + Codes.unlisted).map { $0.code.lowercased() }
        #expect(Set(keys).count == keys.count)
        #expect(Codes.all.count == 149)
        #expect(Codes.unlisted.map(\.code) == ["EQMU1", "BDC52", "BDC53", "EQMC1"])
    }

    @Test func everyCodeHasASourceAndAKnownRegion() {
        for entry in Codes.all + Codes.unlisted {
            #expect(!entry.sources.isEmpty, "\(entry.code)")
            #expect(RegionCatalog.region(entry.region) != nil, "\(entry.code): \(entry.region)")
            #expect(entry.code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, "\(entry.code)")
        }
        for source in DirectConnectLocationCodeSource.allCases {
            #expect(Codes.all.contains { $0.sources.contains(source) }, "\(source) is never cited")
            #expect(source.url.hasPrefix("https://"))
        }
    }

    /// Every code resolves to the rows of its location in its Region's partition, and only those.
    @Test func everyCodeResolvesToItsLocation() {
        for entry in Codes.all {
            let rows = Catalog.matches(entry.code)
            #expect(rows.contains { $0.name == entry.location && $0.homeRegion == entry.region }, "\(entry.code)")
            let partition = RegionCatalog.region(entry.region)?.partition
            for row in rows {
                #expect(row.name == entry.location, "\(entry.code) → \(row.name)")
                #expect(RegionCatalog.region(row.homeRegion)?.partition == partition, "\(entry.code)")
            }
            #expect(Catalog.matches(entry.code.lowercased()) == rows)
            #expect(Catalog.matches(" \(entry.code.uppercased()) ") == rows)
        }
    }

    @Test func unlistedCodesMatchNoRow() {
        for entry in Codes.unlisted {
            #expect(Catalog.matches(entry.code).isEmpty, "\(entry.code)")
            #expect(Catalog.matches(entry.location).isEmpty, "\(entry.location)")
            #expect(Codes.entry(entry.code.lowercased()) == entry)
        }
        #expect(Codes.entry("EqFR5") == nil)
    }

    /// Every row has a code except the GovCloud device of Equinix SV5, whose code no source gives.
    @Test func everyRowButOneHasACode() {
        let without = Catalog.all.filter { Catalog.codes(of: $0).isEmpty }
        #expect(without.map { "\($0.name) \($0.homeRegion)" } == ["Equinix SV5, San Jose, CA us-gov-west-1"])
        for row in Catalog.all {
            if let code = row.code { #expect(Catalog.codes(of: row).contains(code), "\(row.name)") }
        }
    }

    @Test(arguments: [
        ("EqDC2", "Equinix DC2/DC11, Ashburn, VA", ["us-east-1"]),
        ("CSVA1", "CoreSite VA1, Reston, VA", ["us-east-1"]),
        ("csva1", "CoreSite VA1, Reston, VA", ["us-east-1"]),
        ("TIVIT", "Tivit, Sao Paulo, BRA", ["sa-east-1"]),
        ("TNDB", "Equinix SP4, Sao Paulo, BRA", ["sa-east-1"]),
        ("EqSV5", "Equinix SV5, San Jose, CA", ["us-west-1"]),
        ("EQFA5", "Equinix FR5, Frankfurt, DEU", ["eu-central-1"]),
        ("EqFA5", "Equinix FR5, Frankfurt, DEU", ["eu-central-1"]),
        ("EqSe2", "Westin Building Exchange, Seattle, WA", ["us-west-2"]),
        ("EqSe2-EQ", "Westin Building Exchange, Seattle, WA", ["us-west-2"]),
        ("EqSe2-WBE", "Westin Building Exchange, Seattle, WA", ["us-west-2"]),
        ("TCSH", "Digital Realty LHR20, London, GBR", ["eu-west-1", "eu-west-2"]),
        ("EQLD5", "Equinix LD5, Slough, GBR", ["eu-west-1", "eu-west-2"]),
        ("IPB50", "IPB GmbH, Berlin, DEU", ["eu-central-1"]),
        ("IPBTF", "IPB GmbH, Berlin, DEU", ["eusc-de-east-1"]),
        ("GDSH3", "GDS No. 3 DC, Shanghai, CHN", ["cn-north-1"]),
        ("GDSZ3", "GDS No. 3 DC, Shanghai, CHN", ["cn-north-1"]),
        ("ECPO1", "EdgeConnex, Hillsboro, OR", ["us-west-2"]),
        ("ECTL1", "Edgeconnex, Herzliya, ISR", ["il-central-1"]),
        ("EQIL4", "Equinix IL4, Istanbul, Türkiye", ["eu-central-1"]),
        ("151FS", "Telehouse, Toronto, CAN", ["ca-central-1"]),
    ])
    func codeDenotesRows(code: String, name: String, regions: [String]) {
        let rows = Catalog.matches(code)
        #expect(rows.map(\.name) == Array(repeating: name, count: regions.count))
        #expect(rows.map(\.homeRegion) == regions)
    }

    @Test func codesOfARowAreInTableOrder() throws {
        let westin = try #require(Catalog.location("Westin Building Exchange", region: "us-west-2"))
        #expect(Catalog.codes(of: westin) == ["EqSe2", "EqSe2-EQ", "EqSe2-WBE"])
        let ipbSovereign = try #require(Catalog.location("IPB GmbH", region: "eusc-de-east-1"))
        #expect(Catalog.codes(of: ipbSovereign) == ["IPBTF"])
        let sv5GovCloud = try #require(Catalog.location("Equinix SV5", region: "us-gov-west-1"))
        #expect(Catalog.codes(of: sv5GovCloud).isEmpty)
    }

    @Test func sourcesOfTheExampleCodes() {
        #expect(Codes.entry("EqDC2")?.sources == [.awsCLIExamples, .terraformAWSProviderDocs, .dxLocationDetails])
        #expect(Codes.entry("EqSV5")?.sources == [.directConnectAPIExample, .dxLocationDetails])
        #expect(Codes.entry("EqSe2-EQ")?.sources.contains(.terraformAWSCCExamples) == true)
    }
}
