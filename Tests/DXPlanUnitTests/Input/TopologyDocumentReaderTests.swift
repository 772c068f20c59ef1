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

@Suite struct TopologyDocumentReaderTests {
    @Test func picksFormatByExtension() {
        #expect(TopologyDocumentReader.format(forPath: "site.json") == .json)
        #expect(TopologyDocumentReader.format(forPath: "dir.json/SITE.JSON") == .json)
        #expect(TopologyDocumentReader.format(forPath: "site.yaml") == .yaml)
        #expect(TopologyDocumentReader.format(forPath: "site.yml") == .yaml)
        #expect(TopologyDocumentReader.format(forPath: "dir.json/site") == .yaml)
        #expect(TopologyDocumentReader.format(forPath: ".json") == .yaml)
    }

    @Test func parsesBothFormatsToTheSameTree() throws {
        let yaml = try TopologyDocumentReader.parse(Array("a: [1, x]\n".utf8), file: "t.yaml")
        let json = try TopologyDocumentReader.parse(Array(#"{"a": [1, "x"]}"#.utf8), file: "t.json")
        #expect(yaml.outline == "{a: [1, x]}")
        #expect(json.outline == "{a: [1, \"x\"]}")
        #expect(throws: InputError.self) { try TopologyDocumentReader.parse(Array("a: 1".utf8), file: "t.json") }
    }
}
