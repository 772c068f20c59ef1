import DXTestSupport
import Testing

@testable import DXModel
@testable import DXRendering
@testable import DXSimulation

/// Which VIF AWS returns on (Docs/Simulation.md §6): each step of the public-VIF policy of
/// `dx-routing-policies`, on two routers at two locations.
@Suite struct ReturnPathPreferenceTests {
    /// Two routers, each with one connection and one public VIF advertising the agents' prefix.
    static func twoSites(
        asn: Int = 64496, location2: String = "CSVA1", prepend1: Int = 0, prepend2: Int = 0,
        prefix1: String = "198.51.100.0/24", scope2: String = "continent", localPreference1: Int = 100
    ) -> String {
        func connection(
            _ index: Int, location: String, prefix: String, scope: String, prepend: Int, localPreference: Int = 100
        ) -> String {
            """
              - name: dx-\(index)
                type: dedicated
                location: \(location)
                speed: 10Gbps
                router: edge-\(index)
                virtual_interfaces:
                  - name: pub-\(index)
                    type: public
                    vlan: \(100 + index)
                    address_family: ipv4
                    customer_address: 198.51.100.\(245 + 4 * index)/30
                    amazon_address: 198.51.100.\(246 + 4 * index)/30
                    bgp_auth_key: env:DX_KEY
                    bfd: true
                    local_preference: \(localPreference)
                    advertise:
                      - prefix: \(prefix)
                        scope: \(scope)
                        as_path_prepend: \(prepend)

            """
        }
        return """
            name: Two sites
            customer:
              asn: \(asn)
              prefixes:
                - 198.51.100.0/24
            connect:
              instance: two-sites
              region: us-east-1
              agent_source:
                - 198.51.100.0/26
            routers:
              - name: edge-1
                vendor: frr
              - name: edge-2
                vendor: frr
            connections:

            """
                + connection(
                    1, location: "EqDC2", prefix: prefix1, scope: "continent", prepend: prepend1,
                    localPreference: localPreference1)
                + connection(2, location: location2, prefix: "198.51.100.0/24", scope: scope2, prepend: prepend2)
    }

    func path(_ text: String, failures: [String] = []) throws -> ReturnPathResult {
        try #require(try SimulationFixture.simulate(text, failures: failures).returnPath.first)
    }

    @Test func equalAttributesInTheHomeRegionAreMultipath() throws {
        let path = try path(Self.twoSites())
        #expect(path.preferred == ["pub-1", "pub-2"])
        #expect(path.backupTiers.isEmpty)
        #expect(path.decidedBy == .onlyPath)
        #expect(path.preference?.isMultipath == true)
        #expect(path.preference?.description.contains("multipath") == true)
    }

    @Test func prependsMakeAWSPreferTheOtherVIF() throws {
        let path = try path(Self.twoSites(prepend1: 2))
        #expect(path.via == ["pub-1", "pub-2"])
        #expect(path.preferred == ["pub-2"])
        #expect(path.backup == ["pub-1"])
        #expect(path.decidedBy == .asPathLength)
        #expect(path.preference?.description == "shorter AS_PATH: length 1 on 'pub-2' over 3 on 'pub-1' (2 prepends)")
    }

    @Test func prependsWithAPrivateASNHaveNoEffect() throws {
        let path = try path(Self.twoSites(asn: 65010, prepend1: 2))
        #expect(path.preferred == ["pub-1", "pub-2"])
        #expect(path.preference?.replacedPrivateASN?.description == "65010")
        #expect(
            path.preference?.description.hasSuffix("prepends have no effect: AWS replaces private AS 65010") == true)
    }

    @Test func theLongestPrefixWinsOverPrepends() throws {
        let path = try path(Self.twoSites(prepend1: 3, prefix1: "198.51.100.0/25"))
        #expect(path.advertisedPrefix?.description == "198.51.100.0/25")
        #expect(path.via == ["pub-1"])
        #expect(path.preferred == ["pub-1"])
        #expect(path.backup == ["pub-2"])
        #expect(path.decidedBy == .longestPrefix)
    }

    @Test func theHomeRegionWinsAtEqualPrefixAndPath() throws {
        // Chicago is homed in us-east-2: the same prefix and AS_PATH, but not the Connect Region's location.
        let path = try path(Self.twoSites(location2: "\"Equinix CH2, Chicago, IL\""))
        #expect(path.preferred == ["pub-1"])
        #expect(path.backup == ["pub-2"])
        #expect(path.decidedBy == .homeRegion)
    }

    @Test func aScopeThatDoesNotReachLeavesTheVIFOut() throws {
        // 7224:9100 from a us-east-2 location does not reach us-east-1: only pub-1 is a path.
        let path = try path(Self.twoSites(location2: "\"Equinix CH2, Chicago, IL\"", prepend1: 4, scope2: "region"))
        #expect(path.preferred == ["pub-1"])
        #expect(path.backupTiers.isEmpty)
        #expect(path.decidedBy == .onlyPath)
    }

    @Test func failingThePreferredVIFMovesTheReturnToTheBackup() throws {
        let path = try path(Self.twoSites(prepend1: 2), failures: ["pub-2"])
        #expect(path.preferred == ["pub-1"])
        #expect(path.backupTiers.isEmpty)
        var runs: [FailureRun] = []
        Simulator.forEachSingleFailureVerdict(try SimulationFixture.input(Self.twoSites(prepend1: 2))) {
            runs.append($0)
        }
        let byFailure = Dictionary(uniqueKeysWithValues: runs.map { ($0.failed, $0.returnPaths) })
        #expect(byFailure[["pub-2"]]?.first?.preferred == ["pub-1"])
        #expect(byFailure[["pub-1"]]?.first?.preferred == ["pub-2"])
        #expect(byFailure[["edge-2"]]?.first?.preferred == ["pub-1"])
        // The fast runner agrees with a run of its own (`--fail`) on every failure.
        for run in runs {
            let alone = try SimulationFixture.simulate(Self.twoSites(prepend1: 2), failures: run.failed)
            #expect(run.returnPaths == alone.returnPath.map(ReturnPathChoice.init))
        }
    }

    @Test func textShowsPrimaryAndBackupTiers() {
        #expect(ReturnPathText.primary([]) == "internet")
        #expect(ReturnPathText.backup([["a", "b"], ["c"]]) == "a + b → c")
        let source = IPPrefix("198.51.100.0/26")!
        let other = IPPrefix("198.51.100.64/26")!
        let same = [
            ReturnPathChoice(agentSource: source, preferred: ["a"], backupTiers: [["b"]]),
            ReturnPathChoice(agentSource: other, preferred: ["a"], backupTiers: [["b"]]),
        ]
        #expect(ReturnPathText.cell(same) == "a; backup b")
        let different = [same[0], ReturnPathChoice(agentSource: other, preferred: [], backupTiers: [])]
        #expect(ReturnPathText.cell(different) == "198.51.100.0/26: a; backup b | 198.51.100.64/26: internet")
    }

    /// A failure run keeps a few names and the counts, so the matrix row stays short and the
    /// runs' memory does not grow with the square of the VIF count.
    @Test func longListsAreCutWithTheirCounts() {
        let vifs = (0..<10).map { "pub-\($0)" }
        let choice = ReturnPathChoice(
            agentSource: IPPrefix("198.51.100.0/26")!, preferred: vifs, backupTiers: vifs.map { [$0, $0 + "b"] })
        #expect(choice.preferred.count == ReturnPathChoice.shownNames && choice.preferredCount == 10)
        #expect(choice.backupTiers.count == ReturnPathChoice.shownTiers && choice.backupTierTotal == 10)
        #expect(
            ReturnPathText.cell([choice])
                == "pub-0 + pub-1 + pub-2 + pub-3 + 6 more; backup pub-0 + pub-0b → pub-1 + pub-1b → pub-2 + pub-2b → 7 more tiers"
        )
        let short = ReturnPathChoice(
            agentSource: IPPrefix("198.51.100.0/26")!, preferred: ["a", "b"], backupTiers: [["c"], ["d"], ["e"], ["f"]])
        #expect(ReturnPathText.cell([short]) == "a + b; backup c → d → e → 1 more tier")
    }
}
