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

@Suite struct SimulationPythonTests {
    /// The advertised counts per scope on the real snapshot, against an independent Python computation.
    @Test func realSnapshotCountsMatchAnIndependentComputation() throws {
        guard let file = SharedTestData.file("ip-ranges-2026-08-22.json"), let python = SharedTestData.python() else {
            return
        }
        let script = """
            import json, sys
            d = json.load(open(sys.argv[1]))
            regions = {}
            for p in d['prefixes']:
                if not p['region'].startswith('cn-'):
                    regions.setdefault(p['ip_prefix'], set()).add(p['region'])
            def continent(r):
                head = r.split('-')[0]
                return {'us': 'na', 'ca': 'na', 'mx': 'na', 'ap': 'ap', 'eu': 'emea', 'eusc': 'emea', 'me': 'emea', 'il': 'emea', 'af': 'emea', 'sa': 'sa'}.get(head)
            for home in ['us-east-1', 'eu-west-2', 'ap-southeast-2', 'sa-east-1']:
                tags = [0, 0, 0]
                for r in (min(v) for v in regions.values()):
                    if r == home: tags[0] += 1
                    elif r != 'GLOBAL' and continent(r) == continent(home): tags[1] += 1
                    else: tags[2] += 1
                print(home, *tags)
            """
        let lines = try SharedTestData.runPython(python, script: script, arguments: [file.path])
        let ranges = try AWSIPRanges.load(path: file.path)
        let aws = AWSAdvertisedSet(ranges: ranges)
        for line in lines {
            let fields = line.split(separator: " ").map(String.init)
            var counts = [0, 0, 0]
            for prefix in aws.prefixes where prefix.prefix.family == .ipv4 {
                switch AWSScope.scope(of: prefix, homeRegion: fields[0], assumptions: .default) {
                case .region: counts[0] += 1
                case .continent: counts[1] += 1
                case .global: counts[2] += 1
                }
            }
            #expect(counts.map(String.init) == Array(fields.dropFirst()), "\(fields[0])")
        }
        #expect(lines.count == 4)
    }
}
