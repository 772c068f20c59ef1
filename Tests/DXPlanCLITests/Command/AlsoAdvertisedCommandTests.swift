import DXTestSupport
import Foundation
import Testing

@testable import DXCore
@testable import DXPlan

/// `assumptions.aws_also_advertises` through the commands, on an excerpt of AS16509's Internet
/// announcements (RIPEstat "Announced Prefixes", `ripestat-announced-prefixes`) and the embedded
/// ip-ranges.json: an ISP's 13.128.0.0/20 takes part of the EC2 us-east-1 13.128.0.0/16 (signaling)
/// unless AWS is assumed to advertise the /20 on the VIF too.
@Suite struct AlsoAdvertisedCommandTests {
    static let excerpt = PackagePaths.root.appendingPathComponent(
        "Tests/DXPlanCLITests/Fixtures/as16509-announced-prefixes-excerpt.txt")

    static let topology =
        TopologyFixture.minimal.replacingOccurrences(
            of: "        bfd: true\n", with: "        bfd: true\n        local_preference: 200\n")
        + "internet:\n  - name: isp-a\n    router: edge-1\n    asn: 64510\n    default_route: true\n    table: isp.txt\n"

    static let environment = ["DX_KEY": "k-123"]

    /// Writes the topology (with `assumptions` appended), the ISP table and the excerpt into a
    /// fresh directory; returns the topology's path.
    static func write(assumptions: String) throws -> String {
        let directory = try PackagePaths.temporaryDirectory()
        try FileManager.default.copyItem(at: excerpt, to: directory.appendingPathComponent("as16509.txt"))
        try "13.128.0.0/20 64510 16509\n".write(
            to: directory.appendingPathComponent("isp.txt"), atomically: true, encoding: .utf8)
        let site = directory.appendingPathComponent("site.yaml").path
        try (topology + assumptions).write(toFile: site, atomically: true, encoding: .utf8)
        return site
    }

    static let key = "assumptions:\n  aws_also_advertises: as16509.txt\n"

    @Test func theVerdictFlipsAndEveryOutputSaysWhy() throws {
        let without = DXPlan.run(["simulate", try Self.write(assumptions: "")], environment: Self.environment)
        #expect(without.status == .checksFailed, "\(without.standardError)")
        #expect(without.standardOutput.contains("internet-more-specific"))
        #expect(!without.standardOutput.contains("ASSUMED"))

        let site = try Self.write(assumptions: Self.key)
        let text = DXPlan.run(["simulate", site], environment: Self.environment)
        #expect(text.status == .success, "\(text.standardError)\(text.standardOutput)")
        #expect(text.standardOutput.contains("VERDICT: Amazon Connect (us-east-1) is over Direct Connect"))
        #expect(text.standardOutput.contains("\nASSUMED: aws_also_advertises\nas16509.txt adds "))
        #expect(text.standardOutput.contains("without them the verdict reads forward NO, return yes."))
        #expect(text.standardOutput.contains("13.128.0.0/16"))

        let json = DXPlan.run(["simulate", site, "--format", "json"], environment: Self.environment)
        #expect(json.status == .success)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let assumption = try #require(
            (object["assumptions"] as? [String: Any])?["awsAlsoAdvertises"] as? [String: Any])
        #expect(assumption["file"] as? String == "as16509.txt")
        #expect((assumption["verdictWithout"] as? [String: Any])?["forward"] as? Bool == false)
        let dependent = try #require(assumption["dependentDestinations"] as? [[String: Any]])
        #expect(
            dependent.contains {
                $0["prefix"] as? String == "13.128.0.0/16" && $0["role"] as? String == "signaling"
                    && $0["directConnectShare"] as? Double == 1
            })
        let destinations = try #require((object["connect"] as? [String: Any])?["destinations"] as? [[String: Any]])
        let signaling = try #require(destinations.first { $0["prefix"] as? String == "13.128.0.0/16" })
        let segments = try #require(signaling["segments"] as? [[String: Any]])
        let assumed = try #require(segments.first { $0["prefix"] as? String == "13.128.0.0/20" })
        #expect(assumed["assumptions"] as? [String] == ["aws_also_advertises"])
        // 13.128.160.0/19 is in no listed prefix: the ip-ranges /16 carries it.
        let listedOnly = try #require(segments.first { $0["prefix"] as? String == "13.128.160.0/19" })
        #expect(listedOnly["assumptions"] == nil)

        let explain = DXPlan.run(["explain", site, "13.128.0.1"], environment: Self.environment)
        #expect(explain.status == .success)
        #expect(explain.standardOutput.contains("best (assumed: aws_also_advertises)"))

        let report = DXPlan.run(["report", site], environment: Self.environment)
        #expect(report.standardOutput.contains("What AWS advertises on a public VIF"))
        #expect(report.standardOutput.contains("Verdicts that depend on"))
        #expect(report.standardOutput.contains("| 13.128.0.0/16 | EC2 | us-east-1 | signaling | 100% |"))
    }

    @Test func aBadLineIsAnErrorAtItsLine() throws {
        let site = try Self.write(assumptions: Self.key)
        let list = URL(fileURLWithPath: site).deletingLastPathComponent().appendingPathComponent("as16509.txt")
        try "# AS16509\n3.5.0.0/24\n3.5.1.0/24 16509\n".write(to: list, atomically: true, encoding: .utf8)
        let result = DXPlan.run(["simulate", site], environment: Self.environment)
        #expect(result.status == .unusableInput)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.hasSuffix(
                "as16509.txt:3:12: error: expected one prefix per line and nothing after it (a comment line starts with '#')\n"
            ))
    }

    @Test func aMissingFileIsAnErrorAtTheKey() throws {
        let site = try Self.write(assumptions: "assumptions:\n  aws_also_advertises: missing.txt\n")
        for command in ["simulate", "report", "config"] {
            let result = DXPlan.run([command, site], environment: Self.environment)
            #expect(result.status == .unusableInput, "\(command)")
            #expect(result.standardOutput.isEmpty, "\(command)")
            #expect(
                result.standardError
                    == "\(site):38:24: error: cannot read the 'aws_also_advertises' file 'missing.txt': no such file (the path is relative to the topology file; expected a list of prefixes, one per line)\n",
                "\(command)")
        }
        // validate does not read the list; it reports the file it cannot find as a finding.
        let validate = DXPlan.run(["validate", site], environment: Self.environment)
        #expect(validate.status == .checksFailed)
        #expect(
            validate.standardOutput.contains(
                "\(site):38:24: error: cannot read the 'aws_also_advertises' file 'missing.txt' [aws-also-advertises-missing]"
            ), "\(validate.standardOutput)")
    }
}
