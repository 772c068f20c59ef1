/// How far a topology is along one step of the whitepaper checklist.
public enum StepStatus: String, Sendable, CaseIterable {
    /// The step is done and the simulation confirms it.
    case done
    /// Done, with something worth a look (e.g. untagged prefixes, a share not over Direct Connect).
    case attention
    /// Not done: the design does not (yet) do what the step asks.
    case missing

    /// The word the report prints.
    public var label: String {
        switch self {
        case .done: "done"
        case .attention: "check"
        case .missing: "missing"
        }
    }
}
