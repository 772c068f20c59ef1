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

@Suite struct DirectConnectLocationCatalogTests {
    /// The "#" column of the AWS table "Locations and their associated Regions", in table order.
    static let countsPerRegion: [(String, Int)] = [
        ("us-east-1", 13), ("us-east-2", 8), ("us-west-1", 7), ("us-west-2", 9), ("us-gov-west-1", 1),
        ("ca-central-1", 6), ("ca-west-1", 2), ("mx-central-1", 1), ("sa-east-1", 7), ("eu-central-1", 22),
        ("eu-west-1", 11), ("eu-west-2", 5), ("eu-west-3", 3), ("eu-south-1", 1), ("eu-south-2", 1),
        ("eu-north-1", 2), ("eu-central-2", 1), ("eusc-de-east-1", 2), ("il-central-1", 2), ("af-south-1", 3),
        ("ap-south-1", 8), ("ap-south-2", 1), ("ap-southeast-1", 7), ("ap-southeast-5", 4), ("ap-southeast-3", 2),
        ("ap-southeast-7", 1), ("ap-east-1", 1), ("ap-east-2", 2), ("ap-northeast-1", 6), ("ap-northeast-3", 1),
        ("ap-northeast-2", 3), ("ap-southeast-2", 9), ("ap-southeast-4", 1), ("ap-southeast-6", 1),
        ("cn-north-1", 3), ("cn-northwest-1", 2),
    ]

    @Test(arguments: countsPerRegion)
    func rowsPerRegionMatchTheSource(region: String, count: Int) {
        #expect(DirectConnectLocationCatalog.locations(in: region).count == count)
    }

    @Test func rowCounts() {
        let all = DirectConnectLocationCatalog.all
        #expect(all.count == Self.countsPerRegion.map(\.1).reduce(0, +))
        #expect(all.count == 159)
        #expect(Set(all.map(\.homeRegion)).count == 36)
        #expect(Set(all.map(\.homeRegion)) == Set(Self.countsPerRegion.map(\.0)))
        // The source's 147: one per location and partition (the 12 two-Region locations once).
        let perPartition = Set(all.map { "\($0.name)|\(RegionCatalog.region($0.homeRegion)!.partition)" })
        #expect(perPartition.count == 147)
        #expect(Set(all.map(\.name)).count == 145)
        #expect(Set(all).count == all.count)
    }

    @Test func twelveLocationsHaveDevicesForTwoRegionsWithSpeeds() {
        let withSpeeds = DirectConnectLocationCatalog.all.filter { $0.portSpeeds != nil }
        #expect(withSpeeds.count == 24)
        #expect(Set(withSpeeds.map(\.name)).count == 12)
        for location in withSpeeds {
            #expect(DirectConnectLocationCatalog.associatedRegions(of: location).count == 2, "\(location.name)")
            #expect(location.macsecSpeeds != nil)
            #expect(Set(location.macsecSpeeds!).isSubset(of: location.portSpeeds!))
            #expect(Set(location.macsecSpeeds!).isSubset(of: DirectConnectRules.macsecSpeeds))
        }
        for location in DirectConnectLocationCatalog.all where location.portSpeeds == nil {
            #expect(location.macsecSpeeds == nil)
        }
    }

    @Test func everyHomeRegionIsKnown() {
        for location in DirectConnectLocationCatalog.all {
            #expect(RegionCatalog.region(location.homeRegion) != nil, "\(location.name): \(location.homeRegion)")
        }
    }

    @Test func rowCodesAreTheSpellingOfAWSExamples() {
        let coded = DirectConnectLocationCatalog.all.filter { $0.code != nil }
        #expect(coded.map(\.code) == ["EqDC2", "EqSV5", "TIVIT"])
        #expect(DirectConnectLocationCatalog.matches("TNDB").map(\.name) == ["Equinix SP4, Sao Paulo, BRA"])
    }

    @Test(arguments: [
        ("EqDC2", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("eqdc2", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("EQDC2", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("Equinix DC2/DC11, Ashburn, VA", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("equinix dc2/dc11,   ashburn, va", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("Equinix DC2/DC11", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("  Equinix   DC2/DC11 ", "Equinix DC2/DC11, Ashburn, VA", "us-east-1"),
        ("EqSV5", "Equinix SV5, San Jose, CA", "us-west-1"),
        ("TIVIT", "Tivit, Sao Paulo, BRA", "sa-east-1"),
        ("Tivit", "Tivit, Sao Paulo, BRA", "sa-east-1"),
        ("Equinix SY1 - SY4", "Equinix SY1 - SY4, Sydney, AUS", "ap-southeast-2"),
        ("equinix sy1 - sy4, sydney, aus", "Equinix SY1 - SY4, Sydney, AUS", "ap-southeast-2"),
        ("CyrusOne Aurora A1", "CyrusOne Aurora A1", "us-east-2"),
        ("Equinix IL4", "Equinix IL4, Istanbul, Türkiye", "eu-central-1"),
        ("Telcohub 1 (CX1)", "Telcohub 1 (CX1)", "ap-southeast-5"),
    ])
    func singleMatch(text: String, name: String, region: String) throws {
        let found = DirectConnectLocationCatalog.matches(text)
        #expect(found.count == 1)
        let location = try #require(found.first)
        #expect(location.name == name)
        #expect(location.homeRegion == region)
    }

    @Test(arguments: [
        ("Equinix LD5", ["eu-west-1", "eu-west-2"]),
        ("Equinix LD5, Slough, GBR", ["eu-west-1", "eu-west-2"]),
        ("Digital Realty STO1", ["eu-central-1", "eu-north-1"]),
        ("Chunghwa Telecom", ["ap-east-2", "ap-northeast-1"]),
        ("Equinix SV5", ["us-west-1", "us-gov-west-1"]),
        ("IPB GmbH", ["eu-central-1", "eusc-de-east-1"]),
        ("EdgeConnex", ["us-west-2", "il-central-1"]),
    ])
    func multiRegionMatches(text: String, regions: [String]) {
        #expect(DirectConnectLocationCatalog.matches(text).map(\.homeRegion) == regions)
    }

    @Test func disambiguateWithRegion() throws {
        let london = try #require(DirectConnectLocationCatalog.location("Equinix LD5", region: "eu-west-2"))
        #expect(london.portSpeeds == [.gbps(1), .gbps(10), .gbps(100)])
        #expect(london.macsecSpeeds == [.gbps(10), .gbps(100)])
        let ireland = try #require(DirectConnectLocationCatalog.location("Equinix LD5", region: "eu-west-1"))
        #expect(ireland.portSpeeds == [.gbps(1), .gbps(10)])
        #expect(ireland.macsecSpeeds == [.gbps(10)])
        let mumbaiFromSingapore = try #require(
            DirectConnectLocationCatalog.location("Equinix MB1", region: "ap-southeast-1"))
        #expect(mumbaiFromSingapore.macsecSpeeds == [])
        #expect(DirectConnectLocationCatalog.location("Equinix LD5", region: "us-east-1") == nil)
        #expect(DirectConnectLocationCatalog.associatedRegions(of: london) == ["eu-west-1", "eu-west-2"])
        let sv5 = try #require(DirectConnectLocationCatalog.location("EqSV5", region: "us-west-1"))
        #expect(DirectConnectLocationCatalog.associatedRegions(of: sv5) == ["us-west-1"])
    }

    @Test(arguments: ["", "Equinix", "Ashburn", "EqDC", "Equinix DC2/DC11, Ashburn", "us-east-1"])
    func noMatch(text: String) {
        #expect(DirectConnectLocationCatalog.matches(text).isEmpty)
    }

    @Test func shortNames() {
        #expect(
            DirectConnectLocation("Equinix DC2/DC11, Ashburn, VA", homeRegion: "us-east-1").shortName
                == "Equinix DC2/DC11")
        #expect(DirectConnectLocation("CyrusOne Aurora A1", homeRegion: "us-east-2").shortName == "CyrusOne Aurora A1")
        #expect(
            DirectConnectLocation("Markley, One Summer Street, Boston, MA", homeRegion: "us-east-1").shortName
                == "Markley")
    }

    @Test func suggestionsForUnknownText() {
        #expect(DirectConnectLocationCatalog.suggestions(for: "EqDC").first == "Equinix DC2/DC11, Ashburn, VA")
        #expect(
            DirectConnectLocationCatalog.suggestions(for: "Ashburn") == [
                "Digital Realty IAD38, Ashburn, VA", "Equinix DC2/DC11, Ashburn, VA",
            ])
        #expect(DirectConnectLocationCatalog.suggestions(for: "Equinx LD5").first == "Equinix LD5, Slough, GBR")
        #expect(DirectConnectLocationCatalog.suggestions(for: "EqSV6").contains("Equinix SV5, San Jose, CA"))
        #expect(DirectConnectLocationCatalog.suggestions(for: "Equinix", limit: 3).count == 3)
        #expect(DirectConnectLocationCatalog.suggestions(for: "zzzzzzzzzzzzzzzz").isEmpty)
        #expect(DirectConnectLocationCatalog.suggestions(for: "EqFR5").first == "Equinix FR5, Frankfurt, DEU")
        #expect(
            DirectConnectLocationCatalog.suggestions(for: "Ashburn")
                == DirectConnectLocationCatalog.suggestions(for: "Ashburn"))
    }
}
