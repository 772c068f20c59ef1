/// What a simulation run should keep besides the verdict; what is down is the run's
/// ``FailureScenario``.
public struct SimulationOptions: Sendable {
    /// Keep every learned route per VIF in the result (`--routes`).
    public var includeRoutes: Bool

    public init(includeRoutes: Bool = false) {
        self.includeRoutes = includeRoutes
    }
}
