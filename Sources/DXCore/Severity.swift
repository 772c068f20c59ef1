/// How serious a finding is. Errors make `validate`, `simulate` and `report` exit with status 1.
///
/// The raw values are the one name of each severity everywhere: compiler-style text
/// (`file:1:2: note: …`), JSON `severity` fields, `dxplan rules`, Docs/Rules.md and SARIF `level`
/// (`error`, `warning` and `note` are three of the `result.level` values of `sarif`).
public enum Severity: String, CaseIterable, Sendable, Comparable {
    case error
    case warning
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
