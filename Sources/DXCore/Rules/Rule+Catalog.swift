extension Rule {
    /// Every rule dxplan knows, in a fixed order; Docs/Rules.md documents each one (a test checks it).
    public static let all: [Rule] =
        topologyRules + connectionRules + virtualInterfaceRules + prefixRules + connectRules + simulationRules
        + configRules + vendorConfigRules

    /// The rule with this id.
    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }
}
