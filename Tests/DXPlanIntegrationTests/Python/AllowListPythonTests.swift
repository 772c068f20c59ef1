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

@Suite struct AllowListPythonTests {
    /// The aggregated sets equal Python's `ipaddress.collapse_addresses` on the same selection.
    @Test(arguments: ["us-east-1", "eu-west-2", "us-gov-west-1", "ap-southeast-2"])
    func setsMatchPythonCollapse(region: String) throws {
        guard let python = SharedTestData.python() else { return }
        let snapshot = PackagePaths.root.appendingPathComponent("Sources/DXAWS/Resources/ip-ranges.json")
        let script = """
            import json, sys, ipaddress
            data = json.load(open(sys.argv[1])); region = sys.argv[2]
            for family, listKey, key in (("v4", "prefixes", "ip_prefix"), ("v6", "ipv6_prefixes", "ipv6_prefix")):
                items = data[listKey]
                def pick(cond): return [ipaddress.ip_network(e[key]) for e in items if cond(e)]
                media = pick(lambda e: e["service"] == "AMAZON_CONNECT" and e["region"] in ("GLOBAL", region))
                ec2 = pick(lambda e: e["service"] == "EC2" and e["region"] == region) or pick(lambda e: e["service"] == "EC2" and e["region"] == "GLOBAL")
                cf = pick(lambda e: e["service"] == "CLOUDFRONT")
                for name, nets in (("media", media), ("signaling", ec2), ("cloudfront", cf)):
                    print("connect_%s_%s %s" % (name, family, " ".join(str(n) for n in ipaddress.collapse_addresses(nets))))
            """
        let lines = try SharedTestData.runPython(python, script: script, arguments: [snapshot.path, region])
        let list = try AllowListFixture.plan(try AllowListFixture.topology(region: region), option: .ipRanges)
        let collapsed = Dictionary(
            uniqueKeysWithValues: lines.map { line in (String(line.prefix { $0 != " " }), line) })
        #expect(list.prefixSets.count == 6)
        #expect(Set(collapsed.keys) == Set(list.prefixSets.map(\.name)))
        for set in list.prefixSets {
            let swift = "\(set.name) \(set.prefixes.map(\.description).joined(separator: " "))"
            #expect(
                swift == collapsed[set.name],
                "\(region) \(set.name): \(set.prefixes.count) prefixes differ from Python's collapse_addresses")
        }
    }
}
