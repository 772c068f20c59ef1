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
import DXTestSupport

@Suite struct SourceLocationTests {
    @Test func printsCompilerStyle() {
        let error = InputError("unknown key 'vlna'", at: SourceLocation(file: "site.yaml", line: 3, column: 7))
        #expect(error.description == "site.yaml:3:7: error: unknown key 'vlna'")
    }
}
