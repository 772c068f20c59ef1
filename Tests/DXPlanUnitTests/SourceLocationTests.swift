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

@Suite struct SourceLocationTests {
    @Test func printsCompilerStyle() {
        let location = SourceLocation(file: "site.yaml", line: 3, column: 7)
        let error = InputError(.unknownKey, "unknown key 'vlna'", at: location)
        #expect(error.description == "site.yaml:3:7: error: unknown key 'vlna'")
    }

    /// Like swift-certificates' errors: equal by code and location, whatever the prose.
    @Test func inputErrorsCompareCodeAndLocation() {
        let here = SourceLocation(file: "site.yaml", line: 3, column: 7)
        #expect(InputError(.unknownKey, "unknown key 'vlna'", at: here) == InputError(.unknownKey, "", at: here))
        #expect(InputError(.unknownKey, "x", at: here) != InputError(.missingKey, "x", at: here))
        let next = SourceLocation(file: "site.yaml", line: 3, column: 8)
        #expect(InputError(.unknownKey, "x", at: here) != InputError(.unknownKey, "x", at: next))
        #expect(UsageError(.unknownOption, "a") == UsageError(.unknownOption, "b"))
        #expect(UsageError(.unknownOption, "a") != UsageError(.unknownValue, "a"))
    }
}
