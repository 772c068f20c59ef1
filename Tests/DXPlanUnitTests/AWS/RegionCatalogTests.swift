import DXTestSupport
import Foundation
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

@Suite struct RegionCatalogTests {
    @Test func codesAreUniqueAndSorted() {
        let codes = RegionCatalog.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes == codes.sorted())
        #expect(codes.count == 42)
    }

    @Test func continentsFollowTheDefaultRule() {
        for region in RegionCatalog.all {
            #expect(region.continent == Continent.defaultContinent(forRegionCode: region.code), "\(region.code)")
        }
    }

    @Test(arguments: [
        ("us-east-1", Partition.aws),
        ("us-gov-west-1", .awsUsGov),
        ("us-gov-east-1", .awsUsGov),
        ("cn-north-1", .awsCn),
        ("cn-northwest-1", .awsCn),
        ("eusc-de-east-1", .awsEusc),
        ("eu-central-1", .aws),
    ])
    func partitions(code: String, partition: Partition) {
        #expect(RegionCatalog.region(code)?.partition == partition)
    }

    /// `connect-regions`: exactly these 11 Regions run Amazon Connect.
    @Test func amazonConnectRegionsAreTheElevenOfFacts() {
        let expected: Set = [
            "us-east-1", "us-west-2", "af-south-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2",
            "ap-northeast-1", "ca-central-1", "eu-central-1", "eu-west-2", "us-gov-west-1",
        ]
        #expect(Set(RegionCatalog.amazonConnectRegions.map(\.code)) == expected)
        #expect(RegionCatalog.amazonConnectRegions.count == 11)
        #expect(RegionCatalog.region("ap-south-1")?.runsAmazonConnect == false)
        #expect(RegionCatalog.region("ap-northeast-3")?.runsAmazonConnect == false)
        #expect(RegionCatalog.region("us-gov-east-1")?.runsAmazonConnect == false)
    }

    @Test func namesFromTheLocationsTable() {
        #expect(RegionCatalog.region("us-east-1")?.name == "US East (N. Virginia)")
        #expect(RegionCatalog.region("sa-east-1")?.name == "South America (São Paulo)")
        #expect(RegionCatalog.region("eusc-de-east-1")?.name == "EU Sovereign Cloud (Germany)")
        #expect(RegionCatalog.region("ap-southeast-6")?.name == "Asia Pacific (New Zealand)")
    }

    /// Codes known only from ip-ranges.json, with a guessed display name.
    @Test(arguments: [
        ("me-west-1", "Middle East (Saudi Arabia)"), ("sa-west-1", "South America (Chile)"), ("us-south-1", "US South"),
    ])
    func assumedNamesAreKnownRegions(code: String, name: String) {
        #expect(RegionCatalog.region(code)?.name == name)
    }

    @Test func lookupIsExact() {
        #expect(RegionCatalog.region("GLOBAL") == nil)
        #expect(RegionCatalog.region("US-EAST-1") == nil)
        #expect(RegionCatalog.region("us-east-1-bos-1") == nil)
    }

    @Test(arguments: [
        ("us-est-1", "us-east-1"),
        ("US-EAST-1", "us-east-1"),
        ("eu-centrl-1", "eu-central-1"),
        ("ap-southeast1", "ap-southeast-1"),
        ("us-gov-wst-1", "us-gov-west-1"),
    ])
    func nearestForTypos(typo: String, expected: String) {
        #expect(RegionCatalog.nearest(typo) == expected)
    }

    @Test func nearestIsNilWhenFar() {
        #expect(RegionCatalog.nearest("mars-north-9000") == nil)
        #expect(RegionCatalog.nearest("") == nil)
    }

    @Test(arguments: [
        ("us-east-1", "us-east-1"),
        ("us-east-1-bos-1", "us-east-1"),
        ("us-west-2-lax-1", "us-west-2"),
        ("us-west-2-wl1-lax-wlz-1", "us-west-2"),
        ("ap-southeast-1-sggov-sin-1a", "ap-southeast-1"),
        ("eu-west-2-wl2-man-wlz-1", "eu-west-2"),
    ])
    func borderGroupsMapToTheirRegion(group: String, region: String) {
        #expect(RegionCatalog.regionCode(forBorderGroup: group) == region)
    }

    @Test func borderGroupsWithoutRegion() {
        #expect(RegionCatalog.regionCode(forBorderGroup: "GLOBAL") == nil)
        #expect(RegionCatalog.regionCode(forBorderGroup: "us-east-10") == nil)
        #expect(RegionCatalog.regionCode(forBorderGroup: "xx-east-1-abc-1") == nil)
    }

    /// Every `region` and `network_border_group` of the real 2026-08-22 snapshot is known.
    @Test func everyRegionOfTheRealSnapshotIsKnown() throws {
        guard let url = SharedTestData.file("ip-ranges-2026-08-22.json") else { return }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let entries =
            ((object?["prefixes"] as? [[String: Any]]) ?? []) + ((object?["ipv6_prefixes"] as? [[String: Any]]) ?? [])
        #expect(entries.count > 10_000)
        let regions = Set(entries.compactMap { $0["region"] as? String }).subtracting(["GLOBAL"])
        let groups = Set(entries.compactMap { $0["network_border_group"] as? String }).subtracting(["GLOBAL"])
        #expect(regions.count >= 42)
        for region in regions.sorted() {
            #expect(RegionCatalog.region(region) != nil, "unknown Region \(region)")
        }
        for group in groups.sorted() {
            let parent = RegionCatalog.regionCode(forBorderGroup: group)
            #expect(parent != nil, "border group \(group) has no known Region")
            if let parent {
                #expect(
                    Continent.defaultContinent(forRegionCode: group) == RegionCatalog.region(parent)?.continent,
                    "\(group)")
            }
        }
    }
}
