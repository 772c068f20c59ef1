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

@Suite struct ScopeRelationTests {
    static let defaults = ModelingAssumptions.default

    @Test(arguments: [
        ("us-east-1", "us-east-1", ScopeRelation.sameRegion),
        ("us-west-2", "us-east-1", .sameContinent),
        ("ca-central-1", "us-east-1", .sameContinent),
        ("eu-west-1", "us-east-1", .other),
        ("sa-east-1", "us-east-1", .other),
        ("GLOBAL", "us-east-1", .other),
    ])
    func relationOfTwoRegions(region: String, home: String, relation: ScopeRelation) {
        #expect(ScopeRelation(region, home: home, assumptions: Self.defaults) == relation)
        #expect(ScopeRelation(home, home: region, assumptions: Self.defaults) == relation)
    }

    @Test func unresolvedHomeIsOther() {
        #expect(ScopeRelation("us-east-1", home: nil, assumptions: Self.defaults) == .other)
    }

    @Test func unknownContinentsAreNotTheSame() {
        #expect(ScopeRelation("xx", home: "yy", continent: { _ in nil }) == .other)
        #expect(ScopeRelation("xx", home: "xx", continent: { _ in nil }) == .sameRegion)
    }

    @Test func assumptionsMoveARegion() {
        let moved = ModelingAssumptions(
            continentOverrides: ["eu-west-1": .northAmerica], awsASPathLength: 3, internetASPathLength: 2)
        #expect(ScopeRelation("eu-west-1", home: "us-east-1", assumptions: moved) == .sameContinent)
        #expect(ScopeRelation("eu-west-2", home: "eu-west-1", assumptions: moved) == .other)
    }

    @Test func awsTagAndItsCommunity() {
        #expect(ScopeRelation.allCases.map(\.awsTag) == [.region, .continent, .global])
        #expect(AcceptScope.allCases.map(\.community) == [.awsLocalRegion, .awsContinent, nil])
        #expect(AcceptScope.region.community?.description == "7224:8100")
        #expect(AcceptScope.continent.community?.description == "7224:8200")
        #expect(AdvertiseScope.allCases.map(\.community.description) == ["7224:9100", "7224:9200", "7224:9300"])
    }

    /// Each customer scope reaches its own reach and every narrower relation, nothing wider.
    @Test(arguments: [
        (AdvertiseScope.region, [true, false, false]),
        (.continent, [true, true, false]),
        (.global, [true, true, true]),
    ])
    func customerScopeReach(scope: AdvertiseScope, reached: [Bool]) {
        #expect(ScopeRelation.allCases.map { $0.isReached(by: scope) } == reached)
    }

    /// The simulator's AWS tag and the return path agree with the relation for the same pair.
    @Test func simulatorAndReturnPathUseTheRelation() {
        let regions = ["us-east-1", "us-east-2", "eu-west-1", "ap-southeast-2"]
        for home in regions {
            for region in regions {
                let relation = ScopeRelation(region, home: home, assumptions: Self.defaults)
                let prefix = AWSPrefix(prefix: IPPrefix("192.0.2.0/24")!, region: region, services: ["EC2"])
                #expect(AWSScope.scope(of: prefix, homeRegion: home, assumptions: Self.defaults) == relation.awsTag)
                for scope in AdvertiseScope.allCases {
                    let reaches = ReturnPathAnalysis.reaches(
                        scope, home: home, region: region, assumptions: Self.defaults)
                    #expect(reaches == relation.isReached(by: scope))
                }
            }
        }
    }

    @Test func globalPrefixesAreUntaggedEvenAtHome() {
        let prefix = AWSPrefix(prefix: IPPrefix("15.193.0.0/19")!, region: "GLOBAL", services: ["AMAZON_CONNECT"])
        #expect(AWSScope.scope(of: prefix, homeRegion: "GLOBAL", assumptions: Self.defaults) == .global)
        #expect(AWSScope.communities(for: .global) == [.noExport])
        #expect(AWSScope.communities(for: .region) == [.awsLocalRegion, .noExport])
    }
}
