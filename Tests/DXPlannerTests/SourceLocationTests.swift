import Testing
@testable import DXPlanner

@Suite struct SourceLocationTests {
    @Test func printsCompilerStyle() {
        let error = InputError("unknown key 'vlna'", at: SourceLocation(file: "site.yaml", line: 3, column: 7))
        #expect(error.description == "site.yaml:3:7: error: unknown key 'vlna'")
    }
}
