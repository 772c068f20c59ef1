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

/// No topology string reaches a vendor configuration except as sanitized comment text, hostile
/// keys are never written, and over-long names become `vendor-name-too-long` findings.
@Suite struct VendorConfigSafetyTests {
    static let hostileName = "x\n}\nrouter bgp 1;"

    @Test func hostileTopologyNameAppearsOnlySanitizedInAComment() throws {
        for vendor in VendorConfigFixture.vendors {
            var plan = try #require(try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor).first)
            // Both through the planner (which already sanitizes) and raw, as a hand-built plan could.
            for name in [ConfigText.comment(Self.hostileName), Self.hostileName] {
                plan.topologyName = name
                let text = VendorConfigFixture.render(plan, as: vendor)
                let marker = vendor == .junos ? "#" : "!"
                let hits = text.split(separator: "\n").filter { $0.contains("router bgp 1") || $0.contains(": x") }
                #expect(hits == ["\(marker) topology: x ) router bgp 1,"], "\(vendor)")
                #expect(!text.contains("x\n"), "\(vendor)")
            }
        }
    }

    @Test func hostileEnvironmentKeyIsNeverWritten() throws {
        let hostile = "bad key\n}\nrouter bgp 1;"
        for vendor in VendorConfigFixture.vendors {
            let plan = try #require(
                try VendorConfigFixture.plans(
                    VendorConfigFixture.rich, vendor: vendor, environment: ["DX_KEY": hostile, "DX_KEY6": "good-key-6"]
                ).first)
            #expect(plan.findings.contains { $0.id == "bgp-auth-key-unsafe" })
            let text = VendorConfigFixture.render(plan, as: vendor)
            #expect(!text.contains("bad key"), "\(vendor)")
            #expect(!text.contains("router bgp 1"), "\(vendor)")
            #expect(text.contains("WARNING"), "\(vendor)")
        }
    }

    /// A plan can only carry a key that passed ``SafeBGPKey/check(_:for:)``; anything else is `.unsafe`.
    @Test(arguments: [
        "k\"ey\n}", "with space", " leading", "trailing ", "back\\slash", "quote'd", "short",
        String(repeating: "k", count: 81), "ключ-ключ", "tab\tkey", "bell\u{7}key", "del\u{7F}key",
    ])
    func unsafeKeysNeverPassTheCheck(key: String) {
        for vendor in Vendor.allCases { #expect(SafeBGPKey.check(key, for: vendor) == nil, "\(vendor)") }
    }

    /// `?` opens the CLI help of IOS-XE, IOS-XR, EOS, Junos and vtysh when pasted; BIRD reads a file.
    @Test(arguments: Vendor.allCases)
    func questionMarkIsRefusedWhereTheCLIInterpretsIt(vendor: Vendor) {
        #expect((SafeBGPKey.check("what?key", for: vendor) != nil) == (vendor == .bird))
    }

    @Test(arguments: ["sixsix", String(repeating: "k", count: 80), "!#$%&()*+,-./:;<=>@[]^_`{|}~"])
    func safeKeysPassTheCheckUnchanged(key: String) {
        for vendor in Vendor.allCases { #expect(SafeBGPKey.check(key, for: vendor)?.text == key, "\(vendor)") }
    }

    @Test func unsafeKeyInAHandBuiltPlanIsReplaced() throws {
        for vendor in Vendor.allCases {
            var plan = try #require(try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor).first)
            plan.neighbors[0].authKey = .unsafe
            let text = ConfigRenderer.render(plan)
            #expect(text.contains("DXPLAN-UNSAFE-KEY"), "\(vendor)")
            #expect(text.contains("WARNING"), "\(vendor)")
        }
    }

    /// AWS accepts keys of 6–80 characters, so a shorter literal key is never written (it used to
    /// pass the renderers' old 1–80 fence); validation reports it as `bgp-auth-key-length`.
    @Test func shortLiteralKeyIsNotWritten() throws {
        let topology = VendorConfigFixture.rich.replacingOccurrences(
            of: "bgp_auth_key: env:DX_KEY\n", with: "bgp_auth_key: qzq\n")
        #expect(topology != VendorConfigFixture.rich)
        for vendor in Vendor.allCases {
            let plan = try #require(try VendorConfigFixture.plans(topology, vendor: vendor).first)
            #expect(plan.neighbors[0].authKey == .unsafe, "\(vendor)")
            let text = ConfigRenderer.render(plan)
            #expect(!text.contains("qzq"), "\(vendor)")
            #expect(text.contains("DXPLAN-UNSAFE-KEY"), "\(vendor)")
        }
    }

    @Test func overLongNamesBecomeFindingsNeverTruncation() throws {
        for vendor in VendorConfigFixture.vendors {
            var plan = try #require(try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor).first)
            #expect(VendorConfigFixture.limits(plan).isEmpty, "\(vendor)")
            let limit = try #require(VendorNameLimits.maximumNameLength(vendor))
            // A hand-built plan: the names are allocated again from a VIF name over the limit.
            plan.neighbors[0].virtualInterface = String(repeating: "v", count: limit)
            let long = "DX-IN-" + plan.neighbors[0].virtualInterface
            PolicyPlanner.plan(&plan)
            let findings = VendorConfigFixture.limits(plan).filter { $0.message.contains("'\(long)'") }
            #expect(findings.map(\.id) == ["vendor-name-too-long"], "\(vendor)")
            #expect(findings.first?.severity == .error)
            #expect(findings.first?.message.contains("(limit \(limit))") == true)
            let text = VendorConfigFixture.render(plan, as: vendor)
            #expect(text.contains(long), "\(vendor): the name is written whole")
            #expect(text.contains("ERROR [vendor-name-too-long]"), "\(vendor)")
        }
    }

    @Test func longestDecoderNamesFitEveryLimit() throws {
        // VIF names are at most 48 characters: every generated name must fit.
        let name = String(repeating: "a", count: 48)
        let text = VendorConfigFixture.rich.replacingOccurrences(of: "pub-1", with: name).replacingOccurrences(
            of: "pub-6", with: name.dropLast() + "6")
        for vendor in VendorConfigFixture.vendors {
            let plan = try #require(try VendorConfigFixture.plans(text, vendor: vendor).first)
            #expect(VendorConfigFixture.limits(plan).isEmpty, "\(vendor)")
        }
    }

    @Test func vendorNameRuleIsInTheCatalog() {
        #expect(Rule.named("vendor-name-too-long") == .vendorNameTooLong)
    }

    @Test func emptyServiceFilterAcceptsNothing() throws {
        for vendor in VendorConfigFixture.vendors {
            var plan = try #require(try VendorConfigFixture.plans(VendorConfigFixture.rich, vendor: vendor).first)
            plan.neighbors[0].importPolicy.prefixFilter = []
            PolicyPlanner.plan(&plan)
            #expect(plan.neighbors[0].importPolicy.terms.allSatisfy { $0.disposition == .reject })
            let text = VendorConfigFixture.render(plan, as: vendor)
            #expect(text.contains("matches no AWS prefix, so nothing is accepted"), "\(vendor)")
            #expect(!text.contains("set local-preference 250") && !text.contains("local-preference 250;"), "\(vendor)")
        }
    }
}
