/// How serious a finding is. Errors make `validate`, `simulate` and `report` exit with status 1.
public enum Severity: String, CaseIterable, Sendable, Comparable {
    case error
    case warning
    case info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
