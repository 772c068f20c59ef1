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

/// What a connection's `location` that names no single site reports: near misses, the candidate
/// sites of a provider name or shared short name, and codes of locations the catalog lacks.
@Suite struct LocationDiagnosisTests {
    /// The location findings for `location` (and `region`, if given) in the fixture topology.
    func locationFindings(_ location: String, region: String? = nil) throws -> [Finding] {
        var replacement = "    location: \(location)"
        if let region { replacement += "\n    region: \(region)" }
        let findings = try TopologyFixture.findings(TopologyFixture.replacing("    location: EqDC2", with: replacement))
        return findings.filter { $0.id.hasPrefix("location") || $0.id == "unknown-location" }
    }

    @Test(
        arguments: [
            ("EqDC2", nil), ("eqdc2", nil), ("CSVA1", nil), ("EQDA2", nil), ("Equinix DC2/DC11", nil),
            ("EdgeConnex", "us-west-2"), ("ECPO1", nil), ("TCSH", "eu-west-2"), ("EQFA5", "eu-central-1"),
        ] as [(String, String?)])
    func resolves(location: String, region: String?) throws {
        #expect(try locationFindings(location, region: region).isEmpty)
    }

    @Test func codeGivesTheRowAndItsHomeRegion() throws {
        let text = TopologyFixture.replacing("    location: EqDC2", with: "    location: EqSe2-WBE")
        let topology = try TopologyFixture.decode(text)
        let (site, findings) = ConnectionSite.resolve(topology.connections[0])
        #expect(findings.isEmpty)
        #expect(site.location?.name == "Westin Building Exchange, Seattle, WA")
        #expect(site.homeRegion == "us-west-2")
    }

    @Test func nearMissOfACodeSuggestsTheSiteAndItsCode() throws {
        let findings = try locationFindings("EqFR5")
        #expect(findings.map(\.id) == ["unknown-location"])
        #expect(
            findings.first?.message
                == "unknown Direct Connect location 'EqFR5' (did you mean 'Equinix FR5, Frankfurt, DEU' (EQFA5)?)")
    }

    @Test func nearMissOfANameSuggestsNames() throws {
        let findings = try locationFindings("\"Equinx LD5\"")
        #expect(findings.map(\.id) == ["unknown-location"])
        #expect(
            findings.first?.message.hasPrefix(
                "unknown Direct Connect location 'Equinx LD5' (did you mean 'Equinix LD5, Slough, GBR' (EQLD5)") == true
        )
    }

    @Test func sharedShortNameListsBothSites() throws {
        let findings = try locationFindings("EdgeConnex")
        #expect(findings.map(\.id) == ["location-ambiguous"])
        #expect(
            findings.first?.message
                == "location 'EdgeConnex' names 2 Direct Connect sites: "
                + "'EdgeConnex, Hillsboro, OR' (ECPO1, us-west-2); "
                + "'Edgeconnex, Herzliya, ISR' (ECTL1, il-central-1)")
        #expect(findings.first?.location.map { "\($0.line):\($0.column)" } == "15:15")
    }

    @Test func cutOffNameListsTheCandidateSites() throws {
        let findings = try locationFindings("\"Cologix VAN\"")
        #expect(findings.map(\.id) == ["location-ambiguous"])
        #expect(
            findings.first?.message
                == "location 'Cologix VAN' names 2 Direct Connect sites: "
                + "'Cologix VAN2, Vancouver, CAN' (COLV2, ca-central-1); "
                + "'Cologix VAN3, Vancouver, CAN' (COLV3, ca-central-1)")
    }

    @Test func providerAloneListsItsSitesInTheRegion() throws {
        let findings = try locationFindings("\"Digital Realty\"", region: "us-east-1")
        #expect(findings.map(\.id) == ["location-ambiguous"])
        #expect(
            findings.first?.message
                == "location 'Digital Realty' names 2 Direct Connect sites: 'Digital Realty ATL13, Atlanta, GA' "
                + "(TLXA1, us-east-1); 'Digital Realty IAD38, Ashburn, VA' (TLLPJ, us-east-1)")
    }

    @Test func providerAloneListsTenSitesAndPointsAtTheCommand() throws {
        let findings = try locationFindings("Equinix")
        #expect(findings.map(\.id) == ["location-ambiguous"])
        let message = try #require(findings.first?.message)
        let count = DirectConnectLocationCatalog.sites(startingWith: "Equinix").count
        #expect(count == 37)
        #expect(
            message.hasPrefix(
                "location 'Equinix' names \(count) Direct Connect sites: "
                    + "'Equinix AM3, Amsterdam' (EQAM3, eu-central-1); "))
        #expect(message.hasSuffix("; and \(count - 10) more (`dxplan locations` lists them all)"))
        #expect(message.components(separatedBy: "; ").count == 11)
    }

    @Test func twoRegionSiteStillNeedsItsRegion() throws {
        let findings = try locationFindings("EQLD5")
        #expect(findings.map(\.id) == ["location-needs-region"])
        #expect(
            findings.first?.message
                == "location 'EQLD5' has devices for eu-west-1 and eu-west-2; say which with `region:`")
    }

    @Test func unlistedCodeSaysSoAndSuggestsTheRegion() throws {
        let findings = try locationFindings("EQMU1")
        #expect(findings.map(\.id) == ["unknown-location"])
        #expect(
            findings.first?.message
                == "location code 'EQMU1' is Equinix MU1 (eu-central-1), which AWS's table of Direct Connect locations "
                + "does not list; dxplan has no row for it")
        #expect(findings.first?.fix == "Leave out `location:` and give `region: eu-central-1`.")
    }

    @Test func unknownTextWithoutNearMissesHasNoSuggestion() throws {
        let findings = try locationFindings("Qqqqqqqq")
        #expect(findings.first?.message == "unknown Direct Connect location 'Qqqqqqqq'")
    }
}
