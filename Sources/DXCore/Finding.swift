/// One result of a rule: what is wrong (or worth knowing), where, and how to fix it.
public struct Finding: Hashable, Sendable, Comparable {
    public var rule: Rule
    public var location: SourceLocation?
    public var message: String
    /// A fix specific to this finding; defaults to the rule's fix.
    public var fix: String

    public init(_ rule: Rule, at location: SourceLocation?, _ message: String, fix: String? = nil) {
        self.rule = rule
        self.location = location
        self.message = message
        self.fix = fix ?? rule.fix
    }

    public var id: String { rule.id }
    public var severity: Severity { rule.severity }

    /// Compiler-style: `file:line:col: warning: message [rule-id]`, then the fix indented.
    public var formatted: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(id)]\n    fix: \(fix)"
    }

    /// Fixed order: by location (findings without one last), then severity, id and message.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        switch (lhs.location, rhs.location) {
        case (let l?, let r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        return (lhs.severity, lhs.id, lhs.message) < (rhs.severity, rhs.id, rhs.message)
    }
}

extension Array where Element == Finding {
    /// Whether any finding has error severity.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
