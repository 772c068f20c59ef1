import DXTestSupport
import Testing

@testable import DXCore
@testable import DXSimulation

/// `asymmetric-path` (Docs/Simulation.md §6): media and signaling leave at one site while AWS
/// returns at another.
@Suite struct AsymmetricPathTests {
    func asymmetry(_ text: String) throws -> [Finding] {
        try SimulationFixture.simulate(text).findings.filter { $0.id == "asymmetric-path" }
    }

    @Test func equalPreferencesBothWaysAreSymmetric() throws {
        // Both VIFs carry the forward traffic (equal local-pref) and AWS shares the return over both.
        #expect(try asymmetry(ReturnPathPreferenceTests.twoSites()).isEmpty)
    }

    @Test func localPreferenceOnOneSiteWithAWSMultipathIsAsymmetric() throws {
        let findings = try asymmetry(ReturnPathPreferenceTests.twoSites(localPreference1: 200))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(
            finding.message
                == "Amazon Connect media and signaling to us-east-1 leaves on 'pub-1' (router edge-1 at EqDC2), but AWS returns to 198.51.100.0/26 on 'pub-1' (router edge-1 at EqDC2) and 'pub-2' (router edge-2 at CoreSite VA1, Reston, VA): a stateful firewall at a site that sees only one direction of a call drops it"
        )
        #expect(finding.fix.hasPrefix("Make AWS return only where you send: `as_path_prepend`"))
        #expect(finding.fix.contains("'pub-2'"))
    }

    @Test func prependsThatAgreeWithLocalPreferenceAreSymmetric() throws {
        // Send on pub-1 (local-pref 200), and AWS returns on pub-1 because pub-2 prepends.
        #expect(try asymmetry(ReturnPathPreferenceTests.twoSites(prepend2: 2, localPreference1: 200)).isEmpty)
    }

    @Test func prependsThatContradictLocalPreferenceAreAsymmetric() throws {
        let finding = try #require(
            try asymmetry(ReturnPathPreferenceTests.twoSites(prepend1: 2, localPreference1: 200)).first)
        #expect(finding.message.contains("leaves on 'pub-1' (router edge-1 at EqDC2)"))
        #expect(
            finding.message.contains(
                "returns to 198.51.100.0/26 on 'pub-2' (router edge-2 at CoreSite VA1, Reston, VA)"))
        #expect(
            finding.fix
                == "Send and receive at the same site: raise `local_preference` of 'pub-2' above 'pub-1'; or make AWS return on 'pub-1' with `as_path_prepend` (public ASN) or a narrower `scope` on 'pub-2'."
        )
    }

    @Test func theRuleIsInTheCatalog() {
        #expect(Rule.all.contains { $0.id == "asymmetric-path" && $0.severity == .warning })
    }
}
