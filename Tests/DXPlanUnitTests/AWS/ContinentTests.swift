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

@Suite struct ContinentTests {
    @Test(arguments: [
        ("us-east-1", Continent.northAmerica),
        ("us-west-2", .northAmerica),
        ("us-gov-west-1", .northAmerica),
        ("us-gov-east-1", .northAmerica),
        ("us-south-1", .northAmerica),
        ("ca-central-1", .northAmerica),
        ("ca-west-1", .northAmerica),
        ("mx-central-1", .northAmerica),
        ("ap-southeast-1", .asiaPacific),
        ("ap-east-2", .asiaPacific),
        ("eu-central-1", .emea),
        ("eusc-de-east-1", .emea),
        ("me-central-1", .emea),
        ("me-west-1", .emea),
        ("il-central-1", .emea),
        ("af-south-1", .emea),
        ("sa-east-1", .southAmerica),
        ("sa-west-1", .southAmerica),
        ("cn-north-1", .china),
        ("cn-northwest-1", .china),
        // Local Zone and Wavelength border groups follow their parent Region.
        ("us-east-1-bos-1", .northAmerica),
        ("us-west-2-lax-1", .northAmerica),
        ("us-east-1-bue-1", .northAmerica),
        ("us-west-2-wl1-lax-wlz-1", .northAmerica),
        ("af-south-1-los-1", .emea),
        ("me-south-1-mct-1", .emea),
        ("ap-southeast-1-sggov-sin-1a", .asiaPacific),
        ("eu-central-1-wl1-ber-wlz-1", .emea),
    ])
    func defaultRule(code: String, expected: Continent) {
        #expect(Continent.defaultContinent(forRegionCode: code) == expected)
    }

    @Test(arguments: ["GLOBAL", "global", "", "us", "us-", "-east-1", "xx-east-1", "euw-1", "US-EAST-1", "us--1"])
    func noContinent(code: String) {
        #expect(Continent.defaultContinent(forRegionCode: code) == nil)
    }

    @Test func onlyThreeGroupsAreNamedByAWS() {
        #expect(Continent.allCases.filter(\.isNamedByAWS) == [.northAmerica, .asiaPacific, .emea])
    }

    @Test func rawValuesAndOrder() {
        #expect(
            Continent.allCases.map(\.rawValue) == ["north-america", "asia-pacific", "emea", "south-america", "china"])
        #expect(Continent.allCases.sorted() == Continent.allCases)
        #expect(Continent.northAmerica < .china)
        #expect(Continent(rawValue: "emea")?.displayName == "Europe, the Middle East and Africa")
    }
}
