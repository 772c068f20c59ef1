import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation
import Foundation

/// A small, controlled ip-ranges file and helpers to simulate variations of `TopologyFixture`.
package enum SimulationFixture {
    package static let rangesJSON = """
        {"syncToken": "1787411825", "createDate": "2026-08-22-15-17-05",
         "prefixes": [
          {"ip_prefix": "15.193.0.0/19", "region": "GLOBAL", "service": "AMAZON", "network_border_group": "GLOBAL"},
          {"ip_prefix": "15.193.0.0/19", "region": "GLOBAL", "service": "AMAZON_CONNECT", "network_border_group": "GLOBAL"},
          {"ip_prefix": "15.193.6.0/24", "region": "us-east-1", "service": "AMAZON", "network_border_group": "us-east-1"},
          {"ip_prefix": "15.193.6.0/24", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"},
          {"ip_prefix": "15.193.6.0/24", "region": "us-east-1", "service": "EC2", "network_border_group": "us-east-1"},
          {"ip_prefix": "52.55.191.224/27", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"},
          {"ip_prefix": "3.80.0.0/12", "region": "us-east-1", "service": "EC2", "network_border_group": "us-east-1"},
          {"ip_prefix": "3.128.0.0/15", "region": "us-east-2", "service": "EC2", "network_border_group": "us-east-2"},
          {"ip_prefix": "13.32.0.0/15", "region": "GLOBAL", "service": "CLOUDFRONT", "network_border_group": "GLOBAL"},
          {"ip_prefix": "18.184.0.0/15", "region": "eu-central-1", "service": "EC2", "network_border_group": "eu-central-1"},
          {"ip_prefix": "54.222.0.0/19", "region": "cn-north-1", "service": "AMAZON", "network_border_group": "cn-north-1"}
         ],
         "ipv6_prefixes": [
          {"ipv6_prefix": "2600:f0f2:7101::/48", "region": "us-east-1", "service": "AMAZON_CONNECT", "network_border_group": "us-east-1"},
          {"ipv6_prefix": "2600:1f18::/33", "region": "us-east-1", "service": "EC2", "network_border_group": "us-east-1"}
         ]}
        """

    /// Writes `topology` as site.yaml and ``rangesJSON`` as ranges.json into `directory`, for
    /// tests that run commands on files; returns the two paths.
    package static func writeFiles(topology: String, in directory: URL) throws -> (site: String, ranges: String) {
        let site = directory.appendingPathComponent("site.yaml").path
        let ranges = directory.appendingPathComponent("ranges.json").path
        try topology.write(toFile: site, atomically: true, encoding: .utf8)
        try rangesJSON.write(toFile: ranges, atomically: true, encoding: .utf8)
        return (site, ranges)
    }

    package static var ranges: AWSIPRanges { try! AWSIPRanges.parse(Array(rangesJSON.utf8), file: "ranges.json") }

    /// The minimal topology with one ISP uplink: the base of most simulation and command tests.
    package static var base: String { TopologyFixture.minimal + uplink }

    package static let uplink = """
        internet:
          - name: isp-a
            router: edge-1
            asn: 64510
            default_route: true

        """

    /// Simulates `text` (a topology) with optional ISP tables (uplink name → table text).
    package static func simulate(
        _ text: String, tables: [String: String] = [:], failures: [String] = [], routes: Bool = false
    ) throws -> SimulationResult {
        let input = try self.input(text, tables: tables)
        guard case .success(let scenario) = FailureScenario.resolve(failures, in: input.resolved) else {
            throw UsageError(.unknownName, "bad failure")
        }
        return Simulator.run(input, scenario: scenario, options: SimulationOptions(includeRoutes: routes))
    }

    package static func input(_ text: String, tables: [String: String] = [:]) throws -> SimulationInput {
        let topology = try TopologyFixture.decode(text)
        var parsed: [String: InternetTable] = [:]
        for (name, table) in tables {
            parsed[name] = try InternetTable.parse(Array(table.utf8), file: "\(name).txt")
        }
        let findings = TopologyValidator(topology: topology, fileExists: { _ in true }).validate()
        return SimulationInput(topology: topology, ranges: ranges, tables: parsed, validationFindings: findings)
    }
}
