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

/// `dxplan locations`: exact output for small Regions, golden files for the whole catalog
/// (Golden/Locations/, re-recorded with `DXPLAN_RECORD=1 swift test --filter LocationsCommandTests`).
@Suite struct LocationsCommandTests {
    @Test func textForOneRegion() {
        let result = DXPlan.run(["locations", "--region", "eu-west-2"])
        #expect(result.status == .success)
        #expect(result.standardError == "")
        #expect(
            result.standardOutput == """
                CODES  LOCATION                           HOME REGION  CONTINENT
                TCSH   Digital Realty LHR20, London, GBR  eu-west-2    emea
                EQLD5  Equinix LD5, Slough, GBR           eu-west-2    emea
                EQMA3  Equinix MA3, Manchester, GBR       eu-west-2    emea
                RCL1   Rack Centre LGS1, Lagos, Nigeria   eu-west-2    emea
                THNO2  Telehouse West, London, GBR        eu-west-2    emea
                5 rows in 1 Region; codes match in any case.

                """)
    }

    @Test func textWithSeveralCodesAndNone() {
        let westin = DXPlan.run(["locations", "--region=us-west-2"]).standardOutput
        #expect(westin.contains("EqSe2, EqSe2-EQ, EqSe2-WBE  Westin Building Exchange, Seattle, WA  us-west-2 "))
        let govCloud = DXPlan.run(["locations", "--region", "us-gov-west-1"]).standardOutput
        #expect(
            govCloud == """
                CODES  LOCATION                   HOME REGION    CONTINENT
                -      Equinix SV5, San Jose, CA  us-gov-west-1  north-america
                1 row in 1 Region; codes match in any case.

                """)
    }

    @Test func regionWithOnlyUnlistedCodes() {
        let result = DXPlan.run(["locations", "--region", "me-south-1"])
        #expect(result.status == .success)
        #expect(
            result.standardOutput == """
                No Direct Connect location in the catalog is associated with me-south-1.

                Codes of locations that AWS's table does not list (write `region:` instead):
                CODE   LOCATION           REGION
                BDC52  AWS Bahrain DC52   me-south-1
                BDC53  AWS Bahrain DC53   me-south-1
                EQMC1  Equinix MC1 Barka  me-south-1

                """)
    }

    @Test func jsonForOneRegion() {
        let result = DXPlan.run(["locations", "--region", "eu-south-2", "--format", "json"])
        #expect(result.status == .success)
        #expect(
            result.standardOutput == """
                {
                  "locations": [
                    {
                      "associatedRegions": [
                        "eu-south-2"
                      ],
                      "codes": [
                        "EQBA1"
                      ],
                      "continent": "emea",
                      "homeRegion": "eu-south-2",
                      "name": "Equinix BA1, Barcelona, Spain"
                    }
                  ],
                  "region": "eu-south-2",
                  "unlistedCodes": []
                }

                """)
    }

    @Test func wholeCatalogMatchesGoldenFiles() throws {
        let text = DXPlan.run(["locations"])
        #expect(text.status == .success)
        GoldenFile.check(text.standardOutput, path: "Locations/locations.txt")
        let json = DXPlan.run(["locations", "--format", "json"])
        #expect(json.status == .success)
        GoldenFile.check(json.standardOutput, path: "Locations/locations.json")
        // Every row once, sorted by name then home Region; the JSON parses.
        let lines = text.standardOutput.split(separator: "\n")
        #expect(lines.count == 1 + DirectConnectLocationCatalog.all.count + 1 + 1 + 1 + 4)
        let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let locations = try #require(document?["locations"] as? [[String: Any]])
        #expect(locations.count == 159)
        let names = locations.compactMap { $0["name"] as? String }
        #expect(names == names.sorted { ($0.lowercased(), $0) <= ($1.lowercased(), $1) })
        #expect(DXPlan.run(["locations"]).standardOutput == text.standardOutput)
    }

    @Test(
        arguments: [
            (
                ["locations", "--region", "us-est-1"],
                "Error: Unknown Region 'us-est-1' for '--region' (did you mean 'us-east-1', 'us-west-1' or 'us-east-2'?)\n"
            ),
            (
                ["locations", "--region", "Frankfurt"],
                "Error: Unknown Region 'Frankfurt' for '--region' (expected a Region code such as us-east-1)\n"
            ),
            (["locations", "--format", "yaml"], "Error: Unknown format 'yaml' (expected text or json)\n"),
            (["locations", "EqDC2"], "Error: Unexpected argument 'EqDC2'\n"),
            (["locations", "--regoin", "us-east-1"], "Error: Unknown option '--regoin' (did you mean '--region'?)\n"),
        ] as [([String], String)])
    func usageErrorsExit64(arguments: [String], message: String) {
        let result = DXPlan.run(arguments)
        #expect(result.status == .usage)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix(message), "\(result.standardError)")
    }

    @Test func helpAndTopLevelUsage() {
        let help = DXPlan.run(["locations", "--help"])
        #expect(help.status == .success)
        #expect(help.standardOutput.hasPrefix("USAGE: dxplan locations [--region R] [--format text|json]\n"))
        #expect(DXPlan.run(["--help"]).standardOutput.contains("\n  locations     Direct Connect locations"))
    }
}
